import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/InlineInput.css';
import { AnchorLink } from '../../../lib/anchor-link.tsx';
import { Checkbox, Text } from '@mantine/core';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { ModelBadge } from '../details/agent-details.tsx';
import { AgentTypeBadge } from '../details/unexpected-data.tsx';
import { languageName } from '../form/fields/language-options.ts';
import type { IndexedAgent } from './agent-search-index.ts';
import { CopyCell } from './copy-cell.tsx';
import { usePhoneFormatter } from '../format-phone.ts';
import { shiftHeld, useIsSelected, type SelectionStore } from './selection-store.ts';

export const ROW_HEIGHT = 49;

function languages(language: IndexedAgent['agent']['language']): string {
  const codes = Array.isArray(language) ? language : language ? [language] : [];
  return codes.length === 0 ? 'Default' : codes.map(languageName).join(', ');
}

function Missing({ children }: { children: string }) {
  return (
    <Text span size="sm" c="dimmed">
      {children}
    </Text>
  );
}

interface AgentRowProps {
  entry: IndexedAgent;
  index: number;
  onOpen: (id: string) => void;
  onMoveFocus: (from: number, key: 'up' | 'down' | 'first' | 'last') => void;
  /** A click on an agent's link, which may take over its navigation. */
  onFollowLink: (event: MouseEvent, id: string) => void;
  /** The one row Tab stops at (roving tabindex): the table is a single tab stop. */
  tabbable: boolean;
  onRowFocus: (index: number) => void;
  selection: SelectionStore;
  /** `extend`: shift was held, so everything from the last toggled agent to this one follows. */
  onToggleSelect: (id: string, extend: boolean) => void;
}

const CONTROLS = 'a[href], button, [tabindex="-1"]:not(tr)';

/** Left and Right move between the row's link and buttons; Escape goes back to the row. */
function moveWithinRow(row: HTMLElement, from: Element, key: string): boolean {
  const controls = [...row.querySelectorAll<HTMLElement>(CONTROLS)];
  const at = controls.indexOf(from as HTMLElement);
  if (key === 'Escape' && at !== -1) row.focus();
  else if (key === 'ArrowRight') controls[Math.min(at + 1, controls.length - 1)]?.focus();
  else if (key === 'ArrowLeft') (at <= 0 ? row : controls[at - 1])?.focus();
  else return false;
  return true;
}

const MOVES: Record<string, 'up' | 'down' | 'first' | 'last'> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'first',
  End: 'last',
};

export const AgentRow = memo(function AgentRow({
  entry,
  index,
  onOpen,
  onMoveFocus,
  onFollowLink,
  tabbable,
  onRowFocus,
  selection,
  onToggleSelect,
}: AgentRowProps) {
  const { agent, displayName } = entry;
  const formatPhone = usePhoneFormatter();
  const selected = useIsSelected(selection, agent.id);
  const handleClick = (event: MouseEvent<HTMLTableRowElement>) => {
    const target = event.target as Element;
    // Links and buttons in the row do their own thing; selecting text is not a click either.
    if (target.closest('a, button, input, label') || window.getSelection()?.toString()) return;
    onOpen(agent.id);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (moveWithinRow(event.currentTarget, event.target as Element, event.key)) {
      event.preventDefault();
      return;
    }
    if (event.target !== event.currentTarget) return;
    const move = MOVES[event.key];
    if (event.key === 'Enter') onOpen(agent.id);
    else if (event.key === ' ') onToggleSelect(agent.id, event.shiftKey);
    else if (move) onMoveFocus(index, move);
    else return;
    event.preventDefault();
  };
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={tabbable ? 0 : -1}
      onFocus={() => onRowFocus(index)}
      onClick={handleClick}
      onKeyDown={handleKeyDown}
      style={{ height: ROW_HEIGHT }}
    >
      <td>
        <Checkbox
          tabIndex={-1}
          aria-label={`Select ${displayName}`}
          checked={selected}
          onChange={(event) => onToggleSelect(agent.id, shiftHeld(event.nativeEvent))}
        />
      </td>
      <td>
        <AnchorLink
          tabIndex={-1}
          to="/agents/$agentId"
          params={{ agentId: agent.id }}
          onClick={(event) => onFollowLink(event, agent.id)}
          size="sm"
          fw={500}
          title={displayName}
          style={{
            display: 'block',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
          }}
        >
          {displayName}
        </AnchorLink>
      </td>
      <td>
        <AgentTypeBadge agent={agent} />
      </td>
      <td>
        <ModelBadge model={agent.model} />
      </td>
      <td>
        {agent.phone_number ? (
          <CopyCell
            value={agent.phone_number}
            display={formatPhone(agent.phone_number)}
            copyLabel={`Copy phone number of ${displayName}`}
          />
        ) : (
          <Missing>None</Missing>
        )}
      </td>
      <td>
        <Text size="sm" truncate>
          {languages(agent.language)}
        </Text>
      </td>
      <td>{agent.use_org_knowledgebase ? <Text size="sm">On</Text> : <Missing>Off</Missing>}</td>
      <td>
        {agent.handoff_phone_number ? (
          <Text size="sm" ff="monospace" truncate title={agent.handoff_phone_number}>
            {formatPhone(agent.handoff_phone_number)}
          </Text>
        ) : (
          <Missing>None</Missing>
        )}
      </td>
      <td>
        <Text size="sm" truncate>
          <RelativeTime iso={agent.updated_at} tabIndex={-1} />
        </Text>
      </td>
      <td>
        <CopyCell
          value={agent.id}
          display={agent.id.length > 8 ? `${agent.id.slice(0, 8)}…` : agent.id}
          copyLabel={`Copy agent ID of ${displayName}`}
        />
      </td>
    </tr>
  );
});
