import { useCallback } from 'react';
import type { PhoneParser } from './list/phone-query.ts';
import { usePhoneParser } from './list/use-phone-parser.ts';

/** A stored E.164 number in international format (+1 415 555 2028); as stored if unparseable. */
export function formatPhone(parser: PhoneParser | null, e164: string): string {
  if (!parser) return e164;
  try {
    return parser.parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
  } catch {
    return e164;
  }
}

/**
 * Formats phone numbers for display once libphonenumber-js has loaded (until then, and for what
 * it cannot parse, the stored E.164). Search and copy keep E.164.
 */
export function usePhoneFormatter() {
  const parser = usePhoneParser();
  return useCallback((e164: string) => formatPhone(parser, e164), [parser]);
}
