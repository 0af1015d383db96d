import type { Action } from '../../api/schemas/lookups.ts';
import { seedTime } from './prng.ts';
import { seedHostileActions } from './seed-hostile.ts';

type ActionRow = [slug: string, name: string, description: string, method: string, tags: string[]];

const ROWS: ActionRow[] = [
  [
    'book_appointment',
    'Book appointment',
    'Books a slot in the practice calendar',
    'POST',
    ['calendar'],
  ],
  [
    'cancel_appointment',
    'Cancel appointment',
    'Cancels an existing booking by reference',
    'DELETE',
    ['calendar'],
  ],
  [
    'reschedule_appointment',
    'Reschedule appointment',
    'Moves a booking to a new slot',
    'PATCH',
    ['calendar'],
  ],
  [
    'list_open_slots',
    'List open slots',
    'Finds free slots for a service and date range',
    'GET',
    ['calendar'],
  ],
  [
    'check_order_status',
    'Check order status',
    'Looks up an order by number or email',
    'GET',
    ['orders'],
  ],
  ['cancel_order', 'Cancel order', 'Cancels an order that has not shipped yet', 'POST', ['orders']],
  [
    'start_return',
    'Start a return',
    'Opens a return and emails the shipping label',
    'POST',
    ['orders', 'returns'],
  ],
  [
    'track_shipment',
    'Track shipment',
    'Gets carrier tracking events for a parcel',
    'GET',
    ['orders', 'shipping'],
  ],
  [
    'update_shipping_address',
    'Update shipping address',
    'Changes the address of an unshipped order',
    'PATCH',
    ['orders'],
  ],
  ['issue_refund', 'Issue refund', 'Refunds a payment up to the policy limit', 'POST', ['billing']],
  ['get_invoice', 'Get invoice', 'Sends the latest invoice by email', 'GET', ['billing']],
  [
    'update_payment_method',
    'Update payment method',
    'Sends a secure link to change the card on file',
    'POST',
    ['billing'],
  ],
  [
    'check_balance',
    'Check account balance',
    'Reads the outstanding balance of an account',
    'GET',
    ['billing'],
  ],
  [
    'verify_identity',
    'Verify caller identity',
    'Checks date of birth and postcode against the CRM',
    'POST',
    ['security'],
  ],
  ['reset_password', 'Send password reset', 'Emails a password reset link', 'POST', ['security']],
  ['lookup_customer', 'Look up customer', 'Finds a customer by phone number', 'GET', ['crm']],
  [
    'create_ticket',
    'Create support ticket',
    'Opens a ticket in the helpdesk',
    'POST',
    ['helpdesk'],
  ],
  [
    'add_ticket_note',
    'Add note to ticket',
    'Appends a call summary to an open ticket',
    'POST',
    ['helpdesk'],
  ],
  [
    'check_ticket_status',
    'Check ticket status',
    'Reads the status of a helpdesk ticket',
    'GET',
    ['helpdesk'],
  ],
  ['store_hours', 'Get store hours', 'Returns opening hours for a location', 'GET', ['locations']],
  [
    'find_nearest_store',
    'Find nearest store',
    'Finds the closest location to a postcode',
    'GET',
    ['locations'],
  ],
  [
    'reserve_table',
    'Reserve a table',
    'Books a restaurant table for a party size',
    'POST',
    ['reservations'],
  ],
  [
    'check_room_availability',
    'Check room availability',
    'Lists free hotel rooms for given dates',
    'GET',
    ['reservations'],
  ],
  [
    'book_room',
    'Book a room',
    'Reserves a hotel room and sends confirmation',
    'POST',
    ['reservations'],
  ],
  [
    'schedule_callback',
    'Schedule callback',
    'Schedules a human callback at a chosen time',
    'POST',
    ['handoff'],
  ],
  [
    'send_sms_link',
    'Send SMS link',
    'Texts the caller a link to finish online',
    'POST',
    ['messaging'],
  ],
  [
    'check_claim_status',
    'Check claim status',
    'Reads the status of an insurance claim',
    'GET',
    ['insurance'],
  ],
  ['file_claim', 'File a claim', 'Opens a first notice of loss', 'POST', ['insurance']],
  [
    'request_prescription_refill',
    'Request prescription refill',
    'Sends a refill request to the pharmacy',
    'POST',
    ['health'],
  ],
  [
    'check_delivery_window',
    'Check delivery window',
    'Reads the promised delivery window',
    'GET',
    ['orders', 'shipping'],
  ],
  [
    'subscribe_newsletter',
    'Subscribe to newsletter',
    'Adds the caller email to the newsletter',
    'POST',
    ['marketing'],
  ],
  ['report_outage', 'Report outage', 'Logs a service outage at an address', 'POST', ['utilities']],
];

const CHANNEL_SETS = [['phone'], ['phone', 'web'], ['web', 'email'], ['phone', 'web', 'whatsapp']];

export function seedActions(): Action[] {
  const seeded = ROWS.map(([slug, name, description, method, tags], index) => ({
    id: `act_${slug}`,
    name,
    description,
    api_endpoint: `https://hooks.example.com/opencx/${slug.replace(/_/g, '-')}`,
    request_type: method,
    // One disabled action keeps "status" meaningful in the picker.
    status: index === 30 ? 'disabled' : 'active',
    pinned: index < 4,
    tags,
    enabled_on_channel: { channels: CHANNEL_SETS[index % CHANNEL_SETS.length] ?? ['phone'] },
    created_at: seedTime(-60 * 24 * 30 + index * 37),
    updated_at: seedTime(-60 * 24 * 7 + index * 53),
  }));
  return [...seeded, ...seedHostileActions()];
}
