import '@mantine/core/styles/Code.css';
import { Alert, Badge, Code, Text } from '@mantine/core';
import { agentTypeLabel } from '../agent-display.ts';
import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import { unexpectedDataOf } from '../../../api/schemas/agent.ts';

export const UNEXPECTED_DATA_LABEL = 'Unexpected data from OpenCX';

/** The agent's type, or, for an agent OpenCX sent outside the contract, a marker saying so. */
export function AgentTypeBadge({ agent }: { agent: PhoneAgent }) {
  if (unexpectedDataOf(agent))
    return (
      <Badge variant="outline" color="red.8">
        {UNEXPECTED_DATA_LABEL}
      </Badge>
    );
  return (
    <Badge variant="light" color={agent.type === 'outbound' ? 'grape' : 'blue'}>
      {agentTypeLabel(agent.type)}
    </Badge>
  );
}

/** In place of the form: what was wrong, and why nothing can be saved. */
export function UnexpectedDataAlert({ problem }: { problem: string }) {
  return (
    <Alert color="red" variant="light" title={UNEXPECTED_DATA_LABEL} role="alert">
      <Text size="sm">
        OpenCX sent this agent in a form the console does not understand, so it cannot be edited or
        saved here. Every other agent works as usual. The problem:
      </Text>
      <Code block mt="xs">
        {problem}
      </Code>
    </Alert>
  );
}
