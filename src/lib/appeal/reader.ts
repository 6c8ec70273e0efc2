/**
 * The letter reader: from the pasted text of a denial letter, an Explanation of Benefits or a Medicare
 * Summary Notice, finds the kind of plan, the notice date, the billing codes, the claim adjustment and
 * remark codes, the policy numbers and the denial reason, each with the words it was found in. What it
 * cannot settle it reports as not found (with what it saw), never as a guess. Pure: no DOM, nothing leaves
 * the page; the browser and the tests call the same `readLetter`.
 */
import type { CodeEntry, DenialCodes } from '../../schemas/denial-code.ts';
import type { NoticeReason } from '../../schemas/denial.ts';
import type { NoticePlan } from '../../schemas/plan-type.ts';
import { isIsoDate } from './deadlines.ts';
import { formatDate } from '../format/date.ts';
import { fillWords } from '../format/text.ts';
import type { Dictionary } from '../../i18n/en.ts';
import type { Lang } from '../../schemas/language.ts';

/** Why a date is, or is not, the notice date, in the page's language (`ui(lang).letterReader.why`). */
export type WhyWords = Dictionary['letterReader']['why'] & { lang: Lang };

/** What the reader needs from the content: the code data, our therapies' codes and the policies we cite. */
export interface ReaderData {
  codes: Pick<DenialCodes, 'groups' | 'carc' | 'rarc' | 'planSigns'>;
  /** Each therapy with the billing codes its page lists, as printed ("0232T", "15271-15278", "Q4100-series"). */
  /**
   * Each therapy with billing codes: `title` in English, as letters and the letter builder name it, and `name`,
   * its title in the page's language where that differs.
   */
  therapies: { slug: string; title: string; name?: string; codes: string[] }[];
  /**
   * Sources the site uses as coverage policies, with their printed number, and for one no longer in force
   * its label ("Superseded: …"), so the reader never names an old policy as the rule in force.
   */
  policies: { id: string; number: string; title: string; status?: string }[];
}

/** Where something was found: the words that matched and the whole line around them. */
export interface Evidence {
  words: string;
  line: string;
}

export interface PlanFinding {
  /** The plan, or null when the signs are missing or point two ways. */
  plan: NoticePlan | null;
  /** The signs found for the chosen plan (or, when none was chosen, for every candidate). */
  evidence: Evidence[];
  /** Every plan with at least one sign, best first, for the reader's question when `plan` is null. */
  candidates: { plan: NoticePlan; score: number; evidence: Evidence[] }[];
}

export interface DateFinding {
  /** YYYY-MM-DD, or null. */
  date: string | null;
  evidence?: Evidence;
  /** Why this date was taken, in plain words. */
  why?: string;
  /** Every other date in the letter, with why it is not the notice date. */
  others: { date: string; evidence: Evidence; why: string }[];
}

export interface BillingCodeFinding {
  code: string;
  evidence: Evidence;
  /** Our therapies whose pages list this code. */
  therapies: { slug: string; title: string; name?: string }[];
}

export interface AdjustmentFinding {
  kind: 'carc' | 'rarc';
  /** As written: "CO-50", "N115". */
  code: string;
  /** For a CARC: its group letters (CO, PR, …), when printed. */
  group?: { code: string; meaning: string; sources: string[] };
  /** Our entry for the code, when we have one. */
  entry?: CodeEntry;
  evidence: Evidence;
}

export interface PolicyFinding {
  id: string;
  number: string;
  title: string;
  /** The label of a policy no longer in force (withdrawn, superseded or retired). */
  status?: string;
  evidence: Evidence;
}

export interface ReasonFinding {
  reason: NoticeReason | null;
  evidence: Evidence[];
  /** Reasons with any sign, best first. */
  candidates: { reason: NoticeReason; score: number; evidence: Evidence[] }[];
}

