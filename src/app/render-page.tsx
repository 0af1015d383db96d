import type { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import type { RenderedPage, ServerQueries } from '../api/server-state.ts';
import { gatewayModeQuery } from './gateway-mode-query.ts';
import { Providers } from './providers.tsx';
import { createQueryClient } from './query-client.ts';
import { createAppRouter } from './router.ts';

/**
 * The pages worth rendering on the server, and the modules each needs beyond the entry (Vite's
 * manifest names them): the editor, where the person waits for one agent's settings.
 */
export const RENDERED_ROUTES = [
  {
    path: /^\/agents\/[^/]+$/,
    modules: [
      'src/features/agents/pages/agent-editor-page.tsx',
      'src/features/agents/form/fields/combobox-inputs.ts',
    ],
  },
];

/** Resolves once no query is fetching. */
function settled(queryClient: QueryClient): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (queryClient.isFetching() > 0) return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = queryClient.getQueryCache().subscribe(check);
    queueMicrotask(check);
  });
}

// Markers of a Suspense boundary that rendered its fallback because something was still loading.
const SUSPENDED = /<!--\$[!?]-->/;

/**
 * The markup with every lazy part in place and no inline script (none may run here): the first
 * render of a part waits for its code once, and after that it renders at once.
 */
async function renderToHtml(element: ReactNode): Promise<string | null> {
  const html = renderToString(element);
  if (!SUSPENDED.test(html)) return html;
  const { prelude } = await prerenderToNodeStream(element);
  for await (const part of prelude) void part;
  const again = renderToString(element);
  return SUSPENDED.test(again) ? null : again;
}

/**
 * Renders `url` as the app would once its data is there, on the server: the agent's settings
 * arrive with the page instead of after the app, its route and its requests. Null when any of
 * the page's data could not be read (the browser then loads it, and explains a failure, itself).
 */
export async function renderPage(url: string): Promise<RenderedPage | null> {
  // No retries: a failure here costs only the head start, and the browser retries on its own.
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter(queryClient, history);
  // A page rendered here has no scroll to restore, and no inline script may run.
  router.update({ ...router.options, scrollRestoration: false });
  // The header's demo-data badge, read with the page's data so it does not pop in at takeover.
  void queryClient.prefetchQuery(gatewayModeQuery());
  await router.load();
  await settled(queryClient);
  const queries = queryClient.getQueryCache().getAll();
  const routed = router.state.matches.every((match) => match.status === 'success');
  if (!routed || queries.some((query) => query.state.status !== 'success')) {
    return null;
  }
  const html = await renderToHtml(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  if (html === null) return null;
  const state: ServerQueries = queries.map(({ queryKey, state }) => [queryKey, state.data]);
  return { html, state };
}
