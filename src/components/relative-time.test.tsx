import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render-with-mantine.tsx';
import { formatRelative, RelativeTime } from './relative-time.tsx';

describe('RelativeTime', () => {
  it('describes the time with its exact local and UTC values even before a hover', () => {
    renderWithMantine(<RelativeTime iso="2026-10-02T18:34:00.000Z" />);
    const time = screen.getByText((_, el) => el?.tagName === 'TIME');
    expect(time).toHaveAttribute('datetime', '2026-10-02T18:34:00.000Z');
    expect(time).toHaveAccessibleDescription(/2026-10-02T18:34:00\.000Z \(UTC\)/);
    expect(time).toHaveAccessibleDescription(/\(local\)/);
  });

  it('never speaks of the future: a time ahead of this clock is "just now"', () => {
    const now = new Date('2026-10-02T18:34:00.000Z');
    expect(formatRelative(new Date('2026-10-02T18:34:13.000Z'), now)).toBe('just now');
    expect(formatRelative(new Date('2026-10-02T19:34:00.000Z'), now)).toBe('just now');
    expect(formatRelative(new Date('2026-10-02T18:33:55.000Z'), now)).toBe('just now');
    expect(formatRelative(new Date('2026-10-02T18:33:30.000Z'), now)).toBe('30 seconds ago');
    expect(formatRelative(new Date('2026-10-02T16:34:00.000Z'), now)).toBe('2 hours ago');
  });

  it('reads the clock again when the time it shows changes, as after a save', () => {
    const first = new Date(Date.now() - 3 * 3600_000).toISOString();
    const { rerender } = renderWithMantine(<RelativeTime iso={first} />);
    expect(screen.getByText('3 hours ago')).toBeInTheDocument();
    rerender(<RelativeTime iso={new Date(Date.now() + 5_000).toISOString()} />);
    expect(screen.getByText('just now')).toBeInTheDocument();
  });
});
