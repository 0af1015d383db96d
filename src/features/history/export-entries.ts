import type { HistoryEntry } from '../../api/schemas/history.ts';

const COLUMNS = ['at', 'user', 'agentId', 'agentName', 'kind', 'source', 'outcome', 'reason'];

function cell(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One row per changed field, so a spreadsheet can filter by field. */
export function entriesToCsv(entries: HistoryEntry[]): string {
  const header = [...COLUMNS, 'field', 'before', 'after'].join(',');
  const rows = entries.flatMap((entry) => {
    const base = COLUMNS.map((column) => cell(entry[column as keyof HistoryEntry]));
    const changes = entry.changes.length ? entry.changes : [{ field: '', before: '', after: '' }];
    return changes.map((change) =>
      [...base, cell(change.field), cell(change.before), cell(change.after)].join(','),
    );
  });
  return `${[header, ...rows].join('\r\n')}\r\n`;
}

export function entriesToJson(entries: HistoryEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
