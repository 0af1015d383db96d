import type * as z from 'zod/mini';
import { describeZodIssues } from './format-zod-issues.ts';
import { describeHttpFailure, type RequestContext } from './describe-http-failure.ts';
import { readErrorBody } from './read-error-body.ts';
import { parseRetryAfter } from './retry-after.ts';

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response';

export interface ApiErrorInit {
  /** The HTTP status; 0 when no answer arrived (network failure, timeout). */
  status: number;
  kind: ApiErrorKind;
  messages?: string[];
  body?: unknown;
  retryAfterSeconds?: number | null;
  cause?: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly kind: ApiErrorKind;
  /** What the server said, one entry per line. */
  readonly messages: string[];
  readonly body: unknown;
  readonly retryAfterSeconds: number | null;

  constructor(message: string, init: ApiErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.status = init.status;
    this.kind = init.kind;
    this.messages = init.messages ?? [];
    this.body = init.body ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }

  static network(cause?: unknown): ApiError {
    return new ApiError('Could not reach the server — check your connection and try again.', {
      status: 0,
      kind: 'network',
      cause,
    });
  }

  static timeout(timeoutMs: number): ApiError {
    const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 100) / 10} s` : `${timeoutMs} ms`;
    return new ApiError(`OpenCX did not answer within ${limit}. Try again in a moment.`, {
      status: 0,
      kind: 'timeout',
    });
  }

  /** A 2xx answer this app cannot use; `detail` says what was wrong with it. */
  static invalidResponse(
    path: string,
    detail: string,
    init: { status?: number; body?: unknown; cause?: unknown } = {},
  ): ApiError {
    return new ApiError(`OpenCX's answer to ${path} was not what this app expects: ${detail}.`, {
      status: init.status ?? 200,
      kind: 'invalid-response',
      body: init.body,
      cause: init.cause,
    });
  }

  static fromInvalidResponse(
    path: string,
    error: z.core.$ZodError,
    init: { status?: number; body?: unknown } = {},
  ): ApiError {
    return ApiError.invalidResponse(path, describeZodIssues(error), { ...init, cause: error });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Reads the body once and explains the failure in words a support person can act on. */
export async function apiErrorFromResponse(
  response: Response,
  request: RequestContext = {},
): Promise<ApiError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // The connection dropped mid-body: the status alone still says what happened.
  }
  return apiErrorFromBody(response, text, request);
}

/** Same as apiErrorFromResponse for a body that was already read. */
export function apiErrorFromBody(
  response: Response,
  text: string,
  request: RequestContext = {},
): ApiError {
  const body = readErrorBody(text, response.headers.get('content-type'));
  const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
  const message = describeHttpFailure(response, body, retryAfterSeconds, request);
  return new ApiError(message, {
    status: response.status,
    kind: 'http',
    messages: body.messages,
    body: body.body,
    retryAfterSeconds,
  });
}
