import type { AgentPatchKey } from './schemas/agent-patch.ts';

/** How the console labels each field it edits: in the form, the review, history and errors. */
export const AGENT_FIELD_LABELS: Record<AgentPatchKey, string> = {
  name: 'Name',
  type: 'Type',
  voice_id: 'Voice',
  language: 'Language',
  first_message: 'First message',
  handoff_phone_number: 'Handoff phone number',
  use_org_knowledgebase: 'Use knowledge base',
  actionIds: 'Actions',
  instructions: 'Training scenarios',
};

const API_FIELD = new RegExp(`\\b(${Object.keys(AGENT_FIELD_LABELS).join('|')})\\b`, 'g');

/** "first_message must be a string" -> "First message must be a string": the words on screen. */
export function withFieldLabels(message: string): string {
  // Only snake_case and camelCase names: "name" or "type" alone are ordinary words in a message.
  return message.replace(API_FIELD, (field) =>
    /[_A-Z]/.test(field) || message.trimStart().startsWith(field)
      ? (AGENT_FIELD_LABELS[field as AgentPatchKey] ?? field)
      : field,
  );
}
