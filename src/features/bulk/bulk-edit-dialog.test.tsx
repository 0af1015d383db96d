import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { CreateJobRequest, Job } from '../../api/schemas/bulk.ts';
import { setupFakeApi } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const { server } = setupFakeApi();
configure({ asyncUtilTimeout: 10_000 });

const RETURNS = 'Returns Desk — Northwind Outfitters';
const ORDERS = 'Order Status — Northwind Outfitters';

async function openBulkEdit() {
  const user = userEvent.setup({ delay: null });
  const view = renderApp('/agents?q=northwind');
  await screen.findByRole('link', { name: ORDERS });
  await user.click(screen.getByRole('button', { name: 'Select all 2 matching' }));
  await user.click(screen.getByRole('button', { name: 'Bulk edit 2 agents' }));
  const dialog = await screen.findByRole('dialog', { name: 'Bulk edit 2 agents' });
  return { user, dialog, ...view };
}

const preview = () => screen.getByRole('region', { name: 'Changes per agent' });
const previewItem = (name: string) =>
  within(preview())
    .getAllByRole('listitem')
    .find((item) => item.firstElementChild?.textContent === name);

describe('the bulk edit', { timeout: 60_000 }, () => {
  it('refuses an empty edit and an unparseable number on the field, then previews with skipped agents', async () => {
    const { user, dialog } = await openBulkEdit();

    await user.click(within(dialog).getByRole('button', { name: 'Preview changes' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Switch on at least one field to change.',
    );

    await user.click(within(dialog).getByRole('switch', { name: 'Change handoff phone number' }));
    const handoff = within(dialog).getByRole('textbox', { name: 'New handoff phone number' });
    await user.type(handoff, '415 555');
    await user.click(within(dialog).getByRole('button', { name: 'Preview changes' }));
    await waitFor(() => expect(handoff).toHaveAttribute('aria-invalid', 'true'));
    expect(handoff).toHaveAccessibleDescription(/Start with \+ and the country code/);

    await user.clear(handoff);
    await user.type(handoff, '+1 415 555 0123');
    await user.click(within(dialog).getByRole('button', { name: 'Preview changes' }));

    expect(await within(dialog).findByText(/1 agent will change; 1 skipped/)).toBeVisible();
    expect(previewItem(ORDERS)).toHaveTextContent(
      'Handoff phone number: +44 20 7946 0018 → +1 415 555 0123',
    );
    expect(previewItem(RETURNS)).toHaveTextContent('Skipped: Nothing to change');

    await user.click(within(dialog).getByRole('button', { name: 'Back to the form' }));
    expect(within(dialog).getByRole('textbox', { name: 'New handoff phone number' })).toHaveValue(
      '+1 415 555 0123',
    );
  });

  it('asks for the actions to add, shows a 400 about unknown IDs on that field, and opens the job once started', async () => {
    const sent: CreateJobRequest[] = [];
    let refuse = true;
    server.use(
      http.post('*/api/jobs', async ({ request }) => {
        const body = (await request.json()) as CreateJobRequest;
        sent.push(body);
        if (refuse) {
          refuse = false;
          return HttpResponse.json(
            {
              statusCode: 400,
              message: 'edit.actions.ids: unknown action ID act_book_appointment',
              error: 'Bad Request',
            },
            { status: 400 },
          );
        }
        return HttpResponse.json(job(body), { status: 201 });
      }),
      http.get('*/api/jobs/job_7', () => HttpResponse.json(job(sent.at(-1) as CreateJobRequest))),
    );
    const { user, dialog, history } = await openBulkEdit();

    const actions = within(dialog).getByRole('radiogroup', { name: 'Actions' });
    await user.click(within(actions).getByRole('radio', { name: 'Add' }));
    await user.click(within(dialog).getByRole('button', { name: 'Preview changes' }));
    const picker = await within(dialog).findByRole('combobox', { name: 'Actions to add' });
    await waitFor(() => expect(picker).toHaveAccessibleDescription(/Pick the actions to add/));

    await user.click(picker);
    await user.click(await screen.findByRole('option', { name: 'Book appointment' }));
    await user.click(within(dialog).getByRole('button', { name: 'Preview changes' }));
    // Validation is asynchronous (the phone parser loads on demand): wait for the preview.
    await within(dialog).findByRole('region', { name: 'Changes per agent' });
    expect(previewItem(ORDERS)).toHaveTextContent(/Actions: .*→ .*Book appointment/);

    await user.click(within(dialog).getByRole('button', { name: 'Start job' }));
    const refused = await within(dialog).findByRole('combobox', { name: 'Actions to add' });
    await waitFor(() =>
      expect(refused).toHaveAccessibleDescription(/Unknown action ID act_book_appointment/),
    );
    expect(sent[0]?.edit).toEqual({ actions: { mode: 'add', ids: ['act_book_appointment'] } });
    expect(sent[0]?.agentIds).toHaveLength(2);

    await user.click(within(dialog).getByRole('button', { name: 'Preview changes' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Start job' }));
    await waitFor(() => expect(history.location.pathname).toBe('/jobs/job_7'));
    expect(await screen.findByRole('heading', { name: 'Bulk edit job' })).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

function job(request: CreateJobRequest): Job {
  return {
    id: 'job_7',
    kind: 'edit',
    revertOf: null,
    status: 'running',
    user: 'local',
    createdAt: new Date().toISOString(),
    finishedAt: null,
    edit: request.edit,
    counts: { total: 2, pending: 2, done: 0, skipped: 0, failed: 0 },
    secondsLeft: 2,
    steps: request.agentIds.map((agentId) => ({
      agentId,
      agentName: agentId,
      status: 'pending',
      reason: null,
      changes: [],
      at: null,
    })),
  };
}
