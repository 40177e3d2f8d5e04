export * from "./append-audit";
export * from "./consume-contract-incident";
export * from "./consume-tpd-hours";
export * from "./data-version";
export type * from "./executor";
export * from "./hit-rate-limit";
export * from "./raise-tpd-balance";
export * from "./with-transaction";
