import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render-with-mantine.tsx';
import { RelativeTime } from './relative-time.tsx';

describe('RelativeTime', () => {
  it('describes the time with its exact local and UTC values even before a hover', () => {
    renderWithMantine(<RelativeTime iso="2026-10-02T18:34:00.000Z" />);
    const time = screen.getByText((_, el) => el?.tagName === 'TIME');
    expect(time).toHaveAttribute('datetime', '2026-10-02T18:34:00.000Z');
    expect(time).toHaveAccessibleDescription(/2026-10-02T18:34:00\.000Z \(UTC\)/);
    expect(time).toHaveAccessibleDescription(/\(local\)/);
  });
});
