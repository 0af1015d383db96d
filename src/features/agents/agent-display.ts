import type { PhoneAgent } from '../../api/schemas/agent.ts';

export function agentDisplayName(agent: PhoneAgent): string {
  const name = agent.name?.trim();
  return name ? name : 'Unnamed agent';
}

const TYPE_LABELS: Record<string, string> = { inbound: 'Inbound', outbound: 'Outbound' };

export function agentTypeLabel(type: string | null | undefined): string {
  if (!type) return 'Type unknown';
  return TYPE_LABELS[type] ?? type;
}
