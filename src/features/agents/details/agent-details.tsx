import { Badge, Paper, Stack, Text } from '@mantine/core';
import './agent-details.css';
import { KNOWN_MODELS, type PhoneAgent } from '../../../api/schemas/agent.ts';
import { CopyValue } from '../../../components/copy-value.tsx';
import { KeyValueRow as Row, KeyValueTable } from '../../../components/key-value-table.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { readOnlyEntries } from './read-only-fields.ts';
import { usePhoneFormatter } from '../format-phone.ts';

export function ModelBadge({ model }: { model: string | null | undefined }) {
  if (!model)
    return (
      // The default variant takes the scheme's own text and border colours: readable in dark too.
      <Badge variant="default">Model unknown</Badge>
    );
  const known = (KNOWN_MODELS as readonly string[]).includes(model);
  return (
    <Badge
      variant={known ? 'light' : 'filled'}
      color={known ? 'indigo' : 'yellow.3'}
      title={known ? undefined : 'A model this console does not know yet'}
    >
      {model}
    </Badge>
  );
}

export function AgentDetails({ agent }: { agent: PhoneAgent }) {
  const extra = readOnlyEntries(agent);
  const formatPhone = usePhoneFormatter();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="agent-details-heading">
      <Stack gap="sm">
        <Text id="agent-details-heading" fw={600} size="lg">
          Agent details
        </Text>
        <KeyValueTable label="Agent details">
          <Row label="Agent ID">
            <CopyValue value={agent.id} copyLabel="Copy agent ID" />
          </Row>
          <Row label="Phone number">
            {agent.phone_number ? (
              <CopyValue
                value={agent.phone_number}
                display={formatPhone(agent.phone_number)}
                copyLabel="Copy phone number"
              />
            ) : (
              <Text size="sm" c="dimmed">
                None assigned
              </Text>
            )}
          </Row>
          <Row label="Model">
            <ModelBadge model={agent.model} />
          </Row>
          <Row label="Updated">
            <RelativeTime iso={agent.updated_at} />
          </Row>
          <Row label="Created">
            <RelativeTime iso={agent.created_at} />
          </Row>
        </KeyValueTable>
        {extra.length > 0 && (
          <KeyValueTable label="Other fields (read-only)" caption borders="rows">
            {extra.map(([key, value]) => (
              <Row key={key} label={key}>
                <Text size="sm" style={{ wordBreak: 'break-word' }}>
                  {value}
                </Text>
              </Row>
            ))}
          </KeyValueTable>
        )}
        <details>
          <summary>
            <Text span size="sm">
              Raw JSON
            </Text>
          </summary>
          <pre className="raw-json" tabIndex={0}>
            {JSON.stringify(agent, null, 2)}
          </pre>
        </details>
      </Stack>
    </Paper>
  );
}
