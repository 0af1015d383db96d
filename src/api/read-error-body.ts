import { errorEnvelopeSchema } from './schemas/error-body.ts';

export type ErrorBodyFormat = 'empty' | 'json' | 'invalid-json' | 'html' | 'text';

export interface ErrorBody {
  format: ErrorBodyFormat;
  /** What the server said, one entry per line; never markup. */
  messages: string[];
  /** The parsed JSON, or the raw text when it was not JSON; null when empty. */
  body: unknown;
  /** The envelope's `error` (a reason phrase such as "Not Found"). */
  errorName: string | null;
  htmlTitle: string | null;
}

const MAX_LINES = 10;
const MAX_LINE_LENGTH = 300;

export function readErrorBody(text: string, contentType: string | null): ErrorBody {
  const trimmed = text.trim();
  const type = contentType ?? '';
  const base = { messages: [], body: text, errorName: null, htmlTitle: null };
  if (trimmed === '') return { ...base, format: 'empty', body: null };
  if (/html/i.test(type) || /^<(!doctype\s+html|html|head|body)\b/i.test(trimmed)) {
    return { ...base, format: 'html', htmlTitle: htmlTitle(trimmed) };
  }
  if (/json/i.test(type) || /^[[{"]/.test(trimmed)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      return { ...base, format: 'invalid-json' };
    }
    return { ...base, format: 'json', body: parsed, ...jsonMessages(parsed) };
  }
  return { ...base, format: 'text', messages: lines(trimmed) };
}

function jsonMessages(parsed: unknown): Pick<ErrorBody, 'messages' | 'errorName'> {
  if (typeof parsed === 'string') return { messages: lines(parsed), errorName: null };
  const envelope = errorEnvelopeSchema.safeParse(parsed);
  if (!envelope.success) return { messages: [], errorName: null };
  const { message, error } = envelope.data;
  const said = Array.isArray(message) ? message : message === undefined ? [] : [message];
  return { messages: lines(said.join('\n')), errorName: error?.trim() || null };
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, MAX_LINES)
    .map((line) => (line.length > MAX_LINE_LENGTH ? `${line.slice(0, MAX_LINE_LENGTH)}…` : line));
}

function htmlTitle(html: string): string | null {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.replace(/\s+/g, ' ').trim();
  return title ? title.slice(0, 120) : null;
}
