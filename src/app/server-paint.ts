import { SERVER_STATE_ID, type ServerQueries } from '../api/server-state.ts';
import type { AppClients } from './app.tsx';

/**
 * When the server sent the page already rendered (src/server/production/server-rendering.ts),
 * takes its data into the query cache and waits until the route's code is there too, so the app's
 * first render shows the same page at once and replaces the server's markup with no loading step
 * in between. A failure shows as the route's own error once the app renders.
 */
export async function takeOverServerPaint({ queryClient, router }: AppClients): Promise<void> {
  const script = document.getElementById(SERVER_STATE_ID);
  if (!script) return;
  script.remove();
  for (const [key, data] of JSON.parse(script.textContent) as ServerQueries) {
    queryClient.setQueryData(key, data);
  }
  await router.load();
}
