// Types for build-for-tests.mjs (plain JavaScript so that Node 20 runs it without a TS loader).

export declare const ENV_KEY: string;
export declare const FILE_KEY: string;

export declare function buildForTests(
  outRoot: string,
): Promise<{ outDir: string; serverOutDir: string }>;
