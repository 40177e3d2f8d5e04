import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import * as ops from "./generated/graphql.js";
import { paginate } from "./paginate.js";
import { type CallOptions, hasIdempotencyKey, operationKind, operationName, type TypedDocument } from "./request.js";
import { createTransport, type RetryOptions } from "./transport.js";

/** How to reach and authenticate against a Support Hub gateway. */
export interface SupportHubClientOptions {
  /** GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** A fixed bearer token. */
  token?: string;
  /** Called before every request (e.g. to refresh a token); wins over `token`. */
  getToken?: () => string | undefined | Promise<string | undefined>;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof globalThis.fetch;
  /** Retries for network failures, 429 and 503, on queries and idempotent mutations; `false` disables. */
  retry?: RetryOptions | false;
  /** Per-attempt timeout in ms (default 30000). */
  timeoutMs?: number;
  /** Send only the persisted-document hash instead of the query text (for gateways in safelist mode). */
  persistedDocuments?: boolean;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
}

// biome-ignore lint/suspicious/noExplicitAny: inference positions
type Variables<Document> = Document extends DocumentTypeDecoration<any, infer V> ? V : never;
// biome-ignore lint/suspicious/noExplicitAny: inference positions
type Result<Document> = Document extends DocumentTypeDecoration<infer R, any> ? R : never;
type Input<Document> = Variables<Document> extends { input: infer I } ? I : never;

