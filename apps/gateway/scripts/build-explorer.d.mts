/** dist/explorer: where `buildExplorer()` puts the GraphiQL bundle by default. */
export declare const EXPLORER_OUT_DIR: string;
/** Bundles the local GraphiQL into `outDir` (swapped in atomically); resolves to `outDir`. */
export declare function buildExplorer(outDir?: string): Promise<string>;
