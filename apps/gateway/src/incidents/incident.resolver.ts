import { decideResolution, decideStartWork, Role } from "@support-hub/domain";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { assertOrganizationAccess, canReadOrganization, requireViewer } from "../common/tenant";
import type { GatewayContext } from "../context";
import { toCspCustomer } from "../customers/customer.mapper";
import { SupportContract } from "../contracts/contracts.type";
import { loadVisibleSupportContract } from "../contracts/load-visible-contract";
import { CspCustomer } from "../customers/customer.type";
import { loadOrNotFound } from "../loaders";
import { toOrganization } from "../organizations/organization.mapper";
import { Organization } from "../organizations/organization.type";
import { toProductVersion } from "../products/product.mapper";
import { ProductVersion } from "../products/product.type";
import { expectGlobalId, NodeType } from "../relay/global-id";
import { loadActor } from "../users/load-actor";
import { User } from "../users/user.type";
import {
  CreateSupportIncidentInput,
  CreateSupportIncidentPayload,
  ResolveSupportIncidentInput,
  ResolveSupportIncidentPayload,
  StartWorkOnSupportIncidentInput,
  StartWorkOnSupportIncidentPayload,
  SupportIncidentFilter,
  SupportIncidentOrder,
  WithdrawSupportIncidentInput,
  WithdrawSupportIncidentPayload,
} from "./incident.inputs";
import { changeIncidentStatus, withdrawIncident } from "./incident-status.service";
import { pageColumnsOf } from "./incident-columns";
import { openSupportIncident } from "./incident.service";
import { listIncidents } from "./incident.queries";
import { SupportIncident, SupportIncidentConnection } from "./incident.type";

const FIRST_DESCRIPTION = "Page size (default 20, at most 100; more is BAD_USER_INPUT).";
const AFTER_DESCRIPTION = "Cursor of the last incident of the previous page (`pageInfo.endCursor`).";

/** Per request (keyed by its loaders): organizations already mapped for `SupportIncident.organization`. */
const resolvedOrganizations = new WeakMap<object, Map<string, Organization | null>>();

@Resolver(() => SupportIncident)
export class SupportIncidentResolver {
  @Authorized()
  @Query(() => SupportIncidentConnection, {
    description:
      "Support incidents you may read, newest first unless `orderBy` says otherwise: the platform operator reads all; " +
      "other users read their organization's incidents and the ones they opened. Any signed-in user.",
  })
  incidents(
    @Arg("first", () => Int, { defaultValue: 20, description: FIRST_DESCRIPTION }) first: number,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null | undefined,
    @Arg("filter", () => SupportIncidentFilter, { nullable: true, description: "Which incidents." })
    filter: SupportIncidentFilter | null | undefined,
    @Arg("orderBy", () => SupportIncidentOrder, { nullable: true, description: "Sort order; default CREATED_AT DESC." })
    orderBy: SupportIncidentOrder | null | undefined,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listIncidents(ctx, requireViewer(ctx), { first, after, filter, orderBy, ...pageColumnsOf(info) });
  }

