import type { Hono } from 'hono';
import type { UpstreamAnswer } from '../upstream-answer.ts';
import type { GatewayMode } from './history-scope.ts';

/** Sends a request on to OpenCX as the gateway would; the path lacks `/api`, may carry a query. */
export type ForwardToOpenCx = (
  request: Request,
  pathAndQuery: string,
  body?: ArrayBuffer,
) => Promise<UpstreamAnswer>;

export interface ForwardedCall {
  request: Request;
  /** Without `/api`, with the query the allow-list accepted. */
  path: string;
  body: ArrayBuffer | undefined;
  mode: GatewayMode;
  /** The signed-in user, when access control knows one. */
  user: string | undefined;
  forward: ForwardToOpenCx;
}

/** What the gateway needs from history: a say in every forwarded call, and its read route. */
export interface GatewayHistory {
  forwardAndRecord(call: ForwardedCall): Promise<UpstreamAnswer>;
  routes(mode: GatewayMode): Hono;
}
