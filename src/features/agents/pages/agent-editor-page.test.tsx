import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_AGENT_ID, setupEditorTests } from '../../../test/editor-test-kit.ts';
import { renderApp } from '../../../test/render-app.tsx';

const {
  gateway,
  requests,
  queryClient,
  textbox,
  saveButton,
  patches,
  openEditor,
  replaceText,
  saveAndReadPatch,
} = setupEditorTests();

const FIRST_AGENT_NAME = 'Front Desk — Acme Dental';
const FIRST_AGENT_MESSAGE =
  'Thanks for calling Acme Dental, this is Aria. How can I help you today?';

describe('agent editor page', { timeout: 30_000 }, () => {
  it('fills every field from the agent and keeps Save disabled until something changes', async () => {
    await openEditor();

    expect(screen.getByRole('heading', { level: 1, name: FIRST_AGENT_NAME })).toBeInTheDocument();
    expect(textbox('Name')).toHaveValue(FIRST_AGENT_NAME);
    expect(screen.getByRole('radio', { name: 'Inbound' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Outbound' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('English (en)');
    expect(textbox('First message')).toHaveValue(FIRST_AGENT_MESSAGE);
    expect(textbox('Handoff phone number')).toHaveValue('+14155550123');
    expect(screen.getByRole('switch', { name: /Use knowledge base/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Selected actions' })).toBeChecked();
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Voice' }).value).toMatch(
        /^Aria/,
      ),
    );
    expect(await screen.findByText('Book appointment')).toBeInTheDocument();
    expect(screen.getByText('Reschedule appointment')).toBeInTheDocument();
    expect(
      await screen.findByText('Greet callers warmly and state the business name'),
    ).toBeInTheDocument();
    expect(screen.getByText(FIRST_AGENT_ID)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy agent ID' })).toBeInTheDocument();

    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Discard changes' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('copies the agent ID to the clipboard', async () => {
    const user = await openEditor();

    await user.click(screen.getByRole('button', { name: 'Copy agent ID' }));

    expect(await navigator.clipboard.readText()).toBe(FIRST_AGENT_ID);
  });

  it('saves a Name and First message change as one PATCH with exactly those keys', async () => {
    const user = await openEditor();

    await replaceText(user, 'Name', 'Front Desk — Acme Dental (main)');
    await replaceText(user, 'First message', 'Acme Dental, good morning!');
    expect(saveButton()).not.toHaveAttribute('aria-disabled');

    const body = await saveAndReadPatch(user, FIRST_AGENT_ID);
    expect(body).toEqual({
      name: 'Front Desk — Acme Dental (main)',
      first_message: 'Acme Dental, good morning!',
    });

    expect(await screen.findByText('Saved: Name, First message')).toBeInTheDocument();
    await waitFor(() => expect(saveButton()).toHaveAttribute('aria-disabled', 'true'));
    expect(textbox('Name')).toHaveValue('Front Desk — Acme Dental (main)');
    expect(patches()).toHaveLength(1);
    expect(gateway.fake?.store.findAgent(FIRST_AGENT_ID)?.name).toBe(
      'Front Desk — Acme Dental (main)',
    );
  });

  it('saves a keystroke clicked away before the save bar has shown it', async () => {
    await openEditor();
    const name = textbox('Name');

    // One task, no frame in between: the bar still says nothing is unsaved when Save is clicked.
    fireEvent.input(name, { target: { value: `${FIRST_AGENT_NAME}!` } });
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(saveButton());

    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(JSON.parse(patches()[0]?.body ?? '')).toEqual({ name: `${FIRST_AGENT_NAME}!` });
    expect(await screen.findByText('Saved: Name')).toBeInTheDocument();
  });

  it('does nothing when Save, Review or Discard is clicked with nothing to save', async () => {
    const user = await openEditor();

    await user.click(saveButton());
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));

    expect(screen.queryByRole('dialog', { name: 'Review changes' })).toBeNull();
    expect(requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
    expect(screen.getByText('No unsaved changes')).toBeInTheDocument();
  });

  it('keeps Save disabled when a value is typed and then typed back', async () => {
    const user = await openEditor();

    await user.type(textbox('First message'), ' Bye');
    await waitFor(() => expect(saveButton()).not.toHaveAttribute('aria-disabled'));
    await user.type(textbox('First message'), '{Backspace}{Backspace}{Backspace}{Backspace}');

    expect(textbox('First message')).toHaveValue(FIRST_AGENT_MESSAGE);
    await waitFor(() => expect(saveButton()).toHaveAttribute('aria-disabled', 'true'));
  });

  it('does not treat trailing spaces on the name as a change', async () => {
    const user = await openEditor();

    await user.type(textbox('Name'), '  ');
    expect(textbox('Name')).toHaveValue(`${FIRST_AGENT_NAME}  `);
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');

    // Ctrl+S must not sneak a save past the disabled button either: it only tidies the name.
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(textbox('Name')).toHaveValue(FIRST_AGENT_NAME));
    expect(patches()).toHaveLength(0);
  });

  it('sends first_message null when the First message box is cleared', async () => {
    const user = await openEditor();

    await user.clear(textbox('First message'));

    expect(await saveAndReadPatch(user, FIRST_AGENT_ID)).toEqual({ first_message: null });
  });

  it('saves with Ctrl+S, and a second Save while the first is in flight sends nothing more', async () => {
    gateway.fake?.store.addFaults([
      { method: 'PATCH', path: `/phone/${FIRST_AGENT_ID}`, kind: 'slow', delayMs: 500, times: 1 },
    ]);
    const user = await openEditor();

    await user.click(screen.getByRole('radio', { name: 'Outbound' }));
    await user.keyboard('{Control>}s{/Control}');
    await user.keyboard('{Control>}s{/Control}');
    await user.click(saveButton());

    expect(await screen.findByText('Saved: Type')).toBeInTheDocument();
    expect(patches().map((p) => JSON.parse(p.body) as unknown)).toEqual([{ type: 'outbound' }]);
    expect(screen.getByRole('radio', { name: 'Outbound' })).toBeChecked();
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
  });

  it('keeps what was typed while a save was in flight as an unsaved change', async () => {
    gateway.fake?.store.addFaults([
      { method: 'PATCH', path: `/phone/${FIRST_AGENT_ID}`, kind: 'slow', delayMs: 500, times: 1 },
    ]);
    const user = await openEditor();

    await user.click(screen.getByRole('switch', { name: /Use knowledge base/ }));
    await user.click(saveButton());
    await user.click(textbox('Name'));
    await user.paste(' (busy)');

    expect(await screen.findByText('Saved: Use knowledge base')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /Use knowledge base/ })).not.toBeChecked();
    expect(textbox('Name')).toHaveValue(`${FIRST_AGENT_NAME} (busy)`);
    expect(saveButton()).not.toHaveAttribute('aria-disabled');
    expect(patches().map((p) => JSON.parse(p.body) as unknown)).toEqual([
      { use_org_knowledgebase: false },
    ]);
  });

  it("merges a colleague's save of another field instead of overwriting it", async () => {
    const user = await openEditor();
    await replaceText(user, 'First message', 'Mine: hello there.');
    // A colleague saves the name while this form is open.
    const colleague = await gateway.app.request(`/api/phone/${FIRST_AGENT_ID}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Renamed by a colleague' }),
    });
    expect(colleague.status).toBe(200);

    await user.click(saveButton());

    expect(await screen.findByText('Saved: First message')).toBeInTheDocument();
    const mine = patches().filter((p) => !p.body.includes('colleague'));
    expect(mine.map((p) => JSON.parse(p.body) as unknown)).toEqual([
      { first_message: 'Mine: hello there.' },
    ]);
    expect(textbox('Name')).toHaveValue('Renamed by a colleague');
  });

  it('asks which value wins when a colleague changed the same field', async () => {
    const user = await openEditor();
    await replaceText(user, 'Name', 'Mine');
    await gateway.app.request(`/api/phone/${FIRST_AGENT_ID}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Their name' }),
    });

    await user.click(saveButton());
    const dialog = await screen.findByRole('dialog', {
      name: 'Someone else changed the same fields',
    });
    // The choices load with the dialog's first opening.
    expect(await within(dialog).findByRole('cell', { name: 'Their name' })).toBeInTheDocument();
    expect(within(dialog).getByRole('cell', { name: 'Mine' })).toBeInTheDocument();
    expect(within(dialog).getByRole('cell', { name: FIRST_AGENT_NAME })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'Take theirs' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save with these choices' }));

    await waitFor(() => expect(textbox('Name')).toHaveValue('Their name'));
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    expect(gateway.fake?.store.findAgent(FIRST_AGENT_ID)?.name).toBe('Their name');
  });

  it('keeps the form and the edits when a refetch finds the agent deleted', async () => {
    const user = await openEditor();
    await replaceText(user, 'Name', 'Edited before the delete');
    const deleted = await gateway.app.request(`/api/__fake/agents/${FIRST_AGENT_ID}`, {
      method: 'DELETE',
    });
    expect(deleted.status).toBe(200);

    await act(async () => {
      await queryClient().refetchQueries();
    });

    expect(await screen.findByText('This agent was deleted in OpenCX')).toBeInTheDocument();
    expect(textbox('Name')).toHaveValue('Edited before the delete');
    await user.click(saveButton());
    expect(
      await screen.findByRole('button', { name: 'Copy my edits as JSON' }),
    ).toBeInTheDocument();
    expect(patches()).toHaveLength(0);
  });

  it('shows the edits as JSON to copy by hand when the clipboard refuses', async () => {
    const user = await openEditor();
    await replaceText(user, 'Name', 'Edited before the delete');
    await gateway.app.request(`/api/__fake/agents/${FIRST_AGENT_ID}`, { method: 'DELETE' });
    await user.click(saveButton());
    const copyEdits = await screen.findByRole('button', { name: 'Copy my edits as JSON' });
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('NotAllowedError')) },
    });

    try {
      await user.click(copyEdits);
    } finally {
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
    }

    const json = await screen.findByRole('textbox', { name: /Your edits as JSON/ });
    expect(JSON.parse((json as HTMLTextAreaElement).value)).toMatchObject({
      name: 'Edited before the delete',
    });
    expect(json).toHaveAttribute('readonly');
  });

  it('Discard changes restores the saved values', async () => {
    const user = await openEditor();

    await replaceText(user, 'Name', 'Something else');
    await user.clear(textbox('First message'));
    await user.click(screen.getByRole('radio', { name: 'Outbound' }));
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));

    expect(textbox('Name')).toHaveValue(FIRST_AGENT_NAME);
    expect(textbox('First message')).toHaveValue(FIRST_AGENT_MESSAGE);
    expect(screen.getByRole('radio', { name: 'Inbound' })).toBeChecked();
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    expect(patches()).toHaveLength(0);
  });

  it('says "Agent not found" for an ID that does not exist', async () => {
    renderApp('/agents/00000000-0000-4000-8000-000000000000');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Agent not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText('00000000-0000-4000-8000-000000000000')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Name' })).not.toBeInTheDocument();
  });

  it('keeps the typed values and shows the message when OpenCX rejects the PATCH', async () => {
    gateway.fake?.store.addFaults([
      {
        method: 'PATCH',
        path: `/phone/${FIRST_AGENT_ID}`,
        kind: 'status',
        status: 400,
        body: '{"statusCode":400,"message":["greeting is too long for the voice"],"error":"Bad Request"}',
        contentType: 'application/json',
        times: 1,
      },
    ]);
    const user = await openEditor();

    await replaceText(user, 'First message', 'A very long greeting');
    await user.click(saveButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The changes were not saved');
    expect(alert).toHaveTextContent('greeting is too long for the voice');
    expect(textbox('First message')).toHaveValue('A very long greeting');
    expect(saveButton()).not.toHaveAttribute('aria-disabled');
    expect(patches()).toHaveLength(1);
    expect(gateway.fake?.store.findAgent(FIRST_AGENT_ID)?.first_message).toBe(FIRST_AGENT_MESSAGE);
  });

  it('shows a 400 message that names a field on that field', async () => {
    gateway.fake?.store.addFaults([
      {
        method: 'PATCH',
        path: `/phone/${FIRST_AGENT_ID}`,
        kind: 'status',
        status: 400,
        body: '{"statusCode":400,"message":["name must be shorter than 60 characters"],"error":"Bad Request"}',
        contentType: 'application/json',
        times: 1,
      },
    ]);
    const user = await openEditor();

    await user.click(textbox('Name'));
    await user.paste(' with a much longer name');
    await user.click(saveButton());

    await waitFor(() => expect(textbox('Name')).toHaveAttribute('aria-invalid', 'true'));
    expect(textbox('Name')).toHaveAccessibleDescription(
      expect.stringContaining('name must be shorter than 60 characters'),
    );
    expect(textbox('Name')).toHaveValue(`${FIRST_AGENT_NAME} with a much longer name`);
  });
});
