import { Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';

export function ListSkeleton() {
  return (
    <Stack gap="xs" aria-busy="true" aria-label="Loading agents">
      <Skeleton height={36} />
      {Array.from({ length: 8 }, (_, i) => (
        <Group key={i} wrap="nowrap">
          <Skeleton height={20} width="28%" />
          <Skeleton height={20} width="10%" />
          <Skeleton height={20} width="14%" />
          <Skeleton height={20} width="16%" />
          <Skeleton height={20} width="12%" />
        </Group>
      ))}
    </Stack>
  );
}

export function EmptyOrg() {
  return (
    <Paper withBorder p="xl">
      <Text fw={600}>This organisation has no phone agents yet.</Text>
      <Text size="sm" c="dimmed">
        Agents created in OpenCX appear here.
      </Text>
    </Paper>
  );
}

export function NoMatch({ onClear }: { onClear: () => void }) {
  return (
    <Paper withBorder p="xl">
      <Stack gap="xs" align="flex-start">
        <Text fw={600}>No agents match this search and these filters.</Text>
        <Text size="sm" c="dimmed">
          Check the spelling, paste the full agent ID, or clear the filters.
        </Text>
        <Button variant="outline" size="sm" onClick={onClear}>
          Clear filters
        </Button>
      </Stack>
    </Paper>
  );
}
