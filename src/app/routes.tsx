import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './app-layout.tsx';
import { RouteErrorPage } from './route-error-page.tsx';

// Pages load lazily so the first paint carries only the shell and the page in view.
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/', element: <Navigate to="/agents" replace /> },
      {
        path: '/agents',
        lazy: async () => ({
          Component: (await import('../features/agents/pages/agents-list-page.tsx')).AgentsListPage,
        }),
      },
      {
        path: '/agents/:agentId',
        lazy: async () => ({
          Component: (await import('../features/agents/pages/agent-editor-page.tsx'))
            .AgentEditorPage,
        }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./not-found-page.tsx')).NotFoundPage }),
      },
    ],
  },
];
