import { Badge, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { gatewayModeQuery } from '../api/gateway-mode.ts';

/** Makes it obvious when edits go to the built-in demo data rather than the real org. */
export function GatewayModeBadge() {
  const { data } = useQuery(gatewayModeQuery());
  if (data !== 'fake') return null;
  return (
    <Tooltip label="No OPENCX_API_KEY is set on the server: edits go to built-in demo data">
      <Badge color="yellow.3" variant="filled" tabIndex={0}>
        Demo data
      </Badge>
    </Tooltip>
  );
}
