import {
  AccountKind,
  ContractKind,
  CspRelationship,
  IncidentEventKind,
  IncidentStatus,
  OfferLevel,
  PlanKind,
  ProductFamily,
  Role,
  Severity,
  TpdKind,
} from "@support-hub/domain";
import { describe, expect, it } from "vitest";
import { AuditOutcome } from "../schema/audit-log.table";
import { ACCOUNT_KINDS, CSP_RELATIONSHIPS, ROLES } from "./2026-11-25T1000-create-organizations-and-users";
import { OFFER_LEVELS } from "./2026-11-25T1010-create-membership-offers-and-csp-customers";
import { CONTRACT_KINDS } from "./2026-11-25T1020-create-support-contracts";
import { PRODUCT_FAMILIES } from "./2026-11-25T1030-create-products";
import { INCIDENT_STATUSES, PLAN_KINDS, SEVERITIES } from "./2026-11-25T1040-create-incidents";
import { INCIDENT_EVENT_KINDS } from "./2026-11-30T1200-create-incident-events";
import { TPD_KINDS } from "./2026-11-25T1050-create-tpd";
import { AUDIT_OUTCOMES } from "./2026-11-25T1100-create-audit-log";

// The migrations freeze the vocabulary in their CHECK constraints. When the domain gains a value,
// this fails: add a NEW migration that widens the CHECK (never edit a shipped one), then point the
// entry below at the newest list.
describe("CHECK constraints match the domain vocabulary", () => {
  it.each([
    ["CspRelationship", CspRelationship, CSP_RELATIONSHIPS],
    ["AccountKind", AccountKind, ACCOUNT_KINDS],
    ["Role", Role, ROLES],
    ["OfferLevel", OfferLevel, OFFER_LEVELS],
    ["ContractKind", ContractKind, CONTRACT_KINDS],
    ["ProductFamily", ProductFamily, PRODUCT_FAMILIES],
    ["PlanKind", PlanKind, PLAN_KINDS],
    ["Severity", Severity, SEVERITIES],
    ["IncidentStatus", IncidentStatus, INCIDENT_STATUSES],
    ["TpdKind", TpdKind, TPD_KINDS],
    ["IncidentEventKind", IncidentEventKind, INCIDENT_EVENT_KINDS],
    ["AuditOutcome", AuditOutcome, AUDIT_OUTCOMES],
  ] as const)("%s", (_name, vocabulary, allowed) => {
    expect([...allowed].sort()).toEqual(Object.values(vocabulary).sort());
  });
});
