import { describe, expect, it } from 'vitest';
import {
  actionsResponseSchema,
  trainingLabel,
  trainingPageSchema,
  trainingScenarioSchema,
  voiceLabel,
  voiceSchema,
  voicesResponseSchema,
} from './lookups.ts';

const voice = { id: 'v1', name: 'Ava', language: 'en', gender: 'female' };

describe('voicesResponseSchema', () => {
  it.each([
    ['a bare array', [voice]],
    ['{voices}', { voices: [voice] }],
    ['{items}', { items: [voice] }],
  ])('accepts %s', (_, body) => {
    expect(voicesResponseSchema.parse(body)).toEqual([voice]);
  });

  it('takes voice_id as the id when id is missing', () => {
    const [parsed] = voicesResponseSchema.parse({ items: [{ voice_id: 'v9', name: null }] });
    expect(parsed?.id).toBe('v9');
  });

  it('rejects a voice with neither id nor voice_id', () => {
    expect(voicesResponseSchema.safeParse([{ name: 'Nameless' }]).success).toBe(false);
  });
});

describe('actionsResponseSchema', () => {
  it('accepts the documented action and keeps extra keys', () => {
    const action = {
      id: 'a1',
      name: 'Book table',
      description: null,
      api_endpoint: 'https://example.com',
      request_type: 'POST',
      status: 'active',
      pinned: false,
      tags: ['booking'],
      enabled_on_channel: { channels: ['phone'] },
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-02T00:00:00Z',
      owner: 'x',
    };
    expect(actionsResponseSchema.parse([action])).toEqual([action]);
  });
});

describe('trainingPageSchema', () => {
  const scenario = { id: 't1', title: 'Refunds', is_draft: false, type: 'BEHAVIORAL' };

  it('reads the newest page and its has_more', () => {
    const page = { items: [scenario], total: 120, limit: 100, offset: 0, has_more: true };
    expect(trainingPageSchema.parse(page)).toEqual({ items: [scenario], hasMore: true });
  });

  it('reads a page without has_more as the last one', () => {
    expect(trainingPageSchema.parse({ items: [scenario] })).toEqual({
      items: [scenario],
      hasMore: false,
    });
  });

  it('reads the older bare array as everything at once', () => {
    expect(trainingPageSchema.parse([scenario])).toEqual({ items: [scenario], hasMore: false });
  });
});

describe('labels', () => {
  it.each([
    [{ id: 't1', draft_title: 'Draft', title: 'Title', question: 'Q?' }, 'Draft'],
    [{ id: 't1', draft_title: null, title: 'Title', question: 'Q?' }, 'Title'],
    [{ id: 't1', question: 'Q?' }, 'Q?'],
    [{ id: 't1' }, 't1'],
  ])('training label of %j is %s', (raw, expected) => {
    expect(trainingLabel(trainingScenarioSchema.parse(raw))).toBe(expected);
  });

  it.each([
    [{ id: 'v1', name: 'Ava' }, 'Ava'],
    [{ id: 'v1', name: null }, 'v1'],
    [{ voice_id: 'v2' }, 'v2'],
  ])('voice label of %j is %s', (raw, expected) => {
    expect(voiceLabel(voiceSchema.parse(raw))).toBe(expected);
  });
});