export interface LetterReading {
  plan: PlanFinding;
  noticeDate: DateFinding;
  billingCodes: BillingCodeFinding[];
  diagnosisCodes: { code: string; evidence: Evidence }[];
  adjustments: AdjustmentFinding[];
  policies: PolicyFinding[];
  reason: ReasonFinding;
}

/* ---------- text helpers ---------- */

/** Curly quotes and dashes as plain ones, so "Veterans’ Appeals" matches "Veterans' Appeals". */
const normalize = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\u00a0/g, ' ');

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The evidence for a match at `index`: the matched words and the trimmed line they sit on. */
function evidenceAt(text: string, index: number, words: string): Evidence {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  return { words: words.trim(), line: text.slice(start, end === -1 ? text.length : end).trim() };
}

/** Text of the line before `index` on the same line. */
const lineBefore = (text: string, index: number) => text.slice(text.lastIndexOf('\n', index - 1) + 1, index);

/** A phrase as a case-insensitive regex that must not start or end inside a word. */
const wordRe = (phrase: string, flags = 'gi') =>
  new RegExp(`(?<![A-Za-z0-9])${escapeRe(phrase).replace(/ /g, '\\s+')}(?![A-Za-z0-9])`, flags);

/* ---------- billing codes ---------- */

/** CPT (five digits, or four and F/T/U) and HCPCS (a letter A–V and four digits), as whole tokens. */
const BILLING = /(?<![\w.\-/$])(\d{4}[0-9FTU]|[A-V]\d{4})(?![\w\-/]|\.\d)/g;
/** A five-digit number after a two-letter state is a ZIP code; after "Form" or "Box" it is not a code. */
const NOT_A_CODE_BEFORE = /(?:(?:^|[^A-Za-z])[A-Z]{2},?\s+|\b(?:form|box|suite|no\.?)\s*)$/i;

/** Does a therapy's printed code ("J7325", "15271-15278", "Q4100-series") include `code`? */
export function codeCovers(printed: string, code: string): boolean {
  const p = printed.trim().toUpperCase();
  const c = code.toUpperCase();
  if (p === c) return true;
  const split = (s: string) => /^([A-Z]?)(\d{4,5})([A-Z]?)$/.exec(s);
  const series = /^([A-Z])(\d)(\d{3})-SERIES$/.exec(p);
  const m = split(c);
  if (!m) return false;
  if (series) {
    // "Q4100-series": Q4100 and the codes after it that share the letter and first digit (Q4101, Q4250).
    return (
      m[1] === series[1] &&
      m[2]!.length === 4 &&
      m[2]![0] === series[2] &&
      Number(m[2]) >= Number(series[2]! + series[3]!)
    );
  }
  const range = /^(.+?)\s*[-–]\s*(.+)$/.exec(p);
  if (!range) return false;
  const a = split(range[1]!);
  const b = split(range[2]!);
  if (!a || !b) return false;
  const same = a[1] === m[1] && b[1] === m[1] && a[3] === m[3] && b[3] === m[3] && a[2]!.length === m[2]!.length;
  return same && Number(m[2]) >= Number(a[2]) && Number(m[2]) <= Number(b[2]);
}

function findBillingCodes(text: string, data: ReaderData): BillingCodeFinding[] {
  const out = new Map<string, BillingCodeFinding>();
  for (const m of text.matchAll(BILLING)) {
    const code = m[1]!;
    if (/^\d/.test(code) && NOT_A_CODE_BEFORE.test(lineBefore(text, m.index))) continue;
    if (out.has(code)) continue;
    const therapies = data.therapies
      .filter((t) => t.codes.some((printed) => codeCovers(printed, code)))
      .map(({ slug, title, name }) => ({ slug, title, ...(name ? { name } : {}) }));
    out.set(code, { code, evidence: evidenceAt(text, m.index, code), therapies });
  }
  return [...out.values()];
}

/** ICD-10-CM diagnosis codes, which always carry a dot when printed on these notices ("M17.11"). */
const DIAGNOSIS = /(?<![\w.])([A-TV-Z]\d{2}\.[0-9A-Z]{1,4})(?!\w|\.\w)/g;

