import type { AgentType } from '../../../api/schemas/agent.ts';
import type { Control } from 'react-hook-form';

/** Null = every action, [] = none, a list = only those; the form names the three states. */
export type ActionsMode = 'all' | 'none' | 'selected';

/** What the inputs hold while the user types. */
export interface AgentFormInput {
  name: string;
  /** Null when the API did not say (an agent without `type`) and the user has not picked one. */
  type: AgentType | null;
  voice_id: string | null;
  language: string | null;
  first_message: string;
  handoff_phone_number: string;
  use_org_knowledgebase: boolean;
  actions_mode: ActionsMode;
  action_ids: string[];
  instructions: string[];
}

/**
 * The validated, normalised values: the same vocabulary as the PATCH body (blank -> null, phone
 * in E.164, the actions mode folded into `actionIds`).
 */
export interface AgentFormOutput {
  name: string;
  type: AgentType | null;
  voice_id: string | null;
  language: string | null;
  first_message: string | null;
  handoff_phone_number: string | null;
  use_org_knowledgebase: boolean;
  actionIds: string[] | null;
  instructions: string[];
}

export type AgentFormControl = Control<AgentFormInput, unknown, AgentFormOutput>;
