import { createSupportHubCore, type SupportHubClientOptions, type SupportHubCore } from "./core.js";
import { errorFromAbort, NotFoundError } from "./errors.js";
import { bindOperations, type SupportHubMethods } from "./generated/client-methods.js";
import type {
  AuditLogQueryVariables,
  CustomersQueryVariables,
  IncidentsQueryVariables,
  OrganizationAuditLogQueryVariables,
  OrganizationsQueryVariables,
  OrganizationUsersQueryVariables,
} from "./generated/graphql.js";
import { auditLog, customers, incidents, organizationAuditLog, organizations, organizationUsers } from "./generated/operations.js";
import { type ConnectionPage, paginate } from "./paginate.js";
import type { QueryCallOptions } from "./request.js";

/** Walks pages, turning a fired signal into the SDK's AbortError / TimeoutError. */
async function* pages<Node>(fetchPage: (after: string | null) => Promise<ConnectionPage<Node>>, call: QueryCallOptions | undefined) {
  try {
    yield* paginate(fetchPage, call?.signal ? { signal: call.signal } : {});
  } catch (error) {
    if (call?.signal?.aborted && error === call.signal.reason) throw errorFromAbort(call.signal);
    throw error;
  }
}

/** The full client: every operation as a method (see {@link SupportHubMethods}), `request` and pagination. */
export interface SupportHubClient extends SupportHubCore, SupportHubMethods {
  /** Every incident matching the variables, page by page: `for await (const i of ...)`. */
  paginateIncidents(
    variables?: Omit<IncidentsQueryVariables, "after">,
    options?: QueryCallOptions,
  ): AsyncGenerator<Awaited<ReturnType<typeof incidents>>["nodes"][number], void, undefined>;
  /** Every audit entry matching the variables, newest first. */
  paginateAuditLog(
    variables?: Omit<AuditLogQueryVariables, "after">,
    options?: QueryCallOptions,
  ): AsyncGenerator<Awaited<ReturnType<typeof auditLog>>["nodes"][number], void, undefined>;
  /** Every audit entry of one organization. */
  paginateOrganizationAuditLog(
    variables: Omit<OrganizationAuditLogQueryVariables, "after">,
    options?: QueryCallOptions,
  ): AsyncGenerator<NonNullable<Awaited<ReturnType<typeof organizationAuditLog>>>["nodes"][number], void, undefined>;
  /** Every organization, by name (SUPPORT_OPERATOR). */
  paginateOrganizations(
    variables?: Omit<OrganizationsQueryVariables, "after">,
    options?: QueryCallOptions,
  ): AsyncGenerator<Awaited<ReturnType<typeof organizations>>["nodes"][number], void, undefined>;
  /** Every user of one organization, by display name. */
  paginateOrganizationUsers(
    variables: Omit<OrganizationUsersQueryVariables, "after">,
    options?: QueryCallOptions,
  ): AsyncGenerator<NonNullable<Awaited<ReturnType<typeof organizationUsers>>>["nodes"][number], void, undefined>;
  /** Every CSP customer of one organization, by name. */
  paginateCustomers(
    variables: Omit<CustomersQueryVariables, "after">,
    options?: QueryCallOptions,
  ): AsyncGenerator<NonNullable<Awaited<ReturnType<typeof customers>>>["nodes"][number], void, undefined>;
}

/**
 * Creates the full client: one method per operation, typed errors, pagination, retries. Every
 * method takes its variables (or its mutation's input), then `{ signal, timeoutMs, idempotencyKey }`.
 * For the smallest browser bundle, call the per-operation functions on {@link createSupportHubCore} instead.
 */
export function createSupportHubClient(options: SupportHubClientOptions): SupportHubClient {
  const core = createSupportHubCore(options);
  return {
    request: core.request,
    ...bindOperations(core),
    paginateIncidents: (variables = {}, call) => pages((after) => incidents(core, { ...variables, after }, call), call),
    paginateAuditLog: (variables = {}, call) => pages((after) => auditLog(core, { ...variables, after }, call), call),
    paginateOrganizationAuditLog: (variables, call) =>
      pages(async (after) => found(await organizationAuditLog(core, { ...variables, after }, call)), call),
    paginateOrganizations: (variables = {}, call) => pages((after) => organizations(core, { ...variables, after }, call), call),
    paginateOrganizationUsers: (variables, call) =>
      pages(async (after) => found(await organizationUsers(core, { ...variables, after }, call)), call),
    paginateCustomers: (variables, call) => pages(async (after) => found(await customers(core, { ...variables, after }, call)), call),
  };
}

/** `organization(id:)` is null for a missing or foreign organization: nothing to page through. */
function found<Page>(page: Page | null | undefined): Page {
  if (!page) throw new NotFoundError("Organization not found", "NOT_FOUND");
  return page;
}
