// Types for audit-dependencies.mjs (plain JavaScript so that Node 20 runs it without a TS loader).

export type AuditResult =
  | { checked: false; reason: string }
  | { checked: true; counts: Record<string, number>; failing: number };

export declare function judgeAudit(jsonText: string): AuditResult;
export declare function describeAudit(result: AuditResult): string;
export declare function main(): number;
