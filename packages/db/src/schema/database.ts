import type { AuditLogTable } from "./audit-log.table";
import type { CspCustomerTable } from "./csp-customer.table";
import type { DataScopeVersionTable, DataVersionTable } from "./data-version.table";
import type { IncidentTable } from "./incident.table";
import type { IncidentEventTable } from "./incident-event.table";
import type { MembershipOfferTable } from "./membership-offer.table";
import type { OrganizationTable } from "./organization.table";
import type { ProductTable, ProductVersionTable } from "./product.table";
import type { RateLimitBucketTable } from "./rate-limit-bucket.table";
import type { BenefitActivationTable, BenefitYearTable, ContractLinkTable, SupportContractTable } from "./support-contract.table";
import type { TpdBalanceTable, TpdEngagementTable } from "./tpd.table";
import type { UserRoleTable, UserTable } from "./user.table";

/**
 * The whole schema as Kysely sees it. Table names are the SQL names (snake_case); column names are
 * camelCase because every `Kysely<Database>` made here uses `CaseMappingPlugin`
 * (`case-mapping.ts`: Kysely's `CamelCasePlugin`, mapping names as they are compiled).
 */
export interface Database {
  organizations: OrganizationTable;
  users: UserTable;
  userRoles: UserRoleTable;
  membershipOffers: MembershipOfferTable;
  cspCustomers: CspCustomerTable;
  benefitActivations: BenefitActivationTable;
  benefitYears: BenefitYearTable;
  supportContracts: SupportContractTable;
  contractLinks: ContractLinkTable;
  products: ProductTable;
  productVersions: ProductVersionTable;
  incidents: IncidentTable;
  incidentEvents: IncidentEventTable;
  tpdBalances: TpdBalanceTable;
  tpdEngagements: TpdEngagementTable;
  auditLog: AuditLogTable;
  rateLimitBuckets: RateLimitBucketTable;
  dataVersion: DataVersionTable;
  dataScopeVersions: DataScopeVersionTable;
}
