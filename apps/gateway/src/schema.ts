import "reflect-metadata";
import "./common/enums";
import { type GraphQLSchema, isInterfaceType, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { authChecker } from "./auth-checker";
import { OrganizationConnectionResolver, OrganizationResolver, UserConnectionResolver } from "./organizations/organization.resolver";
import { NodeResolver } from "./relay/node.resolver";
import { InputLimitsResolver } from "./input-limits/input-limits.resolver";
import { UserResolver } from "./users/user.resolver";
import { UserRolesResolver } from "./users/user-roles.resolver";
import { AuditEntryConnectionResolver, AuditEntryResolver, OrganizationAuditLogResolver } from "./audit/audit.resolver";
import "./organizations/organization.nodes";
import "./users/user.nodes";
import "./audit/audit.nodes";
import {
  ActivateBenefitsResolver,
  ActivateTechnicalBenefitsPayloadResolver,
  BenefitYearResolver,
  OrganizationBenefitsResolver,
  TechnicalBenefitsResolver,
} from "./benefits/benefits.resolver";
import {
  ContractLinkResolver,
  OrganizationContractsResolver,
  SupportContractResolver,
  UserContractsResolver,
} from "./contracts/contracts.resolver";
import { LinkedAccountsMutationResolver, SupportContractLinkedAccountsResolver } from "./linked-accounts/linked-accounts.resolver";
import { OrganizationAlertResolver, OrganizationAlertsResolver } from "./alerts/alert.resolver";
import { ProductVersionCoverageWindowsResolver } from "./products/coverage-windows.resolver";
import { EligibilityResolver } from "./eligibility/eligibility.resolver";
import { MembershipOfferResolver, MembershipsResolver } from "./memberships/memberships.resolver";
import {
  OrganizationTpdResolver,
  RequestTpdResolver,
  TpdBalanceResolver,
  TpdEngagementConnectionResolver,
  TpdEngagementResolver,
} from "./tpd/tpd.resolver";
import "./memberships/memberships.nodes";
import "./contracts/contracts.nodes";
import "./tpd/tpd.nodes";
import { CspCustomerConnectionResolver, CspCustomerResolver, OrganizationCustomersResolver } from "./customers/customer.resolver";
import { OrganizationIncidentsResolver, SupportIncidentConnectionResolver, SupportIncidentResolver } from "./incidents/incident.resolver";
import { SupportIncidentEventResolver, SupportIncidentHistoryResolver } from "./incidents/incident-history.resolver";
import { eventTypeName, SUPPORT_INCIDENT_EVENT_TYPES } from "./incidents/incident-timeline.type";
import { nodeTypeName } from "./relay/node.interface";
import { SupportPlanContractResolver, SupportPlanResolver } from "./plans/plan.resolver";
import { ProductResolver, ProductVersionResolver } from "./products/product.resolver";
import "./customers/customer.nodes";
import "./incidents/incident.nodes";
import "./products/product.nodes";

export const RESOLVERS: NonEmptyArray<Function> = [
  NodeResolver,
  UserResolver,
  OrganizationResolver,
  OrganizationConnectionResolver,
  UserConnectionResolver,
  InputLimitsResolver,
  ProductResolver,
  ProductVersionResolver,
  CspCustomerResolver,
  OrganizationCustomersResolver,
  CspCustomerConnectionResolver,
  SupportPlanResolver,
  SupportPlanContractResolver,
  SupportIncidentResolver,
  SupportIncidentConnectionResolver,
  OrganizationIncidentsResolver,
  SupportIncidentHistoryResolver,
  SupportIncidentEventResolver,
  UserRolesResolver,
  AuditEntryResolver,
  AuditEntryConnectionResolver,
  OrganizationAuditLogResolver,
  MembershipsResolver,
  MembershipOfferResolver,
  OrganizationBenefitsResolver,
  TechnicalBenefitsResolver,
  ActivateBenefitsResolver,
  ActivateTechnicalBenefitsPayloadResolver,
  BenefitYearResolver,
  OrganizationContractsResolver,
  SupportContractResolver,
  UserContractsResolver,
  ContractLinkResolver,
  SupportContractLinkedAccountsResolver,
  LinkedAccountsMutationResolver,
  OrganizationAlertsResolver,
  OrganizationAlertResolver,
  ProductVersionCoverageWindowsResolver,
  EligibilityResolver,
  OrganizationTpdResolver,
  TpdBalanceResolver,
  TpdEngagementResolver,
  TpdEngagementConnectionResolver,
  RequestTpdResolver,
];

/** Builds the executable schema from the resolver classes (validation is ours: domain rules -> userErrors). */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: "error",
    validate: false,
    scalarsMap: [],
    // Reached only through the SupportIncidentEvent interface.
    orphanedTypes: [...SUPPORT_INCIDENT_EVENT_TYPES],
  });
  // type-graphql cannot describe the root types; the contract test wants every type documented.
  const query = schema.getQueryType();
  if (query) query.description = "Entry points for reading. Every field states the roles it requires.";
  const mutation = schema.getMutationType();
  if (mutation) {
    mutation.description = "Entry points for changes. Each is all-or-nothing, audited, and returns business refusals as `userErrors`.";
  }
  // type-graphql wraps each resolveType in an async function: graphql-js awaits its promise, the
  // compiled queries (performance/compiled-execution.ts) need the type's name at once.
  setTypeResolver(schema, "Node", nodeTypeName);
  setTypeResolver(schema, "SupportIncidentEvent", eventTypeName);
  return schema;
}

function setTypeResolver(schema: GraphQLSchema, name: string, resolveType: (value: never) => string): void {
  const type = schema.getType(name);
  if (!isInterfaceType(type)) throw new Error(`${name} is not an interface of the schema`);
  type.resolveType = (value) => resolveType(value as never);
}

/** The SDL committed as `schema/schema.graphql`: sorted so that diffs show real changes only. */
export function printGatewaySchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
