import { AppLayout } from './app-layout.tsx';
import type { AppHistory } from './router/history.ts';
import { HistoryContext } from './router/router-context.ts';

export function AppRouter({ history }: { history: AppHistory }) {
  return (
    <HistoryContext.Provider value={history}>
      <AppLayout />
    </HistoryContext.Provider>
  );
}
