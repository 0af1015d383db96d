import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/InlineInput.css';
import { Checkbox, Group, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, type MouseEvent } from 'react';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { AnchorLink } from '../../../lib/anchor-link.tsx';
import { ModelBadge } from '../details/agent-details.tsx';
import { AgentTypeBadge } from '../details/unexpected-data.tsx';
import { usePhoneFormatter } from '../format-phone.ts';
import type { IndexedAgent } from './agent-search-index.ts';
import { shiftHeld, useIsSelected, type SelectionStore } from './selection-store.ts';
import './agent-cards.css';

const CARD_HEIGHT = 112;

interface AgentCardsProps {
  entries: readonly IndexedAgent[];
  onOpen: (id: string) => void;
  /** A click on an agent's link, which may take over its navigation. */
  onFollowLink: (event: MouseEvent, id: string) => void;
  selection: SelectionStore;
  onToggleSelect: (id: string, extend: boolean) => void;
}

/** The list on a phone: one card per agent (name, type, model, phone, updated); a tap opens it. */
export function AgentCards({ entries, ...card }: AgentCardsProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT,
    getItemKey: (index) => entries[index]?.agent.id ?? index,
    initialRect: { width: 375, height: 700 },
    overscan: 4,
  });

  return (
    <div ref={scrollRef} className="agent-cards-scroll">
      <ul
        className="agent-cards"
        aria-label="Phone agents"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index];
          if (!entry) return null;
          return (
            <li
              key={item.key}
              className="agent-card"
              aria-setsize={entries.length}
              aria-posinset={item.index + 1}
              style={{ top: item.start, height: CARD_HEIGHT }}
            >
              <AgentCard entry={entry} {...card} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

const AgentCard = memo(function AgentCard({
  entry,
  onOpen,
  onFollowLink,
  selection,
  onToggleSelect,
}: Omit<AgentCardsProps, 'entries'> & { entry: IndexedAgent }) {
  const formatPhone = usePhoneFormatter();
  const { agent, displayName } = entry;
  const selected = useIsSelected(selection, agent.id);
  const open = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as Element).closest('a, button, input, label')) return;
    onOpen(agent.id);
  };
  return (
    <div onClick={open} data-selected={selected || undefined}>
      <Group gap="xs" wrap="nowrap">
        <Checkbox
          aria-label={`Select ${displayName}`}
          checked={selected}
          onChange={(event) => onToggleSelect(agent.id, shiftHeld(event.nativeEvent))}
        />
        <AnchorLink
          to="/agents/$agentId"
          params={{ agentId: agent.id }}
          onClick={(event) => onFollowLink(event, agent.id)}
          fw={600}
          lineClamp={1}
        >
          {displayName}
        </AnchorLink>
      </Group>
      <Group gap={6} mt={6} wrap="wrap">
        <AgentTypeBadge agent={agent} />
        <ModelBadge model={agent.model} />
      </Group>
      <Group justify="space-between" mt={6} wrap="nowrap" gap="xs">
        <Text size="sm" ff="monospace" truncate>
          {agent.phone_number ? formatPhone(agent.phone_number) : 'No phone number'}
        </Text>
        <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
          <RelativeTime iso={agent.updated_at} tabIndex={-1} />
        </Text>
      </Group>
    </div>
  );
});
