const REPLACEMENT = '[redacted]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** One character as it may appear literally, JSON-escaped, percent-encoded or as an HTML entity. */
function anyEncodingOf(char: string): string {
  const code = char.charCodeAt(0);
  const hex = code.toString(16).padStart(2, '0');
  return [
    escapeRegExp(char),
    `\\\\u${hex.padStart(4, '0')}`,
    `%${hex}`,
    `&#x0*${hex};`,
    `&#0*${code};`,
  ].join('|');
}

/**
 * The base64 text of `bytes` that stays the same wherever they sit in a longer base64 string: for
 * each of the 3 alignments, the groups not shared with unknown neighbouring bytes.
 */
function stableBase64Cores(bytes: Buffer): string[] {
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset += 1) {
    const text = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const tail = (offset + bytes.length) % 3 === 0 ? 0 : 4;
    const core = text.slice(offset === 0 ? 0 : 4, text.length - tail).replace(/=+$/, '');
    if (core.length >= 12) cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return cores;
}

/**
 * Replaces every copy of `secret` in a text: as typed, in any letter case, character by character
 * `\u`-escaped, percent-encoded or as HTML entities (mixed freely), as hex, and base64 or base64url
 * at any alignment. An upstream that echoes the key in any of these never passes it on.
 */
export function createKeyRedactor(secret: string): (text: string) => string {
  if (secret.length < 8) return (text) => (secret ? text.split(secret).join(REPLACEMENT) : text);
  const bytes = Buffer.from(secret, 'utf8');
  const perChar = [...secret].map((char) => `(?:${anyEncodingOf(char)})`).join('');
  const textual = new RegExp(`${perChar}|${bytes.toString('hex')}`, 'gi');
  const base64 = new RegExp(
    [...new Set(stableBase64Cores(bytes))].map(escapeRegExp).join('|'),
    'g',
  );
  return (text) => text.replace(textual, REPLACEMENT).replace(base64, REPLACEMENT);
}
