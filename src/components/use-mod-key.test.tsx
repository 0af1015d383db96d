import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useModKey } from './use-mod-key.ts';

function Shortcut({ onSave }: { onSave: () => void }) {
  useModKey('s', onSave);
  return <input aria-label="Name" />;
}

describe('useModKey', () => {
  it('runs on Ctrl+S, also while typing in a field, and keeps the browser from saving the page', () => {
    const onSave = vi.fn();
    render(<Shortcut onSave={onSave} />);

    const event = new KeyboardEvent('keydown', {
      key: 's',
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
    });
    screen.getByRole('textbox', { name: 'Name' }).dispatchEvent(event);

    expect(onSave).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('takes ⌘+S as well, the usual shortcut on a Mac', () => {
    const onSave = vi.fn();
    render(<Shortcut onSave={onSave} />);
    fireEvent.keyDown(window, { key: 's', metaKey: true });
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('ignores the key alone and with Shift or Alt', () => {
    const onSave = vi.fn();
    render(<Shortcut onSave={onSave} />);

    fireEvent.keyDown(window, { key: 's' });
    fireEvent.keyDown(window, { key: 'S', ctrlKey: true, shiftKey: true });
    fireEvent.keyDown(window, { key: 's', ctrlKey: true, altKey: true });

    expect(onSave).not.toHaveBeenCalled();
  });

  it('stops listening once unmounted', () => {
    const onSave = vi.fn();
    const { unmount } = render(<Shortcut onSave={onSave} />);
    unmount();
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    expect(onSave).not.toHaveBeenCalled();
  });
});
