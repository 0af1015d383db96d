// Every ISO-639-1 code; names come from the browser (Intl.DisplayNames) so nothing is hand-written.
const ISO_639_1 =
  'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'.split(
    ' ',
  );

/** The languages OpenCX lets an agent mix; any other code must stand alone. */
export const MULTI_LANGUAGE_CODES = ['en', 'es', 'fr', 'de', 'hi', 'ru', 'pt', 'ja', 'it', 'nl'];

let displayNames: Intl.DisplayNames | null = null;

export function languageName(code: string): string {
  displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  try {
    return displayNames.of(code) ?? code;
  } catch {
    return code;
  }
}

const hasName = (code: string) => languageName(code) !== code;
const option = (code: string) => ({ value: code, label: `${languageName(code)} (${code})` });

/**
 * The languages OpenCX phone agents speak first, in its order; then every other language the
 * browser can name, by name. A code without a name is left out unless the agent uses it.
 */
export function languageOptions(current: string | null) {
  const others = ISO_639_1.filter((code) => !MULTI_LANGUAGE_CODES.includes(code) && hasName(code));
  if (current && !MULTI_LANGUAGE_CODES.includes(current) && !others.includes(current)) {
    others.push(current);
  }
  return [
    ...MULTI_LANGUAGE_CODES.map(option),
    ...others.map(option).sort((a, b) => a.label.localeCompare(b.label)),
  ];
}
