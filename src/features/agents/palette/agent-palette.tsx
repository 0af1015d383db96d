import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/spotlight/styles.css';
import { Modal, Text, VisuallyHidden } from '@mantine/core';
import { createSpotlight, Spotlight } from '@mantine/spotlight';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { agentQueries } from '../agent-queries.ts';
import { formatPhone } from '../format-phone.ts';
import { buildSearchIndex } from '../list/agent-search-index.ts';
import { compileSearch } from '../list/agent-search.ts';
import { localeCountry } from '../list/phone-query.ts';
import { usePhoneParser } from '../list/use-phone-parser.ts';
import { paletteMatches } from './palette-matches.ts';

const LIMIT = 12;
const COUNTRY = localeCountry(navigator.language);
const LOOKS_LIKE_FULL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface AgentPaletteProps {
  opened: boolean;
  onClose: () => void;
}

/** Quick jump to any agent by name, ID or phone number. Loaded on first use. */
export function AgentPalette({ opened, onClose }: AgentPaletteProps) {
  const [[store, spotlight]] = useState(createSpotlight);
  const [query, setQuery] = useState('');
  const navigate = useNavigate();
  const agents = useQuery(agentQueries.list());
  const parser = usePhoneParser();
  const index = useMemo(() => buildSearchIndex(agents.data ?? []), [agents.data]);
  const search = useMemo(() => compileSearch(query, parser, COUNTRY), [query, parser]);
  const matches = useMemo(() => paletteMatches(index, search, LIMIT), [index, search]);

  useEffect(() => {
    if (opened) spotlight.open();
    else spotlight.close();
  }, [opened, spotlight]);

  const go = (id: string) => {
    void navigate({ to: '/agents/$agentId', params: { agentId: id } });
    spotlight.close();
  };

  // Enter with nothing picked by the arrow keys opens the best match (a pasted ID comes first);
  // a picked action is left to Spotlight, which clicks it.
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || store.getState().selected >= 0) return;
    const best = matches[0];
    const pasted = search?.idPrefix ?? '';
    if (best) go(best.agent.id);
    // The list has not arrived yet: a complete ID can still be opened directly.
    else if (LOOKS_LIKE_FULL_ID.test(pasted)) go(pasted);
  };

  return (
    <Spotlight.Root
      store={store}
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      onSpotlightClose={onClose}
      scrollable
      maxHeight={440}
      styles={{
        // Mantine's dimmed description fails contrast on the selected (filled) action.
        actionDescription: {
          color: 'inherit',
          opacity: 1,
          fontSize: 'var(--mantine-font-size-xs)',
        },
      }}
    >
      {/* Names the dialog without a visible header (a Modal header would be a second banner). */}
      <VisuallyHidden>
        <Modal.Title>Find an agent</Modal.Title>
      </VisuallyHidden>
      <Spotlight.Search
        aria-label="Find an agent by name, ID or phone number"
        placeholder="Agent name, ID or phone number…"
        onKeyDown={handleKeyDown}
      />
      <Spotlight.ActionsList aria-label="Matching agents">
        {matches.map(({ agent, displayName }) => (
          <Spotlight.Action
            key={agent.id}
            label={displayName}
            description={`${agent.phone_number ? formatPhone(parser, agent.phone_number) : 'No phone number'} · ${agent.id}`}
            onClick={() => void navigate({ to: '/agents/$agentId', params: { agentId: agent.id } })}
          />
        ))}
        {matches.length === 0 && (
          <Spotlight.Empty>
            <Text size="sm" c="dimmed">
              {agents.isPending
                ? 'Loading agents…'
                : query.trim()
                  ? 'No agent matches.'
                  : 'Type a name, an agent ID or a phone number.'}
            </Text>
          </Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
