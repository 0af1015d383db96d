export type HandoffResult = { ok: true; value: string | null } | { ok: false; message: string };

export const HANDOFF_EXAMPLE = '+14155550123';

/**
 * Turns what the user typed into E.164. The parser is loaded on first use so it stays out of the
 * first page load. An unchanged saved value is kept as-is, so an untouched field never becomes a
 * change just because the server stored it in another format.
 */
export async function resolveHandoffNumber(
  text: string,
  saved: string | null,
): Promise<HandoffResult> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (saved !== null && trimmed === saved.trim()) return { ok: true, value: saved };
  const international = trimmed.startsWith('00') ? `+${trimmed.slice(2)}` : trimmed;
  if (!international.startsWith('+')) {
    return {
      ok: false,
      message: `Start with + and the country code, e.g. ${HANDOFF_EXAMPLE}`,
    };
  }
  const { parsePhoneNumberFromString } = await import('libphonenumber-js');
  const parsed = parsePhoneNumberFromString(international);
  if (!parsed?.isValid()) {
    return {
      ok: false,
      message: `Not a valid phone number. Use the international form, e.g. ${HANDOFF_EXAMPLE}`,
    };
  }
  return { ok: true, value: parsed.number };
}

/** Same digits, whatever the punctuation: used to warn when handoff would call the agent itself. */
export function samePhoneDigits(a: string | null | undefined, b: string | null | undefined) {
  const digits = (s: string | null | undefined) => (s ?? '').replace(/\D/g, '');
  const da = digits(a);
  return da.length > 0 && da === digits(b);
}
