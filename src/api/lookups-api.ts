import { ApiError } from './api-error.ts';
import { apiRequest } from './http-client.ts';
import {
  actionsResponseSchema,
  trainingPageSchema,
  voicesResponseSchema,
  type Action,
  type TrainingScenario,
  type Voice,
} from './schemas/lookups.ts';

const TRAINING_PAGE_SIZE = 100;
const MAX_PAGES = 1000;

export function listVoices(signal?: AbortSignal): Promise<Voice[]> {
  return apiRequest('/phone/voices', voicesResponseSchema, { signal });
}

export function listActions(signal?: AbortSignal): Promise<Action[]> {
  return apiRequest('/actions', actionsResponseSchema, { signal });
}

/** Every scenario: pages of 100 while `has_more`; the older bare-array answer is all of them. */
export async function listTrainingScenarios(signal?: AbortSignal): Promise<TrainingScenario[]> {
  const scenarios: TrainingScenario[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const path = `/training?limit=${TRAINING_PAGE_SIZE}&offset=${scenarios.length}`;
    const { items, hasMore } = await apiRequest(path, trainingPageSchema, { signal });
    scenarios.push(...items);
    if (!hasMore) return scenarios;
    if (items.length === 0) {
      throw ApiError.invalidResponse(
        `GET ${path}`,
        'it said there was more but sent an empty page',
      );
    }
  }
  throw ApiError.invalidResponse('GET /training', `it kept paging past ${MAX_PAGES} pages`);
}
