import type { Migration, MigrationProvider } from "kysely/migration";
import * as createOrganizationsAndUsers from "./2026-11-25T1000-create-organizations-and-users";
import * as createMembershipOffersAndCspCustomers from "./2026-11-25T1010-create-membership-offers-and-csp-customers";
import * as createSupportContracts from "./2026-11-25T1020-create-support-contracts";
import * as createProducts from "./2026-11-25T1030-create-products";
import * as createIncidents from "./2026-11-25T1040-create-incidents";
import * as createTpd from "./2026-11-25T1050-create-tpd";
import * as createAuditLog from "./2026-11-25T1100-create-audit-log";
import * as createRateLimitBuckets from "./2026-11-25T1110-create-rate-limit-buckets";
import * as createDataVersion from "./2026-11-25T1120-create-data-version";
import * as addIdempotencyFingerprintsAndM365Contracts from "./2026-11-30T1000-add-idempotency-fingerprints-and-m365-contracts";
import * as createBenefitYears from "./2026-11-30T1100-create-benefit-years";
import * as createIncidentEvents from "./2026-11-30T1200-create-incident-events";
import * as indexIncidentSearch from "./2026-11-30T1210-index-incident-search";
import * as createDataScopeVersions from "./2026-11-30T1500-create-data-scope-versions";

/**
 * Every migration, by name. Static imports (no filesystem scan) so the package also works bundled.
 * Names sort by date (`YYYY-MM-DDTHHMM-verb-noun`); add new ones at the end, never edit old ones.
 * Forward-only: migrations have no `down`.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  "2026-11-25T1000-create-organizations-and-users": createOrganizationsAndUsers,
  "2026-11-25T1010-create-membership-offers-and-csp-customers": createMembershipOffersAndCspCustomers,
  "2026-11-25T1020-create-support-contracts": createSupportContracts,
  "2026-11-25T1030-create-products": createProducts,
  "2026-11-25T1040-create-incidents": createIncidents,
  "2026-11-25T1050-create-tpd": createTpd,
  "2026-11-25T1100-create-audit-log": createAuditLog,
  "2026-11-25T1110-create-rate-limit-buckets": createRateLimitBuckets,
  "2026-11-25T1120-create-data-version": createDataVersion,
  "2026-11-30T1000-add-idempotency-fingerprints-and-m365-contracts": addIdempotencyFingerprintsAndM365Contracts,
  "2026-11-30T1100-create-benefit-years": createBenefitYears,
  "2026-11-30T1200-create-incident-events": createIncidentEvents,
  "2026-11-30T1210-index-incident-search": indexIncidentSearch,
  "2026-11-30T1500-create-data-scope-versions": createDataScopeVersions,
};

/** A Kysely `MigrationProvider` over the static list above. */
export const staticMigrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...migrations }),
};
