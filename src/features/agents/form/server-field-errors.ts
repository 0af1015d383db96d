import { AGENT_PATCH_KEYS } from '../../../api/schemas/agent-patch.ts';
import { isApiError } from '../../../api/api-error.ts';
import type { AgentFormInput } from './agent-form-values.ts';

const FORM_FIELD: Partial<Record<string, keyof AgentFormInput>> = { actionIds: 'action_ids' };

/** A 400's messages that name a field, mapped to that field so the error shows where it belongs. */
export function serverFieldErrors(error: unknown): [keyof AgentFormInput, string][] {
  if (!isApiError(error) || error.status !== 400) return [];
  const found: [keyof AgentFormInput, string][] = [];
  for (const message of error.messages) {
    const key = AGENT_PATCH_KEYS.find((k) => new RegExp(`\\b${k}\\b`).test(message));
    if (key) found.push([FORM_FIELD[key] ?? (key as keyof AgentFormInput), message]);
  }
  return found;
}
