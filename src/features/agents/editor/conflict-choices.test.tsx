// The accessible name of a group labelled by text with a visually hidden part: happy-dom computes
// it with spaces Chromium does not add, so this file runs on jsdom.
// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../../../test/render-with-mantine.tsx';
import { lookupQueries } from '../agent-queries.ts';
import type { AgentFormInput } from '../form/agent-form-values.ts';
import { ConflictChoices } from './conflict-choices.tsx';
import type { ConflictRequest } from './conflict-dialog.tsx';

const base: AgentFormInput = {
  name: 'Front desk',
  type: 'inbound',
  voice_id: 'voice_aria',
  language: 'en',
  first_message: 'Hello',
  handoff_phone_number: '+14155552028',
  use_org_knowledgebase: true,
  actions_mode: 'selected',
  action_ids: ['act_book'],
  instructions: ['sc_hours'],
};

function renderChoices(overrides: Partial<ConflictRequest> = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(lookupQueries.voices().queryKey, {
    unreadable: 0,
    items: [
      { id: 'voice_aria', name: 'Aria', language: 'en' },
      { id: 'voice_lucia', name: 'Lucía', language: 'es' },
    ],
  });
  queryClient.setQueryData(lookupQueries.actions().queryKey, {
    unreadable: 0,
    items: [
      { id: 'act_book', name: 'Book appointment' },
      { id: 'act_cancel', name: 'Cancel appointment' },
    ],
  });
  queryClient.setQueryData(lookupQueries.training().queryKey, {
    unreadable: 0,
    items: [
      { id: 'sc_hours', title: 'Opening hours' },
      { id: 'sc_refunds', title: 'Refunds', is_draft: true },
    ],
  });
  const resolve = vi.fn();
  const request: ConflictRequest = {
    keys: ['voice_id', 'actionIds', 'handoff_phone_number', 'instructions', 'language'],
    base,
    theirs: {
      ...base,
      voice_id: 'voice_lucia',
      action_ids: ['act_book', 'act_cancel'],
      handoff_phone_number: '+442071838750',
      instructions: ['sc_refunds'],
      language: 'es',
    },
    mine: {
      ...base,
      voice_id: null,
      actions_mode: 'none',
      handoff_phone_number: '',
      language: 'fr',
    },
    resolve,
    ...overrides,
  };
  renderWithMantine(
    <QueryClientProvider client={queryClient}>
      <ConflictChoices request={request} />
    </QueryClientProvider>,
  );
  return { resolve };
}

const section = (name: string) => screen.getByRole('region', { name });

describe('ConflictChoices', () => {
  it('puts each field’s name first, as a heading, above its versions and its choice', () => {
    renderChoices();
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'Voice',
      'Actions',
      'Handoff phone number',
      'Training scenarios',
      'Language',
    ]);
    const voice = section('Voice');
    const [heading, table, group] = [
      within(voice).getByRole('heading'),
      within(voice).getByRole('table', { name: 'Voice: the versions' }),
      within(voice).getByRole('radiogroup', { name: 'Which to keep: Voice' }),
    ];
    expect(heading.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(table.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Before', 'Theirs', 'Yours']);
  });

  it('shows names, not IDs, and phone numbers in international format', async () => {
    renderChoices();
    const cells = (name: string) =>
      within(section(name))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells('Voice')).toEqual(['Aria', 'Lucía', 'Default voice']);
    expect(cells('Actions')).toEqual([
      'Book appointment',
      'Book appointment, Cancel appointment',
      'No actions',
    ]);
    expect(cells('Training scenarios')).toEqual([
      'Opening hours',
      'Refunds (draft)',
      'Opening hours',
    ]);
    expect(cells('Language')).toEqual(['English (en)', 'Spanish (es)', 'French (fr)']);
    // libphonenumber-js arrives in its own chunk.
    await waitFor(() =>
      expect(cells('Handoff phone number')).toEqual([
        '+1 415 555 2028',
        '+44 20 7183 8750',
        '(no human handoff)',
      ]),
    );
    expect(document.body).not.toHaveTextContent(/voice_|act_|sc_/);
  });

  it('keeps mine unless told otherwise, and sends the choices on confirm', async () => {
    const user = userEvent.setup();
    const { resolve } = renderChoices();
    await user.click(within(section('Language')).getByRole('radio', { name: 'Take theirs' }));
    await user.click(screen.getByRole('button', { name: 'Save with these choices' }));
    expect(resolve).toHaveBeenCalledWith({
      voice_id: 'mine',
      actionIds: 'mine',
      handoff_phone_number: 'mine',
      instructions: 'mine',
      language: 'theirs',
    });
  });
});
