import type { TrainingScenario } from '../../api/schemas/lookups.ts';
import { seedTime } from './prng.ts';
import { seedHostileTraining } from './seed-hostile.ts';

type Kind = 'BEHAVIORAL' | 'SCENARIO_SPECIFIC';
type PublishedRow = [slug: string, title: string, type: Kind];

const PUBLISHED: PublishedRow[] = [
  ['greet_warmly', 'Greet callers warmly and state the business name', 'BEHAVIORAL'],
  ['confirm_details', 'Read back dates, times and numbers before booking', 'BEHAVIORAL'],
  ['no_medical_advice', 'Never give medical advice; offer a clinician callback', 'BEHAVIORAL'],
  ['angry_caller', 'De-escalate an angry caller', 'BEHAVIORAL'],
  ['spell_names', 'Ask callers to spell unusual names', 'BEHAVIORAL'],
  ['short_answers', 'Keep answers under three sentences', 'BEHAVIORAL'],
  ['no_pricing_promises', 'Do not promise prices not in the knowledge base', 'BEHAVIORAL'],
  ['privacy_check', 'Verify identity before sharing account details', 'BEHAVIORAL'],
  ['language_switch', 'Switch language when the caller does', 'BEHAVIORAL'],
  ['end_call_politely', 'Summarise and end the call politely', 'BEHAVIORAL'],
  ['silence_handling', 'Check in after five seconds of silence', 'BEHAVIORAL'],
  ['voicemail_detect', 'Leave a short message when reaching voicemail', 'BEHAVIORAL'],
  ['emergency_redirect', 'Redirect emergencies to emergency services', 'BEHAVIORAL'],
  ['late_for_appointment', 'Caller is running late for an appointment', 'SCENARIO_SPECIFIC'],
  ['new_patient_intake', 'New patient wants a first visit', 'SCENARIO_SPECIFIC'],
  ['insurance_question', 'Caller asks which insurers are accepted', 'SCENARIO_SPECIFIC'],
  ['order_not_arrived', 'Order has not arrived after the delivery window', 'SCENARIO_SPECIFIC'],
  ['wrong_item', 'Customer received the wrong item', 'SCENARIO_SPECIFIC'],
  ['refund_over_limit', 'Refund request above the automatic limit', 'SCENARIO_SPECIFIC'],
  ['change_reservation_size', 'Party size changes on a reservation', 'SCENARIO_SPECIFIC'],
  ['early_check_in', 'Guest asks for early check-in', 'SCENARIO_SPECIFIC'],
  ['lost_card', 'Caller lost their payment card', 'SCENARIO_SPECIFIC'],
  ['outage_in_area', 'Caller reports an outage already known', 'SCENARIO_SPECIFIC'],
  ['claim_documents', 'Caller asks which documents a claim needs', 'SCENARIO_SPECIFIC'],
  ['callback_after_hours', 'Caller phones outside opening hours', 'SCENARIO_SPECIFIC'],
  ['cancel_subscription', 'Customer wants to cancel a subscription', 'SCENARIO_SPECIFIC'],
  ['price_match', 'Customer asks for a price match', 'SCENARIO_SPECIFIC'],
  ['prescription_status', 'Patient asks if a prescription is ready', 'SCENARIO_SPECIFIC'],
  ['stolen_parcel', 'Parcel marked delivered but not received', 'SCENARIO_SPECIFIC'],
  ['double_charge', 'Customer was charged twice', 'SCENARIO_SPECIFIC'],
  ['child_appointment', 'Parent books for a child', 'SCENARIO_SPECIFIC'],
  ['dietary_needs', 'Guest mentions allergies when booking', 'SCENARIO_SPECIFIC'],
  ['noise_complaint', 'Hotel guest complains about noise', 'SCENARIO_SPECIFIC'],
  ['warranty_repair', 'Product broke within warranty', 'SCENARIO_SPECIFIC'],
  ['address_change', 'Customer moved house', 'SCENARIO_SPECIFIC'],
  ['confirm_understanding', 'Confirm the caller understood next steps', 'BEHAVIORAL'],
  ['no_jargon', 'Avoid internal jargon and codes', 'BEHAVIORAL'],
  ['one_question_at_a_time', 'Ask one question at a time', 'BEHAVIORAL'],
  ['apologise_once', 'Apologise once, then solve', 'BEHAVIORAL'],
  ['offer_sms_summary', 'Offer an SMS summary at the end', 'BEHAVIORAL'],
];

type DraftRow = [slug: string, draftTitle: string, title: string | null, type: Kind];

const DRAFTS: DraftRow[] = [
  ['holiday_hours', 'Holiday opening hours (draft)', null, 'SCENARIO_SPECIFIC'],
  ['upsell_cleaning', 'Offer a hygiene visit after a check-up', null, 'BEHAVIORAL'],
  ['vip_callers', 'Recognise VIP callers by number', 'VIP callers', 'BEHAVIORAL'],
  ['gift_cards', 'Gift card balance questions', null, 'SCENARIO_SPECIFIC'],
  [
    'accent_patience',
    'Be patient with strong accents (rewrite)',
    'Patience with accents',
    'BEHAVIORAL',
  ],
  ['bulk_orders', 'Bulk order enquiries', null, 'SCENARIO_SPECIFIC'],
];

type QuestionRow = [slug: string, question: string, type: Kind];

const QUESTION_ONLY: QuestionRow[] = [
  ['q_parking', 'Is there parking near the clinic?', 'SCENARIO_SPECIFIC'],
  ['q_pets', 'Can I bring my dog to the store?', 'SCENARIO_SPECIFIC'],
  ['q_wheelchair', 'Is the building wheelchair accessible?', 'SCENARIO_SPECIFIC'],
  ['q_human', 'What should the agent do when asked "are you a robot"?', 'BEHAVIORAL'],
  ['q_payment_plans', 'Do you offer payment plans?', 'SCENARIO_SPECIFIC'],
  ['q_weekend_delivery', 'Do you deliver on weekends?', 'SCENARIO_SPECIFIC'],
];

export function seedTraining(): TrainingScenario[] {
  const published = PUBLISHED.map(([slug, title, type], i) => ({
    id: `scn_${slug}`,
    title,
    draft_title: null,
    question: null,
    is_draft: false,
    type,
    created_at: seedTime(-60 * 24 * 20 + i * 41),
    updated_at: seedTime(-60 * 24 * 10 + i * 29),
  }));
  const drafts = DRAFTS.map(([slug, draftTitle, title, type], i) => ({
    id: `scn_${slug}`,
    title,
    draft_title: draftTitle,
    question: null,
    is_draft: true,
    type,
    created_at: seedTime(-60 * 24 * 3 + i * 17),
    updated_at: seedTime(-60 * 24 * 2 + i * 13),
  }));
  const questions = QUESTION_ONLY.map(([slug, question, type], i) => ({
    id: `scn_${slug}`,
    question,
    type,
    created_at: seedTime(-60 * 24 * 15 + i * 23),
    updated_at: seedTime(-60 * 24 * 5 + i * 19),
  }));
  return [...published, ...drafts, ...questions, ...seedHostileTraining()];
}
