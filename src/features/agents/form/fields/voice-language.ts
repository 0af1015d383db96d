import { languageName } from './language-options.ts';

const primarySubtag = (code: string) => code.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * Whether a voice is for another language than the agent's. The voice library's `language` is
 * a code ("en", "en-US") or, from other OpenCX versions, a name ("English"); either is compared.
 * Unknown on either side is never a mismatch.
 */
export function voiceSpeaksOtherLanguage(
  voiceLanguage: string | null | undefined,
  agentLanguage: string | null,
): boolean {
  if (!voiceLanguage?.trim() || !agentLanguage) return false;
  const voice = voiceLanguage.trim().toLowerCase();
  const agent = primarySubtag(agentLanguage);
  if (primarySubtag(voice) === agent) return false;
  return voice !== languageName(agent).toLowerCase();
}

/** The voice's language in words: a code becomes its name, a name stays as it is. */
export function voiceLanguageName(voiceLanguage: string): string {
  const isCode = /^[a-z]{2,3}([-_][a-z0-9]+)*$/i.test(voiceLanguage.trim());
  return isCode ? languageName(primarySubtag(voiceLanguage)) : voiceLanguage.trim();
}
