import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? 'Error';
}

/** The `{statusCode, message, error}` envelope OpenCX documents for its errors. */
export function errorEnvelope(
  status: number,
  message: string | string[],
  extra: Record<string, string> = {},
): Record<string, unknown> {
  return { statusCode: status, message, error: reasonPhrase(status), ...extra };
}

export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  message: string | string[],
  extra: Record<string, string> = {},
): Response {
  return c.json(errorEnvelope(status, message, extra), status);
}