/** Creates a typed client: one method per operation, typed errors, pagination, retries. */
export function createSupportHubClient(options: SupportHubClientOptions) {
  const transport = createTransport({
    url: options.url,
    getToken: options.getToken ?? (() => options.token),
    fetch: options.fetch,
    retry: options.retry,
    timeoutMs: options.timeoutMs,
    headers: options.headers,
  });

  /** Runs any generated document (or your own typed document) and returns its `data`. */
  async function request<R, V>(document: TypedDocument<R, V>, variables?: V, call: CallOptions = {}): Promise<R> {
    const source = document.toString();
    const kind = operationKind(source);
    const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
    return (await transport.send(source, variables ?? {}, {
      signal: call.signal,
      idempotent: kind === "query" || hasIdempotencyKey(variables),
      operationName: operationName(source),
      documentId: options.persistedDocuments ? hash : undefined,
    })) as R;
  }

  const query =
    <D extends TypedDocument<any, any>, Out>(document: D, pick: (data: Result<D>) => Out) =>
    async (variables: Variables<D>, call?: CallOptions): Promise<Out> =>
      pick(await request(document as TypedDocument<Result<D>, Variables<D>>, variables, call));

  const mutation =
    <D extends TypedDocument<any, any>, K extends keyof Result<D>>(document: D, field: K) =>
    async (input: Input<D>, call?: CallOptions): Promise<Result<D>[K]> =>
      (await request(document as TypedDocument<Result<D>, Variables<D>>, { input } as Variables<D>, call))[field];

  const incidents = query(ops.IncidentsDocument, (data) => data.incidents);
  const auditLog = query(ops.AuditLogDocument, (data) => data.auditLog);
  const organizationAuditLog = query(ops.OrganizationAuditLogDocument, (data) => data.organization.auditLog);

  return {
    request,

    // --- Queries -------------------------------------------------------------------------
    /** The signed-in account: roles, organization and linked contracts. */
    viewer: (call?: CallOptions) => request(ops.ViewerDocument, {}, call).then((data) => data.viewer),
    /** An organization by ID (your own, or any for the operator). */
    organization: query(ops.OrganizationDocument, (data) => data.organization),
    /** Every organization (SUPPORT_OPERATOR). */
    organizations: (call?: CallOptions) => request(ops.OrganizationsDocument, {}, call).then((d) => d.organizations),
    /** Offers, entitlements, contracts and TPD balance of an organization, in one round trip. */
    organizationOverview: query(ops.OrganizationOverviewDocument, (data) => data.organization),
    /** Membership offers of an organization. */
    membershipOffers: query(ops.MembershipOffersDocument, (data) => data.organization.membershipOffers),
    /** The benefits page: empty state, not activated (who can activate), or active with the IDs. */
    technicalBenefits: query(ops.TechnicalBenefitsDocument, (data) => data.organization.technicalBenefits),
    /** Incidents and hours an organization is entitled to on a date. */
    entitlements: query(ops.EntitlementsDocument, (data) => data.organization.entitlements),
    /** Support contracts of an organization, with state and remaining incidents. */
    supportContracts: query(ops.SupportContractsDocument, (data) => data.organization.supportContracts),
    /** Presales and deployment hours of the period, and their engagements. */
    tpdBalance: query(ops.TpdBalanceDocument, (data) => data.organization.tpdBalance),
    /** Users of an organization. */
    organizationUsers: query(ops.OrganizationUsersDocument, (data) => data.organization.users),
    /** CSP customers of an organization. */
    customers: query(ops.CustomersDocument, (data) => data.organization.customers),
    /** The product catalog with each version's coverage on a date. */
    products: query(ops.ProductsDocument, (data) => data.products),
    /** Available and unavailable support plans of the viewer for a product version. */
    supportPlans: query(ops.SupportPlansDocument, (data) => data.supportPlans),
    /** One page of incidents (see `paginateIncidents` to walk them all). */
    incidents,
    /** One incident by ID, or null when missing or not yours. */
    incident: query(ops.IncidentDocument, (data) =>
      data.node && "number" in data.node ? (data.node as ops.IncidentFieldsFragment) : null,
    ),
    /** One page of the whole audit log (SUPPORT_OPERATOR). */
    auditLog,
    /** One page of an organization's audit log (its GLOBAL_ADMIN, or the operator). */
    organizationAuditLog,

    // --- Pagination ----------------------------------------------------------------------
    /** Every incident matching the variables, page by page: `for await (const i of ...)`. */
    paginateIncidents: (variables: Omit<ops.IncidentsQueryVariables, "after"> = {}, call?: CallOptions) =>
      paginate((after) => incidents({ ...variables, after }, call), call),
    /** Every audit entry matching the variables, newest first. */
    paginateAuditLog: (variables: Omit<ops.AuditLogQueryVariables, "after"> = {}, call?: CallOptions) =>
      paginate((after) => auditLog({ ...variables, after }, call), call),
    /** Every audit entry of one organization. */
    paginateOrganizationAuditLog: (variables: Omit<ops.OrganizationAuditLogQueryVariables, "after">, call?: CallOptions) =>
      paginate((after) => organizationAuditLog({ ...variables, after }, call), call),

    // --- Mutations: each returns its payload; refusals are typed `userErrors` ---------------
    /** Activates the organization's benefits (program-associated GLOBAL_ADMIN or MPN_PARTNER_ADMIN). */
    activateTechnicalBenefits: (input: ops.ActivateTechnicalBenefitsInput = {}, call?: CallOptions) =>
      request(ops.ActivateTechnicalBenefitsDocument, { input }, call).then((d) => d.activateTechnicalBenefits),
    /** Links the contracts of an Access ID + Contract ID pair to the signed-in account. */
    linkSupportContract: mutation(ops.LinkSupportContractDocument, "linkSupportContract"),
    /** Opens an incident; pass an `idempotencyKey` to make retries safe. */
    createSupportIncident: mutation(ops.CreateSupportIncidentDocument, "createSupportIncident"),
    /** Withdraws an open incident (refunded). */
    withdrawSupportIncident: mutation(ops.WithdrawSupportIncidentDocument, "withdrawSupportIncident"),
    /** Resolves an incident (never refunded). */
    resolveSupportIncident: mutation(ops.ResolveSupportIncidentDocument, "resolveSupportIncident"),
    /** Marks an incident as in progress (SUPPORT_OPERATOR). */
    startWorkOnSupportIncident: mutation(ops.StartWorkOnSupportIncidentDocument, "startWorkOnSupportIncident"),
    /** Requests presales or deployment hours; pass an `idempotencyKey` to make retries safe. */
    requestTpdEngagement: mutation(ops.RequestTpdEngagementDocument, "requestTpdEngagement"),
    /** Grants a membership offer (SUPPORT_OPERATOR). */
    grantMembershipOffer: mutation(ops.GrantMembershipOfferDocument, "grantMembershipOffer"),
    /** Revokes a membership offer (SUPPORT_OPERATOR). */
    revokeMembershipOffer: mutation(ops.RevokeMembershipOfferDocument, "revokeMembershipOffer"),
    /** Creates or updates a product (SUPPORT_OPERATOR). */
    upsertProduct: mutation(ops.UpsertProductDocument, "upsertProduct"),
    /** Adds a version to a product (SUPPORT_OPERATOR). */
    addProductVersion: mutation(ops.AddProductVersionDocument, "addProductVersion"),
    /** Grants a role (GLOBAL_ADMIN or USER_MANAGEMENT_ADMIN). */
    assignUserRole: mutation(ops.AssignUserRoleDocument, "assignUserRole"),
    /** Removes a role (GLOBAL_ADMIN or USER_MANAGEMENT_ADMIN). */
    removeUserRole: mutation(ops.RemoveUserRoleDocument, "removeUserRole"),
  };
}

/** The client returned by {@link createSupportHubClient}. */
export type SupportHubClient = ReturnType<typeof createSupportHubClient>;
