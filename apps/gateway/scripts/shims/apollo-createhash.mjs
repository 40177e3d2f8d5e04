// Stands in for `@apollo/utils.createhash` in the bundle. That package picks node:crypto through
// `module.require`, which esbuild's CommonJS wrapper does not have, so the bundle fell back to
// sha.js and hashed every request's document in JavaScript (about 2% of a small request's CPU).
export { createHash } from "node:crypto";