function findDiagnosisCodes(text: string) {
  const seen = new Set<string>();
  return [...text.matchAll(DIAGNOSIS)]
    .filter((m) => !seen.has(m[1]!) && seen.add(m[1]!))
    .map((m) => ({ code: m[1]!, evidence: evidenceAt(text, m.index, m[1]!) }));
}

/* ---------- claim adjustment and remark codes ---------- */

const GROUP_CARC = /\b(CO|PR|OA|PI|CR)\s?[-–:]?\s?([A-Z]?\d{1,3})(?!\w|\.\w)/g;
const LABELLED_CARC = /\b(?:CARC|(?:adjustment\s+)?reason\s+code)s?\s*:?\s*([A-Z]?\d{1,3})(?!\w|\.\w)/gi;
const RARC = /(?<![\w.\-])(MA\d{2,3}|M\d{1,3}|N\d{1,3})(?![\w\-]|\.\w)/g;
/** A remark code is taken only on a line that says so, or that carries a reason code: "Suite M1" is not one. */
const RARC_CONTEXT = /\b(?:remarks?|RARC|remittance|codes?)\b/i;

function findAdjustments(text: string, data: ReaderData): AdjustmentFinding[] {
  const out: AdjustmentFinding[] = [];
  const seen = new Set<string>();
  const carcLines = new Set<number>();
  const add = (f: AdjustmentFinding) => {
    if (seen.has(f.code)) return;
    seen.add(f.code);
    out.push(f);
  };
  /** `{ entry }` when we have the CARC, `{}` when we do not (the finding then says so). */
  const carcEntry = (code: string): { entry?: CodeEntry } => {
    const entry = data.codes.carc.find((c) => c.code === code);
    return entry ? { entry } : {};
  };
  for (const m of text.matchAll(GROUP_CARC)) {
    const group = data.codes.groups.find((g) => g.code === m[1]);
    carcLines.add(text.lastIndexOf('\n', m.index - 1));
    add({
      kind: 'carc',
      code: `${m[1]}-${m[2]}`,
      ...(group ? { group: { code: group.code, meaning: group.meaning, sources: group.sources } } : {}),
      ...carcEntry(m[2]!),
      evidence: evidenceAt(text, m.index, m[0]),
    });
  }
  for (const m of text.matchAll(LABELLED_CARC)) {
    if (out.some((f) => f.kind === 'carc' && f.code.endsWith(`-${m[1]}`))) continue;
    carcLines.add(text.lastIndexOf('\n', m.index - 1));
    add({
      kind: 'carc',
      code: m[1]!,
      ...carcEntry(m[1]!),
      evidence: evidenceAt(text, m.index, m[0]),
    });
  }
  for (const m of text.matchAll(RARC)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1);
    const ev = evidenceAt(text, m.index, m[1]!);
    if (!carcLines.has(lineStart) && !RARC_CONTEXT.test(ev.line)) continue;
    const entry = data.codes.rarc.find((c) => c.code === m[1]);
    add({ kind: 'rarc', code: m[1]!, ...(entry ? { entry } : {}), evidence: ev });
  }
  return out;
}

/* ---------- policies ---------- */

/** Abbreviations in our source numbers and the words letters spell them out in. */
const SPELLED_OUT: Record<string, string> = {
  TPM: 'TRICARE\\s+Policy\\s+Manual',
  TOM: 'TRICARE\\s+Operations\\s+Manual',
  CH: 'Chapter',
  SEC: 'Section',
  PUB: 'Publication',
};

/**
 * A regex for a printed number that tolerates the ways letters write it: "MM 0507" or "MM0507", "TPM Ch. 4,
 * Sec. 23.1" or "TRICARE Policy Manual, Chapter 4, Section 23.1". Dots and dashes between two digit groups
 * stay required ("150.7" is not "1507").
 */
