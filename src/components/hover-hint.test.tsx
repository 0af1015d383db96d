import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render-with-mantine.tsx';
import { HoverHint } from './hover-hint.tsx';
import { RelativeTime } from './relative-time.tsx';

describe('HoverHint', () => {
  it('shows on hover and hides when the pointer leaves', async () => {
    const user = userEvent.setup();
    renderWithMantine(
      <HoverHint label="Play a preview">
        <button type="button">Play</button>
      </HoverHint>,
    );
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.hover(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Play a preview');

    await user.unhover(screen.getByRole('button', { name: 'Play' }));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('shows on keyboard focus and hides on Escape', async () => {
    const user = userEvent.setup();
    renderWithMantine(
      <HoverHint label="Copy agent ID">
        <button type="button">Copy</button>
      </HoverHint>,
    );

    await user.tab();
    expect(screen.getByRole('button', { name: 'Copy' })).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Copy agent ID');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});

describe('RelativeTime', () => {
  it('describes the time with its exact local and UTC values even before a hover', () => {
    renderWithMantine(<RelativeTime iso="2026-10-02T18:34:00.000Z" />);
    const time = screen.getByText((_, el) => el?.tagName === 'TIME');
    expect(time).toHaveAttribute('datetime', '2026-10-02T18:34:00.000Z');
    expect(time).toHaveAccessibleDescription(/2026-10-02T18:34:00\.000Z \(UTC\)/);
    expect(time).toHaveAccessibleDescription(/\(local\)/);
  });
});
