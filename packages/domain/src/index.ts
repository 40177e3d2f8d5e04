/** Support Hub business rules: pure functions from plain data to typed decisions. */
export * from "./vocabulary";
export * from "./dates/iso-date";
export * from "./dates/day-count";
export * from "./text/code-point-length";
export * from "./text/wording";
export * from "./requests/idempotency-key";
export * from "./errors/user-error-code";
export * from "./roles/role-predicates";
export * from "./roles/decide-role-change";
export * from "./roles/viewer-permissions";

export * from "./entitlements/allowance";
export * from "./entitlements/cloud-competency";
export * from "./entitlements/is-offer-active";
export * from "./entitlements/compute-entitlements";
export * from "./memberships/validate-offer-grant";

export * from "./activation/activation-refusal";
export * from "./activation/users-who-can-activate";
export * from "./activation/plan-contracts";
export * from "./activation/benefit-year";
export * from "./activation/decide-activation";
export * from "./activation/describe-benefits";

export * from "./contracts/contract-state";
export * from "./coverage/product-coverage";
export * from "./coverage/coverage-windows";

export * from "./alerts/renewal-availability";
export * from "./alerts/organization-alerts";

export * from "./plans/customer-access";
export * from "./plans/paid-plans";
export * from "./plans/list-support-plans";
export * from "./eligibility/explain-eligibility";

export * from "./incidents/can-read-incident";
export * from "./incidents/decide-incident-plan";
export * from "./incidents/validate-incident-draft";
export * from "./incidents/decide-withdrawal";
export * from "./incidents/decide-status-change";
export * from "./incidents/decide-incident-edit";

export * from "./linking/decide-contract-link";
export * from "./linking/validate-contract-pair";
export * from "./linking/can-manage-linked-accounts";

export * from "./catalog/validate-catalog";

export * from "./tpd/tpd-period";
export * from "./tpd/decide-tpd-request";
export * from "./tpd/validate-tpd-description";
export * from "./tpd/top-up-tpd-balance";
