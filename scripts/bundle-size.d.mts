// Types for bundle-size.mjs (plain JavaScript so that Node 20 runs it without a TS loader).

export interface RouteSize {
  /** The page module's file name without `.tsx`, e.g. `agent-editor-page`. */
  route: string;
  /** Gzip (level 9) bytes of all first-load JS. */
  jsGzip: number;
  /** Gzip (level 9) bytes of all first-load CSS. */
  cssGzip: number;
  /** dist-relative paths of every file counted, sorted. */
  files: string[];
}

export declare const BYTES_PER_KB: number;
export declare const EDITOR_ROUTE: string;
export declare const FIRST_LOAD_BUDGET_KB: number;

export declare function measureFirstLoad(distDir: string): RouteSize[];
export declare function formatTable(routes: RouteSize[]): string;
export declare function main(args: string[]): number;
