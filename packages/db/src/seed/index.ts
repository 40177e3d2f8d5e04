export * from "./demo-catalog";
export * from "./demo-ids";
export * from "./iso-dates";
export * from "./seed-demo-data";
