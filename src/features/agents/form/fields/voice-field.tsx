import { ActionIcon, Box, Group, Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { voiceLabel, type Voice } from '../../../../api/schemas/lookups.ts';
import { lookupQueries } from '../../agent-queries.ts';
import type { AgentFormControl } from '../agent-form-values.ts';
import { PlayIcon } from '../../../../components/icons.tsx';
import { HoverHint } from '../../../../components/hover-hint.tsx';
import { LazySelect } from './lazy-combobox.tsx';
import { languageName } from './language-options.ts';
import { LookupError } from './lookup-error.tsx';
import { UnreadableHint, unreadableCount } from './unreadable-hint.tsx';
import { labelOf } from './option-labels.ts';
import { DEFAULT_OPTION, fromSelectValue, toSelectValue } from './select-sentinel.ts';
import { voiceLanguageName, voiceSpeaksOtherLanguage } from './voice-language.ts';

function voiceDetails(voice: Voice): string {
  return [voice.language, voice.gender, voice.accent].filter(Boolean).join(' · ');
}

export function VoiceField({ control }: { control: AgentFormControl }) {
  const { field, fieldState } = useController({ control, name: 'voice_id' });
  const voices = useQuery(lookupQueries.voices());
  const unreadable = useQuery({ ...lookupQueries.voices(), select: unreadableCount }).data;
  const audio = useRef<HTMLAudioElement | null>(null);

  const byId = useMemo(() => new Map((voices.data ?? []).map((v) => [v.id, v])), [voices.data]);
  const data = useMemo(() => {
    const options = (voices.data ?? []).map((v) => {
      const details = voiceDetails(v);
      return { value: v.id, label: details ? `${voiceLabel(v)} — ${details}` : voiceLabel(v) };
    });
    if (field.value && !byId.has(field.value)) {
      const suffix = voices.isSuccess ? ' (not in the voice library)' : '';
      options.unshift({ value: field.value, label: `${field.value}${suffix}` });
    }
    return [{ value: DEFAULT_OPTION, label: 'Default voice' }, ...options];
  }, [voices.data, voices.isSuccess, byId, field.value]);

  const selected = field.value ? byId.get(field.value) : undefined;
  const previewUrl = selected?.preview_url;
  const agentLanguage = useWatch({ control, name: 'language' });
  const otherLanguage =
    selected?.language && voiceSpeaksOtherLanguage(selected.language, agentLanguage)
      ? selected.language
      : null;

  const playPreview = () => {
    if (!previewUrl) return;
    audio.current?.pause();
    audio.current = new Audio(previewUrl);
    void audio.current.play().catch(() => undefined);
  };

  return (
    <div>
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <LazySelect
          style={{ flex: 1 }}
          shownValue={labelOf(data, toSelectValue(field.value))}
          label="Voice"
          data={data}
          searchable
          nothingFoundMessage="No voice matches"
          value={toSelectValue(field.value)}
          onChange={(value) => field.onChange(fromSelectValue(value))}
          onBlur={field.onBlur}
          ref={field.ref}
          error={fieldState.error?.message}
          allowDeselect={false}
          // Under the box, where a hint about the chosen voice belongs; Mantine links it to the box.
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          description={
            otherLanguage && selected && agentLanguage
              ? `${voiceLabel(selected)} speaks ${voiceLanguageName(otherLanguage)}; this agent speaks ${languageName(agentLanguage)}. Callers may hear an accent, or words read the wrong way.`
              : undefined
          }
          rightSection={voices.isPending ? <Loader size="xs" /> : undefined}
        />
        {previewUrl && selected && (
          // Level with the box below the one-line label, whatever shows under the box.
          <Box pt="calc(var(--mantine-font-size-sm) * var(--mantine-line-height) + 1px)">
            <HoverHint label="Play a preview">
              <ActionIcon
                variant="light"
                size="lg"
                aria-label={`Play a preview of ${voiceLabel(selected)}`}
                onClick={playPreview}
              >
                <PlayIcon />
              </ActionIcon>
            </HoverHint>
          </Box>
        )}
      </Group>
      <UnreadableHint count={unreadable} one="voice" many="voices" />
      {voices.isError && (
        <LookupError
          what="the voice library"
          error={voices.error}
          onRetry={() => void voices.refetch()}
        />
      )}
      {voices.isSuccess && voices.data.length === 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          The voice library is empty; the agent uses the default voice.
        </Text>
      )}
    </div>
  );
}
