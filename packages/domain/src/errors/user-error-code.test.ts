import { describe, expect, it } from "vitest";
import { ActivationRefusal } from "../activation/activation-refusal";
import { CatalogValidationCode } from "../catalog/validate-catalog";
import { IncidentRefusal } from "../incidents/decide-incident-plan";
import { IncidentEditRefusal } from "../incidents/decide-incident-edit";
import { StatusChangeRefusal } from "../incidents/decide-status-change";
import { WithdrawalRefusal } from "../incidents/decide-withdrawal";
import { ValidationErrorCode } from "../incidents/validate-incident-draft";
import { LinkedAccountRefusal } from "../linking/can-manage-linked-accounts";
import { LinkRefusal } from "../linking/decide-contract-link";
import { CustomerAccessRefusal } from "../plans/customer-access";
import { PlanUnavailableReason } from "../plans/list-support-plans";
import { IdempotentRepeatRefusal } from "../requests/idempotency-key";
import { TpdRefusal } from "../tpd/decide-tpd-request";
import { RoleChangeRefusal } from "../roles/decide-role-change";
import { USER_ERROR_MESSAGES, UserErrorCode } from "./user-error-code";

const REASON_ENUMS = {
  ActivationRefusal,
  CustomerAccessRefusal,
  PlanUnavailableReason,
  IncidentRefusal,
  WithdrawalRefusal,
  StatusChangeRefusal,
  IncidentEditRefusal,
  LinkRefusal,
  LinkedAccountRefusal,
  TpdRefusal,
  ValidationErrorCode,
  CatalogValidationCode,
  RoleChangeRefusal,
  IdempotentRepeatRefusal,
};
const ALL = new Set<string>(Object.values(UserErrorCode));

describe("UserErrorCode", () => {
  it("every value equals its key (the API exposes them as-is)", () => {
    for (const [key, value] of Object.entries(UserErrorCode)) expect(value).toBe(key);
  });

  it.each(Object.entries(REASON_ENUMS))("%s is a subset of UserErrorCode, key = value", (_name, reasons) => {
    for (const [key, value] of Object.entries(reasons)) {
      expect(value).toBe(key);
      expect(ALL.has(value)).toBe(true);
    }
  });

  it("is exactly the union of the rule enums", () => {
    const used = new Set(Object.values(REASON_ENUMS).flatMap((reasons) => Object.values(reasons) as string[]));
    expect([...ALL].sort()).toEqual([...used].sort());
  });

  it("every code has a non-empty default message", () => {
    expect(Object.keys(USER_ERROR_MESSAGES).sort()).toEqual([...ALL].sort());
    for (const message of Object.values(USER_ERROR_MESSAGES)) expect(message.trim().length).toBeGreaterThan(0);
  });

  it.each([
    ["NOT_AUTHORIZED", "You are not authorized for this action"],
    ["WRONG_PRODUCT_KIND", "Support plan cannot be used for the specified product"],
    ["NO_ACTIVE_OFFERS", "Looks like you don't have any benefits yet"],
  ] as const)("%s says exactly %j", (code, message) => {
    expect(USER_ERROR_MESSAGES[code]).toBe(message);
  });
});
