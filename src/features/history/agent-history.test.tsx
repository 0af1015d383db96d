import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { HistoryPage } from '../../api/schemas/history.ts';
import {
  FIRST_AGENT_ID,
  setupEditorTests,
  findHistorySection,
} from '../../test/editor-test-kit.ts';

const { server, textbox, saveButton, patches, openEditor, queryClient } = setupEditorTests();

const page: HistoryPage = {
  entries: [
    {
      id: 2,
      at: new Date(Date.now() - 3 * 60_000).toISOString(),
      user: 'alice',
      agentId: FIRST_AGENT_ID,
      agentName: 'Billing',
      kind: 'save',
      source: 'editor',
      outcome: 'saved',
      reason: null,
      changes: [
        { field: 'name', before: 'Front Desk — Acme Dental', after: 'Billing' },
        { field: 'voice_id', before: 'voice_marcus_en_us', after: 'voice_aria_en_us' },
      ],
    },
    {
      id: 1,
      at: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      user: 'outside the console',
      agentId: FIRST_AGENT_ID,
      agentName: 'Front Desk — Acme Dental',
      kind: 'outside',
      source: null,
      outcome: 'observed',
      reason: null,
      changes: [{ field: 'actionIds', before: null, after: ['act_book_appointment'] }],
    },
  ],
  next: null,
  unrecorded: 0,
};

describe('the History section', { timeout: 30_000 }, () => {
  it('lists changes newest first, in words, with who and when', async () => {
    const asked: string[] = [];
    server.use(
      http.get('*/api/history', ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json(page);
      }),
    );
    await openEditor();
    const section = await findHistorySection();
    const items = await within(section).findAllByRole('listitem');
    expect(asked[0]).toContain(`agent=${FIRST_AGENT_ID}`);
    const [first, second] = items.filter((item) => item.querySelector('time'));
    expect(first).toHaveTextContent('alice saved');
    expect(within(first as HTMLElement).getByText('Editor')).toBeInTheDocument();
    expect(first).toHaveTextContent('3 minutes ago');
    expect(first).toHaveTextContent('Name: Front Desk — Acme Dental → Billing');
    await waitFor(() => expect(first).toHaveTextContent('Voice: Marcus → Aria'));
    expect(second).toHaveTextContent('Changed outside the console');
    expect(within(second as HTMLElement).queryByText('Editor')).toBeNull();
    expect(second).toHaveTextContent('2 days ago');
    await waitFor(() =>
      expect(second).toHaveTextContent('Actions: All actions → Book appointment'),
    );
  });

  it('Revert puts the old values into the form as unsaved changes and saves nothing', async () => {
    server.use(http.get('*/api/history', () => HttpResponse.json(page)));
    const user = await openEditor();
    const section = await findHistorySection();
    const [revert] = await within(section).findAllByRole('button', { name: 'Revert this change' });
    if (!revert) throw new Error('no Revert button');
    await user.click(revert);
    expect(textbox('Name')).toHaveValue('Front Desk — Acme Dental');
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Voice' }).value).toMatch(
        /^Marcus/,
      ),
    );
    expect(screen.getByText(/^\d+ unsaved changes?$/)).toBeInTheDocument();
    expect(saveButton()).not.toHaveAttribute('aria-disabled');
    expect(patches()).toHaveLength(0);
  });

  it('says when the server holds changes it could not write to its database yet', async () => {
    let unrecorded = 2;
    server.use(http.get('*/api/history', () => HttpResponse.json({ ...page, unrecorded })));
    await openEditor();
    const section = await findHistorySection();
    const banner = await within(section).findByText('Some changes are not in the history yet');
    expect(section).toHaveTextContent('The server could not write 2 changes to its database.');

    unrecorded = 0;
    await queryClient().invalidateQueries({ queryKey: ['history'] });
    await waitFor(() => expect(banner).not.toBeInTheDocument());
  });
});
