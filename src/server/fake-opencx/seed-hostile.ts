import type { Action, TrainingScenario } from '../../api/schemas/lookups.ts';
import { seedTime } from './prng.ts';
import type { AgentVariant } from './seed-agent-variants.ts';

// Text an org member could type into OpenCX. The console must show every one of these exactly
// as typed and run none of it: each payload that executes would set window.__pwned or alert.
export const HOSTILE_AGENT_ID = '6e0d1f2a-7b3c-4d5e-8f90-a1b2c3d4e5f6';
export const HOSTILE = {
  imgOnError: '<img src=x onerror="window.__pwned=1;alert(1)">',
  script: '<script>window.__pwned=2;alert(2)</script>',
  javascriptUrl: 'javascript:window.__pwned=3;alert(3)',
  svgOnLoad: '"><svg onload="window.__pwned=4;alert(4)">',
  template: "{{constructor.constructor('window.__pwned=5;alert(5)')()}}",
  rtlOverride: 'Invoice \u202Egpj.exe\u202C ready',
  emoji: '📞🤖 👩🏽‍💻 🇬🇧 ☎️',
  zeroWidth: 'Zero\u200Bwidth\u200Cjoin\u200Dhere\uFEFF!',
  /** One unbroken run: a layout must wrap or clip it, never push the page sideways. */
  long: 'W'.repeat(10_000),
} as const;

export const HOSTILE_AGENT_NAME = `${HOSTILE.imgOnError} Hostile ${HOSTILE.rtlOverride} ${HOSTILE.emoji}`;
export const HOSTILE_FIRST_MESSAGE = [
  HOSTILE.script,
  HOSTILE.svgOnLoad,
  HOSTILE.template,
  HOSTILE.zeroWidth,
  HOSTILE.long,
].join(' ');

export const HOSTILE_AGENT: AgentVariant = {
  id: HOSTILE_AGENT_ID,
  name: HOSTILE_AGENT_NAME,
  type: 'inbound',
  model: 'oppie-vox-2',
  language: 'en',
  voice_id: 'voice_sam_en_us',
  first_message: HOSTILE_FIRST_MESSAGE,
  handoff_phone_number: '+14155550199',
  actionIds: ['act_hostile_script', 'act_hostile_js_url', 'act_hostile_long'],
  instructions: ['scn_hostile_img', 'scn_hostile_long'],
  use_org_knowledgebase: false,
  // An extra key the console lists read-only, and shows in the raw JSON.
  notes: `${HOSTILE.script} ${HOSTILE.javascriptUrl}`,
};

type Row = [slug: string, name: string, description: string, endpoint: string];

const ACTION_ROWS: Row[] = [
  ['script', HOSTILE.script, HOSTILE.imgOnError, 'https://hooks.example.com/<script>'],
  ['js_url', HOSTILE.javascriptUrl, HOSTILE.rtlOverride, HOSTILE.javascriptUrl],
  ['long', HOSTILE.long, `${HOSTILE.emoji} ${HOSTILE.zeroWidth}`, 'https://hooks.example.com/x'],
];

export function seedHostileActions(): Action[] {
  return ACTION_ROWS.map(([slug, name, description, endpoint], index) => ({
    id: `act_hostile_${slug}`,
    name,
    description,
    api_endpoint: endpoint,
    request_type: 'POST',
    status: 'active',
    pinned: false,
    tags: [HOSTILE.svgOnLoad],
    enabled_on_channel: { channels: ['phone'] },
    created_at: seedTime(-60 * 24 + index),
    updated_at: seedTime(-60 + index),
  }));
}

export function seedHostileTraining(): TrainingScenario[] {
  return [
    { id: 'scn_hostile_img', title: `${HOSTILE.imgOnError} ${HOSTILE.emoji}`, draft_title: null },
    { id: 'scn_hostile_long', title: null, draft_title: HOSTILE.long, is_draft: true },
    { id: 'scn_hostile_rtl', question: `${HOSTILE.rtlOverride} ${HOSTILE.zeroWidth}` },
  ].map((row, index) => ({
    question: null,
    is_draft: false,
    type: 'BEHAVIORAL',
    ...row,
    created_at: seedTime(-60 * 24 * 2 + index),
    updated_at: seedTime(-60 * 2 + index),
  }));
}
