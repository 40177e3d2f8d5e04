/**
 * Support Hub SDK: a typed client for the Support Hub GraphQL API.
 *
 * ```ts
 * const client = createSupportHubClient({ url: "http://127.0.0.1:4000/graphql", token });
 * const viewer = await client.viewer();
 * ```
 */
export { createSupportHubClient, type SupportHubClient, type SupportHubClientOptions } from "./client.js";
export * from "./errors.js";
export { type ConnectionPage, paginate } from "./paginate.js";
export type { CallOptions, TypedDocument } from "./request.js";
export type { RetryOptions } from "./transport.js";
export * from "./generated/graphql.js";
