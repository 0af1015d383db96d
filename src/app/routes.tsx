import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  redirect,
  type ErrorComponentProps,
} from '@tanstack/react-router';
import { retryableLazy } from '../components/retryable-lazy.tsx';
import { agentQueries, lookupQueries } from '../features/agents/agent-queries.ts';
import { preloadComboboxInputs } from '../features/agents/form/fields/lazy-combobox.tsx';
import { listSearchSchema } from '../features/agents/list/list-search.ts';
import { jobQueries } from '../features/bulk/job-queries.ts';
import { activitySearchSchema } from '../features/history/activity-search.ts';
import { AppLayout, PageLoader } from './app-layout.tsx';
import { RouteErrorPage } from './route-error-page.tsx';

export interface RouterContext {
  queryClient: QueryClient;
}

// Pages load lazily so the first paint carries only the shell and the page in view.
const listPage = retryableLazy(
  async () => (await import('../features/agents/pages/agents-list-page.tsx')).AgentsListPage,
);
const editorPage = retryableLazy(
  async () => (await import('../features/agents/pages/agent-editor-page.tsx')).AgentEditorPage,
);
const activityPage = retryableLazy(
  async () => (await import('../features/history/activity-page.tsx')).ActivityPage,
);
const jobsPage = retryableLazy(
  async () => (await import('../features/bulk/jobs-page.tsx')).JobsPage,
);
const jobPage = retryableLazy(async () => (await import('../features/bulk/job-page.tsx')).JobPage);
const bulkEditDialog = retryableLazy(
  async () => (await import('../features/bulk/bulk-edit-dialog.tsx')).BulkEditDialog,
);
const notFoundPage = retryableLazy(async () => (await import('./not-found-page.tsx')).NotFoundPage);

// The page shows a failed fetch itself, with Retry.
const quietly = (promise: Promise<unknown>) => promise.catch(() => undefined);

function PageError({ error, reset }: ErrorComponentProps) {
  return (
    <RouteErrorPage
      error={error}
      onRetry={() => {
        listPage.retry();
        editorPage.retry();
        activityPage.retry();
        jobsPage.retry();
        jobPage.retry();
        bulkEditDialog.retry();
        notFoundPage.retry();
        reset();
      }}
    />
  );
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppLayout,
  notFoundComponent: notFoundPage.Loaded,
  errorComponent: PageError,
  pendingComponent: PageLoader,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/agents', replace: true });
  },
});

// Loaders start the data together with the page's chunk and do not wait for either: the page
// shows its own skeleton, so opening an agent never waits on a chain of requests.
const agentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/agents',
  validateSearch: listSearchSchema,
  loader: ({ context }) => {
    listPage.preload();
    void context.queryClient.prefetchQuery(agentQueries.list());
  },
  // The bulk editor is its own feature: the list opens it without knowing its insides.
  component: function AgentsList() {
    return <listPage.Loaded BulkEdit={bulkEditDialog.Loaded} />;
  },
});

const agentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/agents/$agentId',
  loader: ({ context: { queryClient } }) => {
    editorPage.preload();
    // The selects' chunk too, so the form renders them at once instead of placeholders first.
    preloadComboboxInputs();
    // Only what is missing: the editor reuses the list already loaded, however old (it polls and
    // re-reads before saving), so opening an agent from the list sends no second GET /phone.
    void quietly(queryClient.ensureQueryData(agentQueries.list()));
    void quietly(queryClient.ensureQueryData(lookupQueries.voices()));
    void quietly(queryClient.ensureQueryData(lookupQueries.actions()));
    void quietly(queryClient.ensureQueryData(lookupQueries.training()));
  },
  component: editorPage.Loaded,
});

const activityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/activity',
  validateSearch: activitySearchSchema,
  loader: () => activityPage.preload(),
  component: activityPage.Loaded,
});

const jobsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/jobs',
  loader: ({ context }) => {
    jobsPage.preload();
    void context.queryClient.prefetchQuery(jobQueries.list());
  },
  component: jobsPage.Loaded,
});

const jobRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/jobs/$jobId',
  loader: ({ context, params }) => {
    jobPage.preload();
    void context.queryClient.prefetchQuery(jobQueries.detail(params.jobId));
  },
  component: jobPage.Loaded,
});

export const routeTree = rootRoute.addChildren([
  indexRoute,
  agentsRoute,
  agentRoute,
  activityRoute,
  jobsRoute,
  jobRoute,
]);
