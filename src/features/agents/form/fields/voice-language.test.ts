import { describe, expect, it } from 'vitest';
import { voiceLanguageName, voiceSpeaksOtherLanguage } from './voice-language.ts';

describe('voiceSpeaksOtherLanguage', () => {
  it('is true for a voice of another language, by code or by region-tagged code', () => {
    expect(voiceSpeaksOtherLanguage('en', 'fr')).toBe(true);
    expect(voiceSpeaksOtherLanguage('es-MX', 'pt')).toBe(true);
    expect(voiceSpeaksOtherLanguage('English', 'de')).toBe(true);
  });

  it('is false for the same language, whatever the region, case or spelling', () => {
    expect(voiceSpeaksOtherLanguage('en', 'en')).toBe(false);
    expect(voiceSpeaksOtherLanguage('en-US', 'en')).toBe(false);
    expect(voiceSpeaksOtherLanguage('pt_BR', 'PT')).toBe(false);
    expect(voiceSpeaksOtherLanguage('English', 'en')).toBe(false);
  });

  it('is false when either language is unknown', () => {
    expect(voiceSpeaksOtherLanguage(null, 'en')).toBe(false);
    expect(voiceSpeaksOtherLanguage('  ', 'en')).toBe(false);
    expect(voiceSpeaksOtherLanguage('en', null)).toBe(false);
  });
});

describe('voiceLanguageName', () => {
  it('names a code and keeps a name', () => {
    expect(voiceLanguageName('en-US')).toBe('English');
    expect(voiceLanguageName('English')).toBe('English');
  });
});
