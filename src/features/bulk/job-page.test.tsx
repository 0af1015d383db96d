import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Job } from '../../api/schemas/bulk.ts';
import { setupFakeApi } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const { server } = setupFakeApi();
configure({ asyncUtilTimeout: 10_000 });

const ORDERS_ID = 'agent_orders';

function job(overrides: Partial<Job> = {}): Job {
  return {
    id: 'job_1',
    kind: 'edit',
    revertOf: null,
    status: 'running',
    user: 'alice',
    createdAt: new Date(Date.now() - 60_000).toISOString(),
    finishedAt: null,
    edit: { handoff_phone_number: '+14155550123' },
    counts: { total: 3, pending: 1, done: 1, skipped: 1, failed: 0 },
    secondsLeft: 150,
    steps: [
      {
        agentId: ORDERS_ID,
        agentName: 'Order Status',
        status: 'done',
        reason: null,
        changes: [
          { field: 'handoff_phone_number', before: '+442079460018', after: '+14155550123' },
        ],
        at: new Date().toISOString(),
      },
      {
        agentId: 'agent_returns',
        agentName: 'Returns Desk',
        status: 'skipped',
        reason: 'Nothing to change',
        changes: [],
        at: new Date().toISOString(),
      },
      {
        agentId: 'agent_billing',
        agentName: 'Billing',
        status: 'pending',
        reason: null,
        changes: [],
        at: null,
      },
    ],
    ...overrides,
  };
}

const completed = (overrides: Partial<Job> = {}) =>
  job({
    status: 'completed',
    finishedAt: new Date().toISOString(),
    secondsLeft: null,
    counts: { total: 3, pending: 0, done: 1, skipped: 1, failed: 1 },
    ...overrides,
  });

describe('a job page', { timeout: 30_000 }, () => {
  it('shows progress, counts, time left and each agent while running, and polls until done', async () => {
    const answers = [job(), job(), completed()];
    let gets = 0;
    server.use(
      http.get('*/api/jobs/job_1', () => {
        gets += 1;
        return HttpResponse.json(answers[Math.min(gets, answers.length) - 1]);
      }),
    );
    renderApp('/jobs/job_1');

    expect(await screen.findByRole('heading', { name: 'Bulk edit job' })).toBeVisible();
    expect(screen.getByText('Running')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: /2 of 3 agents/ })).toHaveAttribute(
      'aria-valuenow',
      '67',
    );
    expect(screen.getByText('1 done · 1 skipped · 0 failed · 1 pending')).toBeVisible();
    expect(screen.getByText('About 3 minutes left')).toBeVisible();
    const results = screen.getByRole('region', { name: 'Results per agent' });
    expect(within(results).getByRole('link', { name: 'Order Status' })).toHaveAttribute(
      'href',
      `/agents/${ORDERS_ID}`,
    );
    expect(within(results).getByText('Nothing to change')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Revert job' })).not.toBeInTheDocument();

    // Polled every 2 s while running; finished, it stops.
    expect(await screen.findByText('Completed', {}, { timeout: 8_000 })).toBeVisible();
    expect(screen.queryByText(/left$/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry failed' })).toBeVisible();
    expect(await screen.findByText('Handoff phone number: +1 415 555 0123')).toBeVisible();
    const settled = gets;
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(gets).toBe(settled);
  });

  it('pauses a running job, and a revert opens the new job’s own page', async () => {
    const posted: string[] = [];
    server.use(
      http.get('*/api/jobs/job_1', () => HttpResponse.json(job())),
      http.post('*/api/jobs/job_1/pause', () => {
        posted.push('pause');
        return HttpResponse.json(job({ status: 'paused', secondsLeft: null }));
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderApp('/jobs/job_1');

    await user.click(await screen.findByRole('button', { name: 'Pause' }));
    expect(await screen.findByText('Paused')).toBeVisible();
    expect(posted).toEqual(['pause']);
    expect(screen.getByRole('button', { name: 'Resume' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();

    const revert = completed({
      id: 'job_2',
      kind: 'revert',
      revertOf: 'job_1',
      status: 'running',
      finishedAt: null,
    });
    server.use(
      http.get('*/api/jobs/job_1', () => HttpResponse.json(completed())),
      http.post('*/api/jobs/job_1/revert', () => HttpResponse.json(revert, { status: 201 })),
      http.get('*/api/jobs/job_2', () => HttpResponse.json(revert)),
    );
    const { history } = renderApp('/jobs/job_1');
    await user.click(await screen.findByRole('button', { name: 'Revert job' }));
    await waitFor(() => expect(history.location.pathname).toBe('/jobs/job_2'));
    expect(await screen.findByRole('heading', { name: 'Revert job' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'the bulk edit' })).toHaveAttribute(
      'href',
      '/jobs/job_1',
    );
  });

  it('is linked from the header, says when there are no jobs or no such job, and lists jobs', async () => {
    server.use(
      http.get('*/api/jobs/nope', () =>
        HttpResponse.json(
          { statusCode: 404, message: 'Job not found', error: 'Not Found' },
          { status: 404 },
        ),
      ),
      http.get('*/api/jobs', () => HttpResponse.json({ jobs: [] })),
    );
    const user = userEvent.setup({ delay: null });
    renderApp('/agents');
    await user.click(await screen.findByRole('link', { name: 'Jobs' }));
    expect(await screen.findByText(/No bulk jobs yet/)).toBeVisible();

    renderApp('/jobs/nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no such job');
    expect(screen.getByRole('link', { name: 'All jobs' })).toHaveAttribute('href', '/jobs');

    server.use(http.get('*/api/jobs', () => HttpResponse.json({ jobs: [completed()] })));
    renderApp('/jobs');
    const table = await screen.findByRole('table', { name: 'Bulk jobs' });
    const row = within(table).getByRole('link', { name: 'Bulk edit: Handoff phone number' });
    expect(row).toHaveAttribute('href', '/jobs/job_1');
    expect(within(table).getByText('1 done, 1 skipped, 1 failed of 3')).toBeVisible();
    expect(within(table).getByText('alice')).toBeVisible();
  });
});
