import { languageName } from '../agents/public-api.ts';
import { describeValue, type Lookups } from '../history/public-api.ts';

/**
 * A field's value in words, as History shows it, with language names and phone numbers in their
 * international form.
 */
export function describeBulkValue(
  field: string,
  value: unknown,
  lookups: Lookups,
  formatPhone: (e164: string) => string,
): string {
  if (field === 'language' && (typeof value === 'string' || Array.isArray(value))) {
    const codes = (Array.isArray(value) ? value : [value]).map(String);
    return codes.length ? codes.map(languageName).join(', ') : 'Default';
  }
  if (field === 'language' && value == null) return 'Default';
  if (field === 'handoff_phone_number' && typeof value === 'string' && value !== '') {
    return formatPhone(value);
  }
  if (field === 'type' && typeof value === 'string') {
    return value === 'inbound' ? 'Inbound' : value === 'outbound' ? 'Outbound' : value;
  }
  return describeValue(field, value, lookups);
}
