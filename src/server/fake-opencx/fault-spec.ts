import { z } from 'zod';

export const faultSpecSchema = z.strictObject({
  method: z.string().min(1).optional(),
  // An exact path, or a prefix ending in `*`. A leading `/api` is accepted and ignored.
  path: z.string().startsWith('/'),
  times: z.number().int().positive().default(1),
  kind: z.enum(['status', 'hang', 'drop', 'slow']),
  status: z.number().int().min(200).max(599).optional(),
  body: z.string().optional(),
  contentType: z.string().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  delayMs: z.number().int().nonnegative().optional(),
});
export type FaultSpec = z.infer<typeof faultSpecSchema>;

export const faultSpecsSchema = z.union([faultSpecSchema, z.array(faultSpecSchema)]);

/** For `FAKE_OPENCX_FAULTS`: a JSON array (or one object) of fault specs; throws a readable error. */
export function parseFaultSpecs(json: string): FaultSpec[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('FAKE_OPENCX_FAULTS is not valid JSON');
  }
  const parsed = faultSpecsSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`FAKE_OPENCX_FAULTS is invalid: ${z.prettifyError(parsed.error)}`);
  return Array.isArray(parsed.data) ? parsed.data : [parsed.data];
}

function normalisePath(path: string): string {
  return path === '/api' || path.startsWith('/api/') ? path.slice(4) || '/' : path;
}

export function faultMatches(fault: FaultSpec, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) return false;
  const pattern = normalisePath(fault.path);
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  return path === pattern;
}
