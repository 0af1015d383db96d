export type Params = Record<string, string>;

/** Matches `/agents/:agentId`-style patterns; `*` matches anything. */
export function matchRoute(pattern: string, pathname: string): Params | null {
  if (pattern === '*') return {};
  const expected = pattern.split('/').filter(Boolean);
  const actual = pathname.split('/').filter(Boolean);
  if (expected.length !== actual.length) return null;
  const params: Params = {};
  for (let i = 0; i < expected.length; i += 1) {
    const want = expected[i] as string;
    const got = actual[i] as string;
    if (want.startsWith(':')) {
      try {
        params[want.slice(1)] = decodeURIComponent(got);
      } catch {
        return null;
      }
    } else if (want !== got) {
      return null;
    }
  }
  return params;
}
