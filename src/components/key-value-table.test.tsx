import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render-with-mantine.tsx';
import { KeyValueRow, KeyValueTable } from './key-value-table.tsx';

describe('KeyValueTable', () => {
  it('names the table and heads each row with its key', () => {
    renderWithMantine(
      <KeyValueTable label="Agent details">
        <KeyValueRow label="Agent ID">abc</KeyValueRow>
      </KeyValueTable>,
    );
    const table = screen.getByRole('table', { name: 'Agent details' });
    expect(within(table).getByRole('rowheader', { name: 'Agent ID' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'abc' })).toBeInTheDocument();
  });

  it('can show its name as a caption', () => {
    renderWithMantine(
      <KeyValueTable label="Other fields (read-only)" caption borders="rows">
        <KeyValueRow label="speed">1.1</KeyValueRow>
      </KeyValueTable>,
    );
    expect(screen.getByRole('table', { name: 'Other fields (read-only)' })).toBeInTheDocument();
    expect(screen.getByText('Other fields (read-only)').tagName).toBe('CAPTION');
  });
});
