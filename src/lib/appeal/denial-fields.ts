/**
 * The details of a denial that the appeal letters ask for, spelled once: the letter builder and the
 * claim-file letter place the ones they need with <DenialFields> (src/components/tools/letter-builder/),
 * under the same field names (what their scripts and the letter functions read), labels and controls.
 * `id` is the control's id after the tool's prefix (`f-payer`, `c-payer`): addresses and tests use them.
 */
export type DenialControl = 'plan' | 'reason' | 'therapy' | 'text' | 'date' | 'long';

export const DENIAL_DETAILS = {
  planType: { id: 'plan', label: 'Kind of plan', control: 'plan' },
  payer: { id: 'payer', label: 'Insurer or plan name', control: 'text' },
  denialReason: { id: 'reason', label: 'Reason given in the denial', control: 'reason' },
  noticeDate: { id: 'notice', label: 'Date on the denial notice', control: 'date' },
  serviceDate: { id: 'service', label: 'Date of service or request (if any)', control: 'date' },
  claimNumber: { id: 'claim', label: 'Claim or reference number', control: 'text' },
  patientName: { id: 'name', label: 'Your name', control: 'text' },
  memberId: { id: 'member', label: 'Member ID', control: 'text' },
  therapy: { id: 'therapy', label: 'Treatment that was denied', control: 'therapy' },
  diagnosis: { id: 'diagnosis', label: 'Your condition, in your own words', control: 'text' },
  doctorName: { id: 'doctor', label: 'Your doctor’s name', control: 'text' },
  treatmentsTried: {
    id: 'tried',
    label: 'Treatments you have tried: one per line, with dates and results',
    control: 'long',
  },
} as const satisfies Record<string, { id: string; label: string; control: DenialControl }>;

export type DenialDetail = keyof typeof DENIAL_DETAILS;
