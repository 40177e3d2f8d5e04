/**
 * Support Hub SDK: a typed client for the Support Hub GraphQL API.
 *
 * ```ts
 * const client = createSupportHubClient({ url: "http://127.0.0.1:4000/graphql", token });
 * const viewer = await client.viewer();
 * ```
 */
export { createSupportHubClient, type SupportHubClient } from "./client.js";
export { createSupportHubCore, type SupportHubClientOptions, type SupportHubCore } from "./core.js";
export * from "./errors.js";
export type { SupportHubMethods } from "./generated/client-methods.js";
export * from "./generated/graphql.js";
export * from "./generated/operations.js";
export { type ConnectionPage, paginate } from "./paginate.js";
export type { CallOptions, QueryCallOptions, TypedDocument } from "./request.js";
export type { DocumentTypeDecoration } from "./typed-document.js";
export type { RetryOptions } from "./transport.js";
