import { lazy } from 'react';
import { Navigate } from './router/navigate.tsx';
import type { AppRoute } from './router/routes-outlet.tsx';

// Pages load lazily so the first paint carries only the shell and the page in view.
const AgentsListPage = lazy(async () => ({
  default: (await import('../features/agents/pages/agents-list-page.tsx')).AgentsListPage,
}));
const AgentEditorPage = lazy(async () => ({
  default: (await import('../features/agents/pages/agent-editor-page.tsx')).AgentEditorPage,
}));
const NotFoundPage = lazy(async () => ({
  default: (await import('./not-found-page.tsx')).NotFoundPage,
}));

function RedirectToAgents() {
  return <Navigate to="/agents" />;
}

export const routes: AppRoute[] = [
  { path: '/', Component: RedirectToAgents },
  { path: '/agents', Component: AgentsListPage },
  { path: '/agents/:agentId', Component: AgentEditorPage },
  { path: '*', Component: NotFoundPage },
];
