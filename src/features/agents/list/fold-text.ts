/** Case- and accent-insensitive form: "Müller" and "MULLER" both become "muller". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
