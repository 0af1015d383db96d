import type * as z from 'zod/mini';

interface Problem {
  path: PropertyKey[];
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `items[3].id`, `["odd key"]`; the root is called `response`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || 'response';
}

/** The first `max` problems as `path: what was wrong`, joined with `; `. */
export function describeZodIssues(error: z.core.$ZodError, max = 3): string {
  const problems = error.issues.flatMap((issue) => problemsOf(issue, []));
  const shown = problems.slice(0, max).map((p) => `${formatIssuePath(p.path)}: ${p.message}`);
  const more = problems.length - shown.length;
  return more > 0 ? `${shown.join('; ')} (and ${more} more)` : shown.join('; ');
}

function problemsOf(issue: z.core.$ZodIssue, prefix: PropertyKey[]): Problem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) return unionProblems(issue, path);
  return [{ path, message: issue.message.replace(/^Invalid input: /, '') }];
}

/**
 * Zod reports a failed union as one "Invalid input" at the union itself. The useful story is the
 * branch that got furthest into the data (e.g. the `{items}` page with a bad item), or, when every
 * branch failed on the shape itself, the list of shapes that were accepted.
 */
function unionProblems(issue: z.core.$ZodIssueInvalidUnion, path: PropertyKey[]): Problem[] {
  const branches = issue.errors.map((branch) => branch.flatMap((i) => problemsOf(i, path)));
  const depth = (branch: Problem[]) => Math.max(path.length, ...branch.map((p) => p.path.length));
  const deepest = branches.reduce((best, b) => (depth(b) > depth(best) ? b : best));
  if (depth(deepest) > path.length) return deepest;
  const expected = [...new Set(branches.flat().map((p) => /^expected (\w+)/.exec(p.message)?.[1]))];
  const received = /received (\w+)/.exec(deepest[0]?.message ?? '')?.[1];
  if (expected.some((e) => e === undefined)) return deepest;
  const message = `expected ${expected.join(' or ')}${received ? `, received ${received}` : ''}`;
  return [{ path, message }];
}
