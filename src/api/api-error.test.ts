import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { ApiError, apiErrorFromResponse, isApiError } from './api-error.ts';

function respond(status: number, body: string, headers: Record<string, string> = {}) {
  return apiErrorFromResponse(new Response(body === '' ? null : body, { status, headers }));
}

const json = { 'content-type': 'application/json' };
const NGINX_502 =
  '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

afterEach(() => {
  vi.useRealTimers();
});

describe('apiErrorFromResponse: body shapes', () => {
  it('reads the envelope with a string message', async () => {
    const error = await respond(
      404,
      '{"statusCode":404,"message":"Phone agent not found","error":"Not Found"}',
      json,
    );
    expect(error).toMatchObject({ status: 404, kind: 'http', messages: ['Phone agent not found'] });
    expect(error.body).toEqual({
      statusCode: 404,
      message: 'Phone agent not found',
      error: 'Not Found',
    });
    expect(error.message).toContain('Phone agent not found');
  });

  it('reads the envelope with a message array, one entry per line', async () => {
    const body = {
      statusCode: 400,
      message: ['name must not be blank', 'handoff_phone_number must be E.164'],
      error: 'Bad Request',
    };
    const error = await respond(400, JSON.stringify(body), json);
    expect(error.messages).toEqual(body.message);
    expect(error.message).toContain('Name must not be blank; Handoff phone number must be E.164');
    expect(error.message).toContain('400 Bad Request');
  });

  it('ignores extra keys such as code', async () => {
    const body = {
      statusCode: 400,
      code: 'FST_ERR_VALIDATION',
      message: 'body/name bad',
      error: 'Bad Request',
    };
    const error = await respond(400, JSON.stringify(body), json);
    expect(error.messages).toEqual(['body/name bad']);
    expect(error.message).not.toContain('FST_ERR_VALIDATION');
  });

  it('explains an empty body by its status alone', async () => {
    const error = await respond(500, '');
    expect(error).toMatchObject({ status: 500, kind: 'http', messages: [], body: null });
    expect(error.message).toBe(
      'OpenCX had a problem (500 Internal Server Error). Try again in a moment; if it keeps happening, OpenCX may be down.',
    );
  });

  it('never dumps a proxy HTML page into the message', async () => {
    const error = await respond(502, NGINX_502, { 'content-type': 'text/html' });
    expect(error.messages).toEqual([]);
    expect(error.message).toContain('OpenCX had a problem (502 Bad Gateway)');
    expect(error.message).toContain('HTML page');
    expect(error.message).toContain('instead of JSON');
    expect(error.message).not.toMatch(/<|nginx/);
  });

  it('recognises HTML without a content type and names an informative title', async () => {
    const error = await respond(503, '<html><head><title>Maintenance window</title></head></html>');
    expect(error.message).toContain('HTML page (“Maintenance window”)');
    expect(error.message).not.toContain('<');
  });

  it('keeps a plain-text body line by line', async () => {
    const error = await respond(500, 'upstream connect error\nreset reason: overflow\n', {
      'content-type': 'text/plain',
    });
    expect(error.messages).toEqual(['upstream connect error', 'reset reason: overflow']);
    expect(error.message).toContain(
      'OpenCX said: “upstream connect error; reset reason: overflow”',
    );
  });

  it('says when a JSON body is not valid JSON', async () => {
    const error = await respond(500, '{"statusCode":500,"mess', json);
    expect(error.messages).toEqual([]);
    expect(error.body).toBe('{"statusCode":500,"mess');
    expect(error.message).toContain('not valid JSON');
  });

  it('does not repeat a message that only restates the status', async () => {
    const error = await respond(
      401,
      '{"statusCode":401,"message":"Unauthorized","error":"Unauthorized"}',
      json,
    );
    expect(error.message).not.toContain('OpenCX said');
  });
});

