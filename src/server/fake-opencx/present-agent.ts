import type { PhoneAgent } from '../../api/schemas/agent.ts';
import type { FakeConfig } from './fake-config.ts';

export const NEWEST_ONLY_FIELDS = [
  'recording_enabled',
  'stt_keyterms',
  'tts_speed_pct',
  'failover_transfer_destination_id',
] as const;

/** The agent as the configured API snapshot would send it. */
export function presentAgent(agent: PhoneAgent, config: FakeConfig): PhoneAgent {
  const out: PhoneAgent = structuredClone(agent);
  if ('language' in out) {
    if (config.languageForm === 'string' && Array.isArray(out.language)) {
      out.language = out.language[0] ?? null;
    } else if (config.languageForm === 'array' && !Array.isArray(out.language)) {
      out.language = [out.language ?? 'en'];
    }
  }
  if (!config.newestFields) for (const key of NEWEST_ONLY_FIELDS) delete out[key];
  return out;
}
