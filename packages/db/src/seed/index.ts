export * from "./demo-catalog";
export * from "./demo-ids";
export * from "./demo-user-notes";
export * from "./seed-demo-data";
