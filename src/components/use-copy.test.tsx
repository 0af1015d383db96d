import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../test/render-with-mantine.tsx';
import { CopyIconButton } from './copy-icon-button.tsx';

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('CopyIconButton', () => {
  it('copies the value, says so, and goes back to its label', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const user = userEvent.setup();
    renderWithMantine(<CopyIconButton value="3f6c2a1e" label="Copy agent ID" />);
    // userEvent installs its own clipboard on setup; this one records what the app wrote.
    stubClipboard(writeText);

    await user.click(screen.getByRole('button', { name: 'Copy agent ID' }));

    expect(writeText).toHaveBeenCalledWith('3f6c2a1e');
    expect(await screen.findByRole('status')).toHaveTextContent('Copied');
    await act(() => new Promise((resolve) => setTimeout(resolve, 1600)));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says when the browser refuses, so the user copies by hand', async () => {
    const user = userEvent.setup();
    renderWithMantine(<CopyIconButton value="3f6c2a1e" label="Copy agent ID" />);
    stubClipboard(() => Promise.reject(new Error('NotAllowedError')));

    await user.click(screen.getByRole('button', { name: 'Copy agent ID' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Could not copy: select the text and copy it',
    );
  });
});
