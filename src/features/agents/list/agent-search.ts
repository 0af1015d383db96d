import type { CountryCode } from 'libphonenumber-js';
import type { IndexedAgent } from './agent-search-index.ts';
import { foldText } from './fold-text.ts';
import { parsePhoneQuery, phoneMatches, type PhoneParser, type PhoneQuery } from './phone-query.ts';

/** A search box value prepared once per keystroke, so matching each agent is plain string work. */
export interface CompiledSearch {
  words: string[];
  idPrefix: string;
  phone: PhoneQuery | null;
}

// IDs pasted from logs often carry quotes, brackets or a trailing comma around them.
const ID_WRAPPERS = /^["'`<([{\s]+|["'`>)\]},;.\s]+$/g;
// Shorter prefixes match a sixteenth of all IDs per character: noise next to name matches.
const MIN_ID_PREFIX = 4;

export function compileSearch(
  text: string,
  parser: PhoneParser | null,
  country: CountryCode | undefined,
): CompiledSearch | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return {
    words: foldText(trimmed).split(/\s+/),
    idPrefix: trimmed.replace(ID_WRAPPERS, '').toLowerCase(),
    phone: parsePhoneQuery(trimmed, parser, country),
  };
}

/** Name contains every word, or the ID starts with the query, or the phone number matches. */
export function matchesSearch(entry: IndexedAgent, search: CompiledSearch): boolean {
  if (search.words.every((word) => entry.foldedName.includes(word))) return true;
  if (search.idPrefix.length >= MIN_ID_PREFIX && entry.lowerId.startsWith(search.idPrefix))
    return true;
  return search.phone !== null && phoneMatches(entry.phoneDigits, search.phone);
}
