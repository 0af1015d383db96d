export interface FakeVoice {
  id: string;
  name: string;
  language: string;
  gender: 'female' | 'male' | 'neutral';
  accent: string;
  preview_url?: string | null;
}

type VoiceRow = [
  id: string,
  name: string,
  language: string,
  gender: FakeVoice['gender'],
  accent: string,
];

const ROWS: VoiceRow[] = [
  ['voice_aria_en_us', 'Aria', 'en', 'female', 'american'],
  ['voice_marcus_en_us', 'Marcus', 'en', 'male', 'american'],
  ['voice_olivia_en_gb', 'Olivia', 'en', 'female', 'british'],
  ['voice_harry_en_gb', 'Harry', 'en', 'male', 'british'],
  ['voice_chloe_en_au', 'Chloe', 'en', 'female', 'australian'],
  ['voice_liam_en_ie', 'Liam', 'en', 'male', 'irish'],
  ['voice_priya_en_in', 'Priya', 'en', 'female', 'indian'],
  ['voice_sam_en_us', 'Sam', 'en', 'neutral', 'american'],
  ['voice_lucia_es_es', 'Lucía', 'es', 'female', 'castilian'],
  ['voice_mateo_es_mx', 'Mateo', 'es', 'male', 'mexican'],
  ['voice_camille_fr_fr', 'Camille', 'fr', 'female', 'parisian'],
  ['voice_antoine_fr_ca', 'Antoine', 'fr', 'male', 'québécois'],
  ['voice_lena_de_de', 'Lena', 'de', 'female', 'standard german'],
  ['voice_jonas_de_at', 'Jonas', 'de', 'male', 'austrian'],
  ['voice_ananya_hi_in', 'Ananya', 'hi', 'female', 'delhi'],
  ['voice_dmitri_ru_ru', 'Dmitri', 'ru', 'male', 'moscow'],
  ['voice_beatriz_pt_br', 'Beatriz', 'pt', 'female', 'brazilian'],
  ['voice_joao_pt_pt', 'João', 'pt', 'male', 'european'],
  ['voice_yuki_ja_jp', 'Yuki', 'ja', 'female', 'tokyo'],
  ['voice_giulia_it_it', 'Giulia', 'it', 'female', 'roman'],
  ['voice_daan_nl_nl', 'Daan', 'nl', 'male', 'randstad'],
  ['voice_noor_ar_ae', 'Noor', 'ar', 'female', 'gulf'],
  ['voice_hana_ko_kr', 'Hana', 'ko', 'female', 'seoul'],
  ['voice_ethan_en_ca', 'Ethan', 'en', 'male', 'canadian'],
];

export function seedVoices(): FakeVoice[] {
  return ROWS.map(([id, name, language, gender, accent], index) => ({
    id,
    name,
    language,
    gender,
    accent,
    // Some voices lack a preview so the UI's "no preview" branch is exercised.
    ...(index % 3 === 2 ? {} : { preview_url: `/api/__fake/voice-preview/${id}.wav` }),
  }));
}
