import type { CountryCode } from 'libphonenumber-js';

/** The two libphonenumber-js functions the search needs; the module loads after first paint. */
export interface PhoneParser {
  parseIncompletePhoneNumber(text: string): string;
  parsePhoneNumberFromString(
    text: string,
    defaultCountry?: CountryCode,
  ): { number: string; isPossible(): boolean; formatInternational(): string } | undefined;
}

/** Digits a stored or typed number is matched on: E.164 without "+", or the bare digits. */
export interface PhoneQuery {
  /** Every digit the person typed, in order (no "+"). */
  digits: string;
  /** True when the query is anchored at the country code ("+1 415…", or a full parsed number). */
  international: boolean;
  /** The complete E.164 digits when the query is a possible number in full. */
  e164Digits: string | null;
}

const MIN_DIGITS = 3;

/**
 * Reads a query as a phone number if it has no letters and at least a few digits. National
 * formats like "(415) 555-0123" are interpreted in `country` (the person's locale region).
 */
export function parsePhoneQuery(
  query: string,
  parser: PhoneParser | null,
  country: CountryCode | undefined,
): PhoneQuery | null {
  if (/\p{L}/u.test(query)) return null;
  if (!parser) {
    // Until the parser has loaded: digits only, still enough for most formats.
    const digits = query.replace(/\D/g, '');
    if (digits.length < MIN_DIGITS) return null;
    return { digits, international: query.trim().startsWith('+'), e164Digits: null };
  }
  const incomplete = parser.parseIncompletePhoneNumber(query);
  const digits = incomplete.replace('+', '');
  if (digits.length < MIN_DIGITS) return null;
  const full = parser.parsePhoneNumberFromString(query, country);
  const e164Digits = full?.isPossible() ? full.number.slice(1) : null;
  return { digits, international: incomplete.startsWith('+'), e164Digits };
}

/** Does an agent's number (as E.164 digits) match the typed number? */
export function phoneMatches(storedDigits: string, query: PhoneQuery): boolean {
  if (storedDigits === '') return false;
  if (query.e164Digits !== null && storedDigits === query.e164Digits) return true;
  if (query.international) return storedDigits.startsWith(query.digits);
  return storedDigits.includes(query.digits);
}

/** The person's region from the browser locale ("en-GB" → GB), for national formats. */
export function localeCountry(locale: string | undefined): CountryCode | undefined {
  if (!locale) return undefined;
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region && /^[A-Z]{2}$/.test(region) ? (region as CountryCode) : undefined;
  } catch {
    return undefined;
  }
}
