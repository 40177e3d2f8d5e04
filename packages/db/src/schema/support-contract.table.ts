import type { ContractKind } from "@support-hub/domain";
import type { ColumnType, Insertable, Selectable, Updateable } from "kysely";
import type { CreatedAt, DateColumn, UuidPk } from "./column-types";

/**
 * `benefit_activations`: one per organization; holds the Access ID (and the first year's
 * Contract ID; each year's Contract ID is on `benefit_years`).
 */
export interface BenefitActivationTable {
  organizationId: string;
  /** Unique across all organizations. */
  accessId: string;
  /** Unique across all organizations. */
  contractId: string;
  activatedBy: string;
  activatedAt: ColumnType<Date, Date | string | undefined, never>;
}
export type BenefitActivation = Selectable<BenefitActivationTable>;
export type NewBenefitActivation = Insertable<BenefitActivationTable>;

/**
 * `benefit_years`: a benefit year of an organization, with its own Contract ID (unique).
 * `(organization_id, year_number)` is unique: it settles concurrent renewals.
 */
export interface BenefitYearTable {
  id: UuidPk;
  organizationId: string;
  /** 1 for the first activation, one more per renewal. */
  yearNumber: number;
  /** The human Contract ID of this year. */
  contractId: string;
  /** The activation day that started the year. */
  startsOn: DateColumn;
  activatedBy: string;
  activatedAt: ColumnType<Date, Date | string | undefined, never>;
}
export type BenefitYearRow = Selectable<BenefitYearTable>;
export type NewBenefitYear = Insertable<BenefitYearTable>;

/**
 * `support_contracts`: an incident allowance. Counters change only through
 * `consumeContractIncident` / `refundContractIncident` (see `src/operations/`).
 *
 * Invariants (CHECKs): `incidents_total` and `incidents_remaining` are both null (unlimited) or
 * both set; `incidents_remaining >= 0`; `incidents_used >= 0`; for a limited contract
 * `incidents_remaining + incidents_used = incidents_total`.
 */
export interface SupportContractTable {
  id: UuidPk;
  organizationId: string;
  /** The benefit year that issued it; null only for contracts written without years. */
  benefitYearId: ColumnType<string | null, string | null | undefined, string | null>;
  kind: ContractKind;
  startsOn: DateColumn;
  /** Exclusive: the contract is expired on its end day. */
  endsOn: DateColumn;
  /** Null = unlimited. */
  incidentsTotal: number | null;
  /** Null = unlimited. */
  incidentsRemaining: number | null;
  /** Incidents consumed and not refunded; counted for unlimited contracts too. */
  incidentsUsed: ColumnType<number, number | undefined, number>;
  createdAt: CreatedAt;
}
export type SupportContract = Selectable<SupportContractTable>;
export type NewSupportContract = Insertable<SupportContractTable>;
export type SupportContractUpdate = Updateable<SupportContractTable>;

/** `contract_links`: an account linked to a contract (primary key: contract + user). */
export interface ContractLinkTable {
  supportContractId: string;
  userId: string;
  linkedAt: ColumnType<Date, Date | string | undefined, never>;
}
export type ContractLink = Selectable<ContractLinkTable>;
export type NewContractLink = Insertable<ContractLinkTable>;
