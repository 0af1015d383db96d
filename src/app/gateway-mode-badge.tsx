import { Badge } from '@mantine/core';
import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { gatewayModeQuery } from './gateway-mode-query.ts';
import { HoverHint } from '../components/hover-hint.tsx';

/** Makes it obvious when edits go to the built-in demo data rather than the real org. */
export function GatewayModeBadge() {
  const { data } = useQuery(gatewayModeQuery());
  const hintId = useId();
  if (data !== 'fake') return null;
  return (
    <HoverHint
      id={hintId}
      align="end"
      label="No OPENCX_API_KEY is set on the server: edits go to built-in demo data"
    >
      <Badge color="yellow.3" variant="filled" tabIndex={0} aria-describedby={hintId}>
        Demo data
      </Badge>
    </HoverHint>
  );
}
