import { retryableLazy } from '../components/retryable-lazy.tsx';
import { Navigate } from './router/navigate.tsx';
import type { AppRoute } from './router/routes-outlet.tsx';

// Pages load lazily so the first paint carries only the shell and the page in view.
const listPage = retryableLazy(
  async () => (await import('../features/agents/pages/agents-list-page.tsx')).AgentsListPage,
);
const editorPage = retryableLazy(
  async () => (await import('../features/agents/pages/agent-editor-page.tsx')).AgentEditorPage,
);
const notFoundPage = retryableLazy(async () => (await import('./not-found-page.tsx')).NotFoundPage);

/** After a page's chunk failed to load (a network blip, a new release): fetch it again. */
export function retryPageLoads() {
  listPage.retry();
  editorPage.retry();
  notFoundPage.retry();
}

function RedirectToAgents() {
  return <Navigate to="/agents" />;
}

export const routes: AppRoute[] = [
  { path: '/', Component: RedirectToAgents },
  { path: '/agents', Component: listPage.Loaded },
  { path: '/agents/:agentId', Component: editorPage.Loaded },
  { path: '*', Component: notFoundPage.Loaded },
];
