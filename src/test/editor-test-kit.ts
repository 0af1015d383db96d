import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { setupFakeApi } from './fake-api.ts';
import { renderApp } from './render-app.tsx';

export const FIRST_AGENT_ID = '3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c1f42';

export type User = ReturnType<typeof userEvent.setup>;

/**
 * What the editor's component tests share: the fake API, and helpers that drive the form by role
 * and label as a person would. Call once at the top level of a test file.
 */
export function setupEditorTests() {
  const api = setupFakeApi();
  // The whole app renders in happy-dom, lazy routes and all: give it more than the default second.
  configure({ asyncUtilTimeout: 10_000 });

  let view: ReturnType<typeof renderApp> | null = null;
  /** The cache of the app opened last, to trigger what a refetch on focus or interval would. */
  const queryClient = () => {
    if (!view) throw new Error('openEditor() first');
    return view.queryClient;
  };

  const textbox = (name: string) => screen.getByRole('textbox', { name });
  const saveButton = () => screen.getByRole('button', { name: 'Save changes' });
  const patches = () => api.requests.filter((r) => r.method === 'PATCH');

  /** Opens the editor at `agentId` and waits until the whole form shows the agent. */
  async function openEditor(agentId = FIRST_AGENT_ID) {
    // No pause between keystrokes: every key re-renders the whole form, which is slow in a test DOM.
    const user = userEvent.setup({ delay: null });
    view = renderApp(`/agents/${agentId}`);
    await screen.findByRole('textbox', { name: 'Name' });
    // The searchable selects arrive in their own chunk, a moment after the rest of the form.
    await screen.findByRole('combobox', { name: 'Language' });
    return user;
  }

  /** Replaces a text field's content the way a person pastes over it. */
  async function replaceText(user: User, name: string, text: string) {
    await user.clear(textbox(name));
    await user.paste(text);
  }

  /** Clicks Save and returns the parsed body of the one PATCH it sent. */
  async function saveAndReadPatch(user: User, agentId: string) {
    await user.click(saveButton());
    await waitFor(() => expect(patches()).toHaveLength(1));
    const [patch] = patches();
    expect(patch?.path).toBe(`/api/phone/${agentId}`);
    return JSON.parse(patch?.body ?? '') as Record<string, unknown>;
  }

  return {
    ...api,
    queryClient,
    textbox,
    saveButton,
    patches,
    openEditor,
    replaceText,
    saveAndReadPatch,
  };
}

/** The editor's History section once its code is there (it is fetched after the form's). */
export async function findHistorySection(): Promise<HTMLElement> {
  await waitFor(() => expect(screen.queryByLabelText('Loading the history')).toBeNull());
  return screen.getByRole('region', { name: 'History' });
}
