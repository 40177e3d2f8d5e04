export * from "./demo-catalog";
export * from "./demo-ids";
export * from "./seed-demo-data";
