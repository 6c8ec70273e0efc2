/**
 * The details of a denial that the appeal letters ask for, spelled once: the letter builder and the
 * claim-file letter place the ones they need with <DenialFields> (src/components/tools/letter-builder/),
 * under the same field names (what their scripts and the letter functions read) and controls; their labels
 * and hints are words of the page's language (`ui(lang).denialFields`, src/i18n/).
 * `id` is the control's id after the tool's prefix (`f-payer`, `c-payer`): addresses and tests use them.
 */
export type DenialControl = 'plan' | 'reason' | 'therapy' | 'text' | 'date' | 'long';

export const DENIAL_DETAILS = {
  planType: { id: 'plan', control: 'plan' },
  payer: { id: 'payer', control: 'text' },
  denialReason: { id: 'reason', control: 'reason' },
  noticeDate: { id: 'notice', control: 'date' },
  serviceDate: { id: 'service', control: 'date' },
  claimNumber: { id: 'claim', control: 'text' },
  patientName: { id: 'name', control: 'text' },
  memberId: { id: 'member', control: 'text' },
  therapy: { id: 'therapy', control: 'therapy' },
  diagnosis: { id: 'diagnosis', control: 'text' },
  doctorName: { id: 'doctor', control: 'text' },
  treatmentsTried: { id: 'tried', control: 'long' },
} as const satisfies Record<string, { id: string; control: DenialControl }>;

export type DenialDetail = keyof typeof DENIAL_DETAILS;
