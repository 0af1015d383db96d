/**
 * What the server sends with a page it rendered (src/server/production/server-rendering.ts) and
 * the app takes over from (src/app/server-paint.ts): one contract, kept here because the server
 * imports no browser code and the browser no server code.
 */

/** The element id of the `<script type="application/json">` holding the page's data. */
export const SERVER_STATE_ID = 'server-state';

/** Each query the page was rendered from, read moments before the page was sent: key and data. */
export type ServerQueries = [key: readonly unknown[], data: unknown][];

export interface RenderedPage {
  /** The page's markup, to show until the app in the browser takes over. */
  html: string;
  /** The data it was rendered from, for the browser's query cache. */
  state: ServerQueries;
}
