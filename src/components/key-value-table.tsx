import type { CSSProperties, ReactNode } from 'react';
import './key-value-table.css';

interface KeyValueTableProps {
  /** The accessible name; also shown under the table when `caption` is set. */
  label: string;
  caption?: boolean;
  borders?: 'none' | 'rows' | 'table';
  /** Width of the key column, e.g. 170. */
  keyWidth?: number;
  children: ReactNode;
}

/** A two-column table of labelled values: each row is a `KeyValueRow`. */
export function KeyValueTable({
  label,
  caption = false,
  borders = 'none',
  keyWidth = 170,
  children,
}: KeyValueTableProps) {
  return (
    <table
      className="key-value-table"
      data-borders={borders}
      aria-label={caption ? undefined : label}
      style={{ '--key-width': `${keyWidth}px` } as CSSProperties}
    >
      {caption && <caption>{label}</caption>}
      <tbody>{children}</tbody>
    </table>
  );
}

export function KeyValueRow({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}
