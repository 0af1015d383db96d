/** What the gateway does with one `/api/*` request, decided from its method, path and query. */
export type RouteDecision =
  | { kind: 'forward'; route: string; pathAndQuery: string }
  | { kind: 'refuse'; status: 400 | 404 | 405; message: string; allow?: string };

// OpenCX agent IDs are UUIDs; the fake also creates `agent_…` style IDs. Anything else (dots,
// slashes, percent-encoded bytes) could steer the upstream URL elsewhere, so it never leaves.
const AGENT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export function isValidAgentId(id: string): boolean {
  return AGENT_ID.test(id);
}

interface RouteRule {
  methods: string[];
  /** Query parameters OpenCX documents for this route; any other is refused. */
  query: string[];
}

// Creating an agent buys a billable number and deleting one is final: the app does neither, so
// POST /phone and DELETE /phone/{id} are not forwarded.
const COLLECTIONS: Record<string, RouteRule> = {
  '/phone': { methods: ['GET'], query: ['cursor'] },
  '/phone/voices': { methods: ['GET'], query: [] },
  '/actions': { methods: ['GET'], query: [] },
  '/training': { methods: ['GET'], query: ['limit', 'offset'] },
};
const ONE_AGENT: RouteRule = { methods: ['PATCH'], query: [] };

function decide(
  rule: RouteRule,
  route: string,
  method: string,
  path: string,
  search: string,
): RouteDecision {
  const methods = rule.methods.includes('GET') ? [...rule.methods, 'HEAD'] : rule.methods;
  if (!methods.includes(method)) {
    return {
      kind: 'refuse',
      status: 405,
      message: `Method ${method} is not allowed on ${route}`,
      allow: methods.join(', '),
    };
  }
  const params = new URLSearchParams(search);
  for (const name of new Set(params.keys())) {
    if (!rule.query.includes(name) || params.getAll(name).length > 1) {
      return {
        kind: 'refuse',
        status: 400,
        message: `Query parameter "${name.slice(0, 40)}" is not accepted on ${route}`,
      };
    }
  }
  const query = params.toString();
  return { kind: 'forward', route, pathAndQuery: query ? `${path}?${query}` : path };
}

/**
 * Only the calls this app makes reach OpenCX: the org key can do far more than the console needs,
 * and whoever reaches this server must not get a general-purpose proxy for it.
 * `path` is the raw URL path without the `/api` prefix, still percent-encoded; `search` is the
 * raw query string (with or without `?`).
 */
export function decideGatewayRoute(method: string, path: string, search = ''): RouteDecision {
  const collection = COLLECTIONS[path];
  if (collection) return decide(collection, path, method, path, search);
  const agent = /^\/phone\/([^/]*)$/.exec(path);
  if (agent) {
    const id = agent[1] ?? '';
    if (!isValidAgentId(id)) {
      return { kind: 'refuse', status: 400, message: 'Invalid phone agent ID' };
    }
    return decide(ONE_AGENT, '/phone/{id}', method, path, search);
  }
  return { kind: 'refuse', status: 404, message: `Route ${method} /api${path} not found` };
}
