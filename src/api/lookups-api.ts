import { ApiError } from './api-error.ts';
import { apiRequest } from './http-client.ts';
import { readItems } from './read-items.ts';
import {
  actionSchema,
  actionsEnvelopeSchema,
  trainingEnvelopeSchema,
  trainingScenarioSchema,
  voicesEnvelopeSchema,
  voiceSchema,
  type Action,
  type TrainingScenario,
  type Voice,
} from './schemas/lookups.ts';

const TRAINING_PAGE_SIZE = 100;
const MAX_PAGES = 1000;

/** A lookup list: the items that fit the contract, and how many did not (left out). */
export interface Lookup<T> {
  items: T[];
  unreadable: number;
}

export async function listVoices(signal?: AbortSignal): Promise<Lookup<Voice>> {
  const raw = await apiRequest('/phone/voices', voicesEnvelopeSchema, { signal });
  const { items, unreadable } = readItems(raw, voiceSchema);
  return { items, unreadable: unreadable.length };
}

export async function listActions(signal?: AbortSignal): Promise<Lookup<Action>> {
  const raw = await apiRequest('/actions', actionsEnvelopeSchema, { signal });
  const { items, unreadable } = readItems(raw, actionSchema);
  return { items, unreadable: unreadable.length };
}

/** Every scenario: pages of 100 while `has_more`; the older bare-array answer is all of them. */
export async function listTrainingScenarios(
  signal?: AbortSignal,
): Promise<Lookup<TrainingScenario>> {
  const scenarios: TrainingScenario[] = [];
  let unreadable = 0;
  let offset = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const path = `/training?limit=${TRAINING_PAGE_SIZE}&offset=${offset}`;
    const { items: raw, hasMore } = await apiRequest(path, trainingEnvelopeSchema, { signal });
    const read = readItems(raw, trainingScenarioSchema);
    scenarios.push(...read.items);
    unreadable += read.unreadable.length;
    offset += raw.length;
    if (!hasMore) return { items: scenarios, unreadable };
    if (raw.length === 0) {
      throw ApiError.invalidResponse(
        `GET ${path}`,
        'it said there was more but sent an empty page',
      );
    }
  }
  throw ApiError.invalidResponse('GET /training', `it kept paging past ${MAX_PAGES} pages`);
}