export function numberPattern(number: string): RegExp {
  const tokens = [...number.matchAll(/[A-Za-z0-9]+/g)];
  let re = '';
  tokens.forEach((t, i) => {
    const word = t[0];
    const alt = SPELLED_OUT[word.toUpperCase()];
    re += alt ? `(?:${escapeRe(word)}|${alt})` : escapeRe(word);
    const next = tokens[i + 1];
    if (!next) return;
    const sep = number.slice(t.index + word.length, next.index);
    const digits = /\d$/.test(word) && /^\d/.test(next[0]);
    re += digits && sep.trim() ? `\\s?${escapeRe(sep.trim())}\\s?` : '[\\s.,:#-]*';
  });
  return new RegExp(`(?<![A-Za-z0-9])${re}(?![A-Za-z0-9]|[.-]\\d)`, 'gi');
}

/** A bare number ("0118") counts only right after the word "policy", or it would match any number. */
const POLICY_WORD_BEFORE = /polic(?:y|ies)\s*(?:number|no\.?|#)?\s*:?\s*$/i;

function findPolicies(text: string, data: ReaderData): PolicyFinding[] {
  const out: (PolicyFinding & { at: number })[] = [];
  for (const p of data.policies) {
    const bare = /^[\d.\s-]+$/.test(p.number);
    for (const m of text.matchAll(numberPattern(p.number))) {
      if (bare && !POLICY_WORD_BEFORE.test(text.slice(0, m.index))) continue;
      out.push({ ...p, evidence: evidenceAt(text, m.index, m[0]), at: m.index });
      break;
    }
  }
  return out.sort((a, b) => a.at - b.at).map(({ at: _, ...p }) => p);
}

/* ---------- kind of plan ---------- */

const STRONG = 3;
const MEDIUM = 1;

function findPlan(text: string, data: ReaderData, adjustments: AdjustmentFinding[]): PlanFinding {
  const own = new Map<NoticePlan, { score: number; strong: boolean; evidence: Evidence[] }>();
  for (const s of data.codes.planSigns) {
    const hit = { score: 0, strong: false, evidence: [] as Evidence[] };
    for (const [signs, weight] of [
      [s.strong, STRONG],
      [s.medium, MEDIUM],
    ] as const) {
      for (const sign of signs) {
        const m = wordRe(sign, 'i').exec(text);
        if (!m) continue;
        hit.score += weight;
        hit.strong ||= weight === STRONG;
        hit.evidence.push(evidenceAt(text, m.index, m[0]));
      }
    }
    // A code that is a sign of a plan (N25, MA01, P15) counts as a strong sign.
    for (const a of adjustments.filter((f) => f.entry?.plan === s.plan)) {
      hit.score += STRONG;
      hit.strong = true;
      hit.evidence.push(a.evidence);
    }
    if (hit.score > 0) own.set(s.plan, hit);
  }
  // A plan that is a kind of another (self-funded within job-based) takes the other's signs once it has its own.
  const scored = new Map(own);
  for (const s of data.codes.planSigns) {
    const mine = own.get(s.plan);
    const parent = s.within && own.get(s.within);
    if (mine?.strong && parent && s.within) {
      scored.set(s.plan, {
        ...mine,
        score: mine.score + parent.score,
        evidence: [...mine.evidence, ...parent.evidence],
      });
      scored.delete(s.within);
    }
  }
  const candidates = [...scored.entries()]
    .map(([plan, h]) => ({ plan, score: h.score, evidence: h.evidence }))
    .sort((a, b) => b.score - a.score);
  const [first, second] = candidates;
  const clear = first && first.score >= STRONG && (!second || first.score > second.score);
  return clear
    ? { plan: first.plan, evidence: first.evidence, candidates }
    : { plan: null, evidence: candidates.flatMap((c) => c.evidence), candidates };
}

/* ---------- the notice date ---------- */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DATE_FORMS: { re: RegExp; parts: (m: RegExpMatchArray) => [number, number, number] }[] = [
  // 2026-04-02
  { re: /(?<![\d/-])(\d{4})-(\d{2})-(\d{2})(?![\d/-])/g, parts: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // 03/17/2026, 6/9/2026, 10/20/26
  {
    re: /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g,
    parts: (m) => [m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!, +m[1]!, +m[2]!],
  },
  // March 3, 2026 · Aug. 5, 2026 · February 27th, 2026
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, 'gi'),
    parts: (m) => [+m[3]!, MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, +m[2]!],
  },
  // 14 July 2026
  {
    re: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+(\\d{4})\\b`, 'gi'),
    parts: (m) => [+m[3]!, MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, +m[1]!],
  },
];

/** Labels that make the date after them the notice date. */
const NOTICE_LABEL = /(?:date\s+of\s+(?:this\s+)?(?:notice|letter)|notice\s+date|letter\s+date|(?:^|\s)date)\s*:?\s*$/i;
/** Labels that make the date after them something else, with what it is. */
const OTHER_LABELS: [RegExp, keyof WhyWords['otherDates']][] = [
  [/(?:date(?:\(s\))?\s+of\s+(?:service|care)|service\s+date|\bDOS\b)/i, 'service'],
  [/(?:date\s+of\s+birth|\bDOB\b)/i, 'birth'],
  [/date\s+of\s+injury/i, 'injury'],
  [/(?:processed\s+between|received|\bby\b|within|until|before|after)/i, 'deadline'],
];

interface DateHit {
  date: string;
  index: number;
  evidence: Evidence;
}

function findDates(text: string): DateHit[] {
  const hits: DateHit[] = [];
  for (const form of DATE_FORMS) {
    for (const m of text.matchAll(form.re)) {
      const [y, mo, d] = form.parts(m);
      const date = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      if (!isIsoDate(date)) continue;
      if (hits.some((h) => m.index >= h.index && m.index < h.index + h.evidence.words.length)) continue;
      hits.push({ date, index: m.index, evidence: evidenceAt(text, m.index, m[0]) });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

function findNoticeDate(text: string, today: string, w: WhyWords): DateFinding {
  const ranked: { hit: DateHit; rank: number; why: string }[] = [];
  const others: DateFinding['others'] = [];
  for (const hit of findDates(text)) {
    const before = lineBefore(text, hit.index);
    // Only the words just before the date label it ("Service date", "Date of injury:", "by").
    const other = OTHER_LABELS.find(([re]) => re.test(before.slice(-30)));
    if (hit.date > today) {
      others.push({
        date: hit.date,
        evidence: hit.evidence,
        why: w.future,
      });
    } else if (other) {
      others.push({
        date: hit.date,
        evidence: hit.evidence,
        why: fillWords(w.looksLike, { what: w.otherDates[other[1]] }),
      });
    } else if (NOTICE_LABEL.test(before)) {
      ranked.push({ hit, rank: 0, why: w.label });
    } else if (hit.evidence.line === hit.evidence.words || hit.evidence.line === `${hit.evidence.words}.`) {
      ranked.push({ hit, rank: 1, why: w.ownLine });
    } else {
      others.push({ date: hit.date, evidence: hit.evidence, why: w.inSentence });
    }
  }
  ranked.sort((a, b) => a.rank - b.rank || a.hit.index - b.hit.index);
  const [best, ...rest] = ranked;
  for (const r of rest)
    others.push({
      date: r.hit.date,
      evidence: r.hit.evidence,
      why: fillWords(w.alsoCould, {
        date: formatDate(best!.hit.date, w.lang),
        how: r.rank > best!.rank ? w.clearer : w.first,
      }),
    });
  others.sort((a, b) => text.indexOf(a.evidence.line) - text.indexOf(b.evidence.line));
  if (!best) return { date: null, others };
  const why = rest.length > 0 ? fillWords(w.tookFirst, { why: best.why }) : best.why;
  return { date: best.hit.date, evidence: best.hit.evidence, why, others };
}

/* ---------- the denial reason ---------- */

/** Words that say the reason, beside the codes. Each counts once, less than a reason code does. */
const REASON_WORDS: Record<NoticeReason, RegExp[]> = {
  'not-medically-necessary': [
    /medical(?:ly)?\s+necess\w+/i,
    /\bnot\s+certified\b/i,
    /does\s+not\s+support\s+this/i,
    /do(?:es)?\s+not\s+(?:show\s+you\s+meet|meet\s+the\s+\w+\s+coverage\s+rules)/i,
  ],
  experimental: [
    /\bexperimental\b/i,
    /\binvestigational\b/i,
    /\bunproven\b/i,
    /not\s+(?:been\s+)?(?:proven|shown\s+to\s+improve)/i,
  ],
  excluded: [
    /\bexclu(?:ded|des|sion|sions)\b/i,
    /what\s+is\s+not\s+covered/i,
    /\bin\s+any\s+case\b/i,
    /not\s+a\s+covered\s+benefit/i,
  ],
  coding: [
    /corrected\s+claim/i,
    /unlisted\s+code/i,
    /does\s+not\s+match\s+the\s+diagnosis/i,
    /\b(?:wrong|invalid|correct)\s+codes?\b/i,
  ],
  'missing-information': [
    /(?:have\s+not|did\s+not|never)\s+(?:yet\s+)?receive/i,
    /not\s+(?:been\s+)?received/i,
    /\bmissing\s+(?:information|records|papers|documentation)/i,
  ],
  'out-of-network': [
    /out[-\s]of[-\s]network/i,
    /\bnon-network\b/i,
    /not\s+in\s+(?:the\s+|your\s+|our\s+)?(?:\w+\s+)?network/i,
    /\bfrom\s+network\s+providers\b/i,
  ],
  'no-prior-authorization': [
    /\bprior\s+authori[sz]ation\b/i,
    /\bpre-?authori[sz]ation\b/i,
    /\bpre-?certification\b/i,
    /\bno\s+referral\b/i,
  ],
};
const CARC_WEIGHT = 3;
const RARC_WEIGHT = 2;
const WORD_WEIGHT = 2;

function findReason(text: string, adjustments: AdjustmentFinding[]): ReasonFinding {
  const score = new Map<NoticeReason, { score: number; evidence: Evidence[] }>();
  const add = (reason: NoticeReason, weight: number, ev: Evidence) => {
    const s = score.get(reason) ?? { score: 0, evidence: [] };
    s.score += weight;
    s.evidence.push(ev);
    score.set(reason, s);
  };
  for (const a of adjustments) {
    const r = a.entry?.reason;
    if (r && r !== 'other') add(r, a.kind === 'carc' ? CARC_WEIGHT : RARC_WEIGHT, a.evidence);
  }
  for (const [reason, res] of Object.entries(REASON_WORDS) as [NoticeReason, RegExp[]][]) {
    for (const re of res) {
      const m = re.exec(text);
      if (m) add(reason, WORD_WEIGHT, evidenceAt(text, m.index, m[0]));
    }
  }
  const candidates = [...score.entries()].map(([reason, s]) => ({ reason, ...s })).sort((a, b) => b.score - a.score);
  const [first, second] = candidates;
  return first && (!second || first.score > second.score)
    ? { reason: first.reason, evidence: first.evidence, candidates }
    : { reason: null, evidence: [], candidates };
}

/* ---------- all together ---------- */

/**
 * Reads a pasted letter (in English, as plans write them). `today` (YYYY-MM-DD, the reader's date) rules out
 * dates in the future; `why` gives the words of why a date is, or is not, the notice date.
 */
export function readLetter(input: string, data: ReaderData, today: string, why: WhyWords): LetterReading {
  const text = normalize(input);
  const adjustments = findAdjustments(text, data);
  return {
    plan: findPlan(text, data, adjustments),
    noticeDate: findNoticeDate(text, today, why),
    billingCodes: findBillingCodes(text, data),
    diagnosisCodes: findDiagnosisCodes(text),
    adjustments,
    policies: findPolicies(text, data),
    reason: findReason(text, adjustments),
  };
}