  @FieldResolver(() => ProductVersion, { description: "The product version the incident is about." })
  productVersion(@Root() incident: SupportIncident, @Ctx() ctx: GatewayContext) {
    return (
      incident.preloaded?.productVersion ??
      loadOrNotFound(ctx.loaders.productVersion, incident.productVersionLocalId, "Product version").then(toProductVersion)
    );
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: "The account that opened the incident; null if that account was deleted.",
  })
  createdBy(@Root() incident: SupportIncident, @Ctx() ctx: GatewayContext) {
    const preloaded = incident.preloaded?.createdBy;
    return preloaded !== undefined ? preloaded : loadActor(ctx, incident.createdByLocalId);
  }

  @FieldResolver(() => SupportContract, {
    nullable: true,
    description:
      "The support contract charged (or refunded); null for plans without a contract (Microsoft 365, Cloud Solution Provider) and for a contract you may not see.",
  })
  supportContract(@Root() incident: SupportIncident, @Ctx() ctx: GatewayContext) {
    return incident.supportContractLocalId ? loadVisibleSupportContract(ctx, incident.supportContractLocalId) : null;
  }

  @FieldResolver(() => CspCustomer, {
    nullable: true,
    description: "The CSP customer the incident is for; null for the organization itself.",
  })
  customer(@Root() incident: SupportIncident, @Ctx() ctx: GatewayContext) {
    if (!incident.customerLocalId) return null;
    return ctx.loaders.cspCustomer.load(incident.customerLocalId).then((row) => (row ? toCspCustomer(row) : null));
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description:
      "The organization the incident belongs to (the owner of the contract charged). Null for a requester outside that organization.",
  })
  organization(@Root() incident: SupportIncident, @Ctx() ctx: GatewayContext) {
    if (!canReadOrganization(ctx.viewer, incident.organizationLocalId)) return null;
    // A page's incidents share few organizations: after the first load, answer synchronously.
    let resolved = resolvedOrganizations.get(ctx.loaders);
    if (!resolved) {
      resolved = new Map();
      resolvedOrganizations.set(ctx.loaders, resolved);
    }
    const known = resolved.get(incident.organizationLocalId);
    if (known !== undefined) return known;
    const cache = resolved;
    return ctx.loaders.organization.load(incident.organizationLocalId).then((row) => {
      const organization = row ? toOrganization(row) : null;
      cache.set(incident.organizationLocalId, organization);
      return organization;
    });
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether you may start work on it now (`startWorkOnSupportIncident` would succeed): the incident is OPEN and you are the " +
      "platform operator (SUPPORT_OPERATOR). Computed by the same rule the mutation enforces.",
  })
  viewerCanStartWork(@Root() incident: SupportIncident, @Ctx() ctx: GatewayContext): boolean {
    const viewer = ctx.viewer;
    // Both gates of the mutation: the role its @Authorized requires, then the domain decision.
    if (!viewer?.roles.includes(Role.SUPPORT_OPERATOR)) return false;
    const decision = decideStartWork({
      incident: { status: incident.status, createdBy: incident.createdByLocalId },
      actorId: viewer.id,
      actorRoles: viewer.roles,
    });
    return decision.outcome === "CHANGE";
  }

  @Authorized()
  @Mutation(() => CreateSupportIncidentPayload, {
    description:
      "Opens a support incident for your organization or one of its CSP customers, on the best available plan or the one named " +
      "(on-premises product support, signature cloud, Microsoft 365 on the organization's cloud contract without link for program-associated members, " +
      "Cloud Solution Provider for a DIRECT partner's ADMIN_AGENT). " +
      "Takes one incident from the contract atomically. Refusals (invalid fields, no plan, benefits not activated, not entitled, version not covered, " +
      "customer rules, no incidents remaining...) are userErrors; a plan refusal also returns `supportPlans`. With an `idempotencyKey`, " +
      "the same request again returns the first incident; another request with that key is refused (IDEMPOTENCY_KEY_REUSED). " +
      "Keys are per account and kept at least 24 hours. Any signed-in user.",
  })
  async createSupportIncident(
    @Arg("input", () => CreateSupportIncidentInput, { description: "The incident." }) input: CreateSupportIncidentInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<CreateSupportIncidentPayload> {
    const viewer = requireViewer(ctx);
    const request = {
      productVersionId: expectGlobalId(input.productVersionId, NodeType.ProductVersion, "productVersionId"),
      customerId: input.customerId ? expectGlobalId(input.customerId, NodeType.CspCustomer, "customerId") : null,
      contractId: input.supportContractId ? expectGlobalId(input.supportContractId, NodeType.SupportContract, "supportContractId") : null,
      planKind: input.planKind ?? null,
      idempotencyKey: input.idempotencyKey ?? null,
      title: input.title,
      description: input.description,
      severity: input.severity,
      contact: { name: input.contact.name, email: input.contact.email, phone: input.contact.phone ?? null },
    };
    return openSupportIncident(ctx, viewer, request);
  }

  @Authorized()
  @Mutation(() => WithdrawSupportIncidentPayload, {
    description:
      "Withdraws an OPEN incident (work not started): its requester or a GLOBAL_ADMIN of its organization. The consumed incident " +
      "goes back to the contract, once. Refusals (NOT_REQUESTER, WORK_ALREADY_STARTED, ALREADY_RESOLVED, ALREADY_WITHDRAWN) are " +
      "userErrors; an incident you cannot see is NOT_FOUND.",
  })
  async withdrawSupportIncident(
    @Arg("input", () => WithdrawSupportIncidentInput, { description: "The incident." }) input: WithdrawSupportIncidentInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<WithdrawSupportIncidentPayload> {
    return withdrawIncident(ctx, input.incidentId);
  }

  @Authorized()
  @Mutation(() => ResolveSupportIncidentPayload, {
    description:
      "Marks an OPEN or IN_PROGRESS incident RESOLVED: its requester or the platform operator (SUPPORT_OPERATOR). Never refunded. " +
      "Refusals are userErrors; an incident you cannot see is NOT_FOUND.",
  })
  async resolveSupportIncident(
    @Arg("input", () => ResolveSupportIncidentInput, { description: "The incident." }) input: ResolveSupportIncidentInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<ResolveSupportIncidentPayload> {
    return changeIncidentStatus(ctx, input.incidentId, "resolveSupportIncident", decideResolution, (now) => ({ resolvedAt: now }));
  }

  @Authorized(Role.SUPPORT_OPERATOR)
  @Mutation(() => StartWorkOnSupportIncidentPayload, {
    description:
      "Support starts working on an OPEN incident (it becomes IN_PROGRESS and can no longer be withdrawn). Requires SUPPORT_OPERATOR. " +
      "Refusals (ALREADY_IN_PROGRESS, ALREADY_RESOLVED, ALREADY_WITHDRAWN) are userErrors.",
  })
  async startWorkOnSupportIncident(
    @Arg("input", () => StartWorkOnSupportIncidentInput, { description: "The incident." }) input: StartWorkOnSupportIncidentInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<StartWorkOnSupportIncidentPayload> {
    return changeIncidentStatus(ctx, input.incidentId, "startWorkOnSupportIncident", decideStartWork, () => ({}));
  }
}

@Resolver(() => SupportIncidentConnection)
export class SupportIncidentConnectionResolver {
  @FieldResolver(() => Int, { description: "How many incidents match the filter, across all pages (counted only when asked)." })
  totalCount(@Root() connection: SupportIncidentConnection) {
    return connection.countTotal();
  }
}

@Resolver(() => Organization)
export class OrganizationIncidentsResolver {
  @FieldResolver(() => SupportIncidentConnection, {
    description: "The organization's support incidents (same arguments as `Query.incidents`). Any member, or the platform operator.",
  })
  incidents(
    @Root() organization: Organization,
    @Arg("first", () => Int, { defaultValue: 20, description: FIRST_DESCRIPTION }) first: number,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null | undefined,
    @Arg("filter", () => SupportIncidentFilter, { nullable: true, description: "Which incidents." })
    filter: SupportIncidentFilter | null | undefined,
    @Arg("orderBy", () => SupportIncidentOrder, { nullable: true, description: "Sort order; default CREATED_AT DESC." })
    orderBy: SupportIncidentOrder | null | undefined,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const viewer = assertOrganizationAccess(ctx, organization.localId);
    return listIncidents(ctx, viewer, { first, after, filter, orderBy, organizationId: organization.localId, ...pageColumnsOf(info) });
  }
}
