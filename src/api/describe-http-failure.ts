import { withFieldLabels } from './field-labels.ts';
import type { ErrorBody } from './read-error-body.ts';

/** What the request was, so a 403 can name the scope it needed. */
export interface RequestContext {
  method?: string;
  path?: string;
}

/** One paragraph: what failed, what the server said (never raw HTML), what to do about it. */
export function describeHttpFailure(
  response: Pick<Response, 'status' | 'statusText' | 'url'>,
  body: ErrorBody,
  retryAfterSeconds: number | null,
  request: RequestContext = {},
): string {
  const { status } = response;
  const reason = REASONS[status] ?? (response.statusText || body.errorName || '');
  const statusLine = reason ? `${status} ${reason}` : String(status);
  const scope = requiredScope(request.method, request.path ?? pathOf(response.url));
  return [
    `${headline(status, statusLine, scope)}.`,
    describeBody(body, statusLine, reason),
    advice(status, retryAfterSeconds),
  ]
    .filter(Boolean)
    .join(' ');
}

function headline(status: number, statusLine: string, scope: string | null): string {
  if (status === 400) return `OpenCX rejected the request as invalid (${statusLine})`;
  if (status === 401) return `OpenCX rejected the app server's OpenCX API key (${statusLine})`;
  if (status === 403) {
    return `The app server's OpenCX API key lacks the scope this needs, ${scope ?? 'e.g. phone:write'} (${statusLine})`;
  }
  if (status === 404) return `OpenCX could not find what was asked for (${statusLine})`;
  if (status === 429) return `Too many requests to OpenCX (${statusLine})`;
  if (status >= 500) return `OpenCX had a problem (${statusLine})`;
  return `OpenCX answered ${statusLine}`;
}

function describeBody(body: ErrorBody, statusLine: string, reason: string): string {
  if (body.format === 'html') {
    const title =
      body.htmlTitle && !sameText(body.htmlTitle, statusLine) ? ` (“${body.htmlTitle}”)` : '';
    return `It answered with an HTML page${title} instead of JSON, usually from a proxy in between.`;
  }
  if (body.format === 'invalid-json') return 'Its answer was not valid JSON.';
  const said = body.messages.filter((m) => !sameText(m, reason) && !sameText(m, statusLine));
  if (said.length === 0) return '';
  const text = said.map(withFieldLabels).join('; ');
  return `OpenCX said: “${text.length > 500 ? `${text.slice(0, 500)}…` : text}”.`;
}

function advice(status: number, retryAfterSeconds: number | null): string {
  if (status === 401) {
    return "Set OPENCX_API_KEY for the app's server (in its environment or .env.local) to a valid key and restart it.";
  }
  if (status === 403) return 'Give the key that scope in OpenCX, or use a key that has it.';
  if (status === 404) return 'It may have been deleted; reload to see what exists now.';
  if (status === 429) {
    const wait = retryAfterSeconds === null ? 'a minute' : `${retryAfterSeconds} s`;
    return `Wait ${wait} and try again.`;
  }
  if (status >= 500) return 'Try again in a moment; if it keeps happening, OpenCX may be down.';
  return '';
}

function requiredScope(method = 'GET', path: string | null = null): string | null {
  if (path === null) return null;
  const route = path.replace(/^\/api(?=\/)/, '');
  const read = method.toUpperCase() === 'GET';
  if (/^\/phone\/voices\b/.test(route)) return 'phone:read';
  if (/^\/phone\b/.test(route)) return read ? 'phone:read' : 'phone:write';
  if (/^\/actions\b/.test(route)) return 'actions:read';
  if (/^\/training\b/.test(route)) return 'training:read';
  return null;
}

function pathOf(url: string): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

// Response.statusText is empty over HTTP/2 and in many proxies, so name the common ones here.
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};
