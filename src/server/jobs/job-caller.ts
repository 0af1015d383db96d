import { HISTORY_SOURCE_HEADER } from '../../api/schemas/history.ts';
import { FAKE_TENANT_HEADER } from '../fake-opencx/fake-tenants.ts';
import { BULK_JOB_HEADER } from '../history/record-save.ts';

/** The gateway's own handler: the user travels as its env, as the production app passes it. */
export type GatewayFetch = (request: Request, env: { user?: string }) => Promise<Response>;

export interface JobCaller {
  call(
    method: 'GET' | 'PATCH',
    path: string,
    patch?: { body: unknown; jobId: string },
  ): Promise<Response>;
}

/**
 * Calls OpenCX as the job's user would, through the gateway: the same key, list cache, fake
 * tenant and History recording as a save from the editor.
 */
export function jobCaller(fetch: GatewayFetch, scope: string, user: string): JobCaller {
  const tenant = scope.startsWith('fake:') ? scope.slice('fake:'.length) : null;
  return {
    call(method, path, patch) {
      const headers = new Headers({ accept: 'application/json' });
      if (tenant) headers.set(FAKE_TENANT_HEADER, tenant);
      if (patch) {
        headers.set('content-type', 'application/json');
        headers.set(HISTORY_SOURCE_HEADER, 'bulk');
        headers.set(BULK_JOB_HEADER, patch.jobId);
      }
      const request = new Request(`http://localhost/api${path}`, {
        method,
        headers,
        body: patch ? JSON.stringify(patch.body) : undefined,
      });
      return fetch(request, { user });
    },
  };
}
