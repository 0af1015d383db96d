import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { HistoryPage } from '../../../api/schemas/history.ts';
import {
  FIRST_AGENT_ID,
  setupEditorTests,
  findHistorySection,
} from '../../../test/editor-test-kit.ts';

const { server, textbox, saveButton, patches, openEditor, replaceText } = setupEditorTests();

const OLD_NAME = 'Front Desk — Acme Dental';

// An entry whose Revert puts the seed's name back over "Billing".
const renamed: HistoryPage = {
  entries: [
    {
      id: 1,
      at: new Date(Date.now() - 60_000).toISOString(),
      user: 'alice',
      agentId: FIRST_AGENT_ID,
      agentName: 'Billing',
      kind: 'save',
      source: 'editor',
      outcome: 'saved',
      reason: null,
      changes: [{ field: 'name', before: OLD_NAME, after: 'Billing' }],
    },
  ],
  next: null,
  unrecorded: 0,
};

async function revertFromHistory(user: Awaited<ReturnType<typeof openEditor>>) {
  const section = await findHistorySection();
  await user.click(await within(section).findByRole('button', { name: 'Revert this change' }));
}

describe('what a save tells the server started it', { timeout: 30_000 }, () => {
  it('an ordinary save says editor', async () => {
    const user = await openEditor();
    await replaceText(user, 'Name', 'Billing');
    await user.click(saveButton());
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(patches()[0]?.source).toBe('editor');
  });

  it("a save of History's Revert says revert", async () => {
    server.use(http.get('*/api/history', () => HttpResponse.json(renamed)));
    const user = await openEditor();
    await replaceText(user, 'Name', 'Billing');
    await user.click(saveButton());
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(await screen.findByText('Saved: Name')).toBeInTheDocument();

    await revertFromHistory(user);
    expect(textbox('Name')).toHaveValue(OLD_NAME);
    await user.click(saveButton());
    await waitFor(() => expect(patches()).toHaveLength(2));
    expect(JSON.parse(patches()[1]?.body ?? '')).toEqual({ name: OLD_NAME });
    expect(patches()[1]?.source).toBe('revert');
  });

  it("a reverted value typed over is the editor's", async () => {
    server.use(http.get('*/api/history', () => HttpResponse.json(renamed)));
    const user = await openEditor();
    await replaceText(user, 'Name', 'Billing');
    await user.click(saveButton());
    expect(await screen.findByText('Saved: Name')).toBeInTheDocument();

    await revertFromHistory(user);
    await user.type(textbox('Name'), ' (main)');
    await user.click(saveButton());
    await waitFor(() => expect(patches()).toHaveLength(2));
    expect(JSON.parse(patches()[1]?.body ?? '')).toEqual({ name: `${OLD_NAME} (main)` });
    expect(patches()[1]?.source).toBe('editor');
  });

  it('a save with a reverted field and a typed one says editor', async () => {
    server.use(http.get('*/api/history', () => HttpResponse.json(renamed)));
    const user = await openEditor();
    await replaceText(user, 'Name', 'Billing');
    await user.click(saveButton());
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(await screen.findByText('Saved: Name')).toBeInTheDocument();

    await revertFromHistory(user);
    await replaceText(user, 'First message', 'Hi there');
    await user.click(saveButton());
    await waitFor(() => expect(patches()).toHaveLength(2));
    expect(Object.keys(JSON.parse(patches()[1]?.body ?? '') as object).sort()).toEqual([
      'first_message',
      'name',
    ]);
    expect(patches()[1]?.source).toBe('editor');
  });

  it('Undo after a save says undo', async () => {
    const user = await openEditor();
    await replaceText(user, 'Name', 'Billing');
    await user.click(saveButton());
    expect(await screen.findByText('Saved: Name')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(patches()).toHaveLength(2));
    expect(JSON.parse(patches()[1]?.body ?? '')).toEqual({ name: OLD_NAME });
    expect(patches()[1]?.source).toBe('undo');
  });
});