describe('apiErrorFromResponse: status messages', () => {
  it('401 says the server key was rejected and how to set it', async () => {
    const error = await respond(
      401,
      '{"statusCode":401,"message":"Unauthorized","error":"Unauthorized"}',
      json,
    );
    expect(error.message).toContain("rejected the app server's OpenCX API key (401 Unauthorized)");
    expect(error.message).toContain('OPENCX_API_KEY');
    expect(error.message).toContain('.env.local');
  });

  it('403 names the scope the request needed', async () => {
    const body = '{"statusCode":403,"message":"Missing scope","error":"Forbidden"}';
    const response = new Response(body, { status: 403, headers: json });
    const error = await apiErrorFromResponse(response, { method: 'PATCH', path: '/phone/a1' });
    expect(error.message).toContain('lacks the scope this needs, phone:write (403 Forbidden)');
    expect(error.message).toContain('OpenCX said: “Missing scope”');
  });

  it.each([
    ['GET', '/phone', 'phone:read'],
    ['GET', '/actions', 'actions:read'],
    ['GET', '/training?limit=100&offset=0', 'training:read'],
  ])('403 on %s %s needs %s', async (method, path, scope) => {
    const error = await apiErrorFromResponse(new Response(null, { status: 403 }), { method, path });
    expect(error.message).toContain(`needs, ${scope} (403`);
  });

  it('403 without context gives an example scope', async () => {
    expect((await respond(403, '')).message).toContain('e.g. phone:write');
  });

  it('404 says it may have been deleted', async () => {
    const error = await respond(
      404,
      '{"statusCode":404,"message":"Phone agent not found","error":"Not Found"}',
      json,
    );
    expect(error.message).toBe(
      'OpenCX could not find what was asked for (404 Not Found). OpenCX said: “Phone agent not found”. It may have been deleted; reload to see what exists now.',
    );
  });

  it('429 without Retry-After asks to wait a minute', async () => {
    const error = await respond(429, '');
    expect(error.retryAfterSeconds).toBeNull();
    expect(error.message).toBe(
      'Too many requests to OpenCX (429 Too Many Requests). Wait a minute and try again.',
    );
  });

  it('429 with Retry-After in seconds', async () => {
    const error = await respond(429, '{"statusCode":429,"message":"Rate limit exceeded"}', {
      ...json,
      'retry-after': '17',
    });
    expect(error.retryAfterSeconds).toBe(17);
    expect(error.message).toContain('Wait 17 s and try again.');
    expect(error.message).toContain('Rate limit exceeded');
  });

  it('429 with Retry-After as an HTTP date', async () => {
    vi.useFakeTimers({ now: new Date('2025-03-01T12:00:00Z') });
    const error = await respond(429, '', { 'retry-after': 'Sat, 01 Mar 2025 12:00:42 GMT' });
    expect(error.retryAfterSeconds).toBe(42);
    expect(error.message).toContain('Wait 42 s');
  });

  it('ignores an unusable Retry-After', async () => {
    expect((await respond(429, '', { 'retry-after': 'soon' })).retryAfterSeconds).toBeNull();
  });

  it('500 says OpenCX had a problem and keeps its words', async () => {
    const error = await respond(500, '{"statusCode":500,"message":"Database unavailable"}', json);
    expect(error.message).toBe(
      'OpenCX had a problem (500 Internal Server Error). OpenCX said: “Database unavailable”. Try again in a moment; if it keeps happening, OpenCX may be down.',
    );
  });

  it('an unusual status still reads sensibly', async () => {
    const error = await respond(418, '{"error":"I\'m a teapot"}', json);
    expect(error.message).toBe("OpenCX answered 418 I'm a teapot.");
  });
});

describe('ApiError', () => {
  it('fromInvalidResponse names the first three problems with their paths', () => {
    const schema = z.object({ items: z.array(z.object({ id: z.string() })) });
    const result = schema.safeParse({
      items: [{ id: 'a' }, { id: 1 }, {}, { id: null }, { id: 2 }],
    });
    if (result.success) throw new Error('expected a failure');
    const error = ApiError.fromInvalidResponse('GET /phone', result.error);
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200 });
    expect(error.message).toBe(
      "OpenCX's answer to GET /phone was not what this app expects: items[1].id: expected string, received number; items[2].id: expected string, received undefined; items[3].id: expected string, received null (and 1 more).",
    );
  });

  it('network and timeout errors have status 0', () => {
    expect(ApiError.network(new TypeError('fetch failed'))).toMatchObject({
      status: 0,
      kind: 'network',
    });
    expect(ApiError.timeout(15_000)).toMatchObject({ status: 0, kind: 'timeout' });
    expect(ApiError.timeout(15_000).message).toContain('did not answer within 15 s');
  });

  it('isApiError tells ApiErrors from other errors', () => {
    expect(isApiError(ApiError.network())).toBe(true);
    expect(isApiError(new Error('x'))).toBe(false);
    expect(isApiError({ kind: 'http', status: 500 })).toBe(false);
  });
});
