/** What the gateway does with one `/api/*` request, decided from its method and path alone. */
export type RouteDecision =
  | { kind: 'forward' }
  | { kind: 'refuse'; status: 400 | 404 | 405; message: string; allow?: string };

// OpenCX agent IDs are UUIDs; the fake also creates `agent_…` style IDs. Anything else (dots,
// slashes, percent-encoded bytes) could steer the upstream URL elsewhere, so it never leaves.
const AGENT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export function isValidAgentId(id: string): boolean {
  return AGENT_ID.test(id);
}

const COLLECTIONS: Record<string, string[]> = {
  '/phone': ['GET', 'POST'],
  '/phone/voices': ['GET'],
  '/actions': ['GET'],
  '/training': ['GET'],
};
const ONE_AGENT_METHODS = ['PATCH', 'DELETE'];

function allowed(methods: string[], method: string, path: string): RouteDecision {
  const withHead = methods.includes('GET') ? [...methods, 'HEAD'] : methods;
  if (withHead.includes(method)) return { kind: 'forward' };
  return {
    kind: 'refuse',
    status: 405,
    message: `Method ${method} is not allowed on ${path}`,
    allow: withHead.join(', '),
  };
}

/**
 * Only the calls this app makes reach OpenCX: the org key can do far more than the console needs,
 * and whoever reaches this server must not get a general-purpose proxy for it.
 * `path` is the raw URL path without the `/api` prefix, still percent-encoded.
 */
export function decideGatewayRoute(method: string, path: string): RouteDecision {
  const collection = COLLECTIONS[path];
  if (collection) return allowed(collection, method, path);
  const agent = /^\/phone\/([^/]*)$/.exec(path);
  if (agent) {
    const id = agent[1] ?? '';
    if (!isValidAgentId(id)) {
      return { kind: 'refuse', status: 400, message: 'Invalid phone agent ID' };
    }
    return allowed(ONE_AGENT_METHODS, method, '/phone/{id}');
  }
  return { kind: 'refuse', status: 404, message: `Route ${method} /api${path} not found` };
}
