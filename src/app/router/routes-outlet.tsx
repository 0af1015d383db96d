import { Suspense, type ComponentType, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary.tsx';
import { matchRoute } from './match-route.ts';
import { ParamsContext, useLocation } from './router-context.ts';

export interface AppRoute {
  path: string;
  Component: ComponentType;
}

interface RoutesOutletProps {
  routes: AppRoute[];
  fallback: ReactNode;
  errorFallback: (error: unknown, reset: () => void) => ReactNode;
}

/** Renders the first route matching the address; render errors stay inside the page area. */
export function RoutesOutlet({ routes, fallback, errorFallback }: RoutesOutletProps) {
  const { pathname } = useLocation();
  for (const route of routes) {
    const params = matchRoute(route.path, pathname);
    if (params) {
      return (
        <ParamsContext.Provider value={params}>
          <ErrorBoundary resetKey={pathname} fallback={errorFallback}>
            <Suspense fallback={fallback}>
              <route.Component />
            </Suspense>
          </ErrorBoundary>
        </ParamsContext.Provider>
      );
    }
  }
  return null;
}
