import { screen } from '@testing-library/react';
import { Profiler, type ComponentType } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setupEditorTests } from '../../../test/editor-test-kit.ts';

const renders = vi.hoisted(() => new Map<string, number>());

/** The real component inside a Profiler that counts every commit of its tree. */
function counted<P extends object>(id: string, Real: ComponentType<P>) {
  return function Counted(props: P) {
    return (
      <Profiler id={id} onRender={() => renders.set(id, (renders.get(id) ?? 0) + 1)}>
        <Real {...props} />
      </Profiler>
    );
  };
}

vi.mock('./fields/voice-field.tsx', async (load) => {
  const real = await load<typeof import('./fields/voice-field.tsx')>();
  return { ...real, VoiceField: counted('Voice', real.VoiceField) };
});
vi.mock('./fields/language-field.tsx', async (load) => {
  const real = await load<typeof import('./fields/language-field.tsx')>();
  return { ...real, LanguageField: counted('Language', real.LanguageField) };
});
vi.mock('./fields/actions-field.tsx', async (load) => {
  const real = await load<typeof import('./fields/actions-field.tsx')>();
  return { ...real, ActionsField: counted('Actions', real.ActionsField) };
});
vi.mock('./fields/training-field.tsx', async (load) => {
  const real = await load<typeof import('./fields/training-field.tsx')>();
  return { ...real, TrainingField: counted('Training', real.TrainingField) };
});
vi.mock('../editor/save-bar.tsx', async (load) => {
  const real = await load<typeof import('../editor/save-bar.tsx')>();
  return { ...real, SaveBar: counted('Save bar', real.SaveBar) };
});

const { textbox, openEditor } = setupEditorTests();

describe('typing into the editor', { timeout: 30_000 }, () => {
  beforeEach(() => renders.clear());

  it('renders only the field and the change count, not the rest of the form', async () => {
    const user = await openEditor();
    // Let the lookups and lazy selects settle, then count from a quiet form.
    await screen.findByText('Book appointment');
    await screen.findByText('Greet callers warmly and state the business name');
    await new Promise((resolve) => setTimeout(resolve, 300));
    renders.clear();

    const typed = ' - main reception 12';
    expect(typed).toHaveLength(20);
    await user.type(textbox('Name'), typed);

    expect(textbox('Name')).toHaveValue(`Front Desk — Acme Dental${typed}`);
    expect(renders.get('Voice') ?? 0).toBe(0);
    expect(renders.get('Language') ?? 0).toBe(0);
    expect(renders.get('Actions') ?? 0).toBe(0);
    expect(renders.get('Training') ?? 0).toBe(0);
    expect(renders.get('Save bar') ?? 0).toBeLessThanOrEqual(20);
    expect(await screen.findByText('1 unsaved change')).toBeInTheDocument();
  });
});
