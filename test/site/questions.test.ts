/**
 * Search answers real patient questions: plain phrases, billing codes and policy numbers. Each question
 * must bring the expected page into the top 3 of the same Pagefind index and ranking readers use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindInNode } from '../support/pagefind-node.ts';
import { DIST } from '../support/dist.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';
import { displayName } from '../../src/lib/format/text.ts';
import { fold } from '../../src/lib/search/spelling.ts';
import { inLanguage, sitePaths } from '../../src/lib/paths.ts';
import type { Lang } from '../../src/schemas/language.ts';

const QUESTIONS: [question: string, expected: string][] = [
  ['does medicare cover prp', '/coverage/prp/medicare/'],
  ['prp injections cigna', '/coverage/prp/cigna/'],
  ['0232T', '/therapies/prp/'],
  ['L39058', '/therapies/prp/'],
  ['8.01.52', '/payers/bcbs/'],
  ['blue cross policy 254 stem cells', '/payers/bcbs/'],
  ['amniotic injection for knee', '/therapies/amniotic-injections/'],
  ['amniotic membrane diabetic foot ulcer', '/therapies/amniotic-membrane-grafts/'],
  ["wharton's jelly injection", '/therapies/umbilical-cord-products/'],
  ['bone marrow aspirate concentrate', '/therapies/bone-marrow-concentrate/'],
  ['SVF fat stem cells', '/therapies/adipose-cells/'],
  ['0565T', '/therapies/adipose-cells/'],
  ['ryoncil', '/therapies/cultured-stem-cells/'],
  ['gel shots for knee arthritis', '/therapies/hyaluronic-acid/'],
  ['J7325', '/therapies/hyaluronic-acid/'],
  ['prolotherapy insurance', '/therapies/prolotherapy/'],
  ['M0076', '/therapies/prolotherapy/'],
  ['are exosomes covered', '/therapies/exosomes/'],
  ['stem cell transplant for leukemia', '/therapies/stem-cell-transplant/'],
  ['IV vitamin drip', '/therapies/iv-nutrient-therapy/'],
  ['how to appeal a denial', '/guides/appeal-a-denial/'],
  ['external review deadline', '/guides/appeal-a-denial/'],
  ['denied as experimental or investigational', '/guides/denial-reasons/'],
  ['FDA registered vs FDA approved', '/guides/fda-status/'],
  ['section 361 HCT/P', '/guides/fda-status/'],
  ['can I use my HSA for stem cells', '/guides/paying-for-treatment/'],
  ['deferred interest financing', '/guides/paying-for-treatment/'],
  ['letter of medical necessity', '/guides/letter-of-medical-necessity/'],
  ['advance beneficiary notice', '/payers/medicare/'],
  ['medicare PRP Texas', '/payers/medicare/by-state/tx/'],
  ['which medicare contractor covers florida', '/payers/medicare/by-state/fl/'],
  ['medicare local coverage rules by state', '/payers/medicare/by-state/'],
  ['self-funded employer plan ERISA', '/payers/self-funded-plans/'],
  ['tricare prp', '/payers/tricare/'],
  ['workers comp prp', '/payers/workers-comp/'],
  ['clinical trial routine costs', '/guides/other-routes/'],
  ['questions to ask a stem cell clinic', '/guides/questions-for-clinics/'],
  ['what to write down when I call my insurance', '/guides/calling-your-insurer/'],
  ['medicare advantage prior authorization', '/payers/medicare-advantage/'],
  ['appeal letter', '/appeal/letter/'],
  ['appeal deadline calculator', '/appeal/deadlines/'],
  ['cost estimator', '/estimate/'],
];

/**
 * Questions typed with mistakes, as readers type them on a phone: the search corrects them against the
 * words of the pages, and rewrites the phrases in content/search-words.yaml (src/lib/search/spelling.ts).
 */
const MISTYPED: [question: string, expected: string][] = [
  ['platlet rich plasma', '/therapies/prp/'],
  ['prolo therapy', '/therapies/prolotherapy/'],
  ['prolo shots', '/therapies/prolotherapy/'],
  ['hyaluronic acd knee', '/therapies/hyaluronic-acid/'],
  ['synvisk', '/therapies/hyaluronic-acid/'],
  ['euflexa', '/therapies/hyaluronic-acid/'],
  ['amniotc injection for knee', '/therapies/amniotic-injections/'],
  ['stem cell shot for knee', '/therapies/bone-marrow-concentrate/'],
  ['platelet shot medicare', '/coverage/prp/medicare/'],
  ['blood spinning knee', '/therapies/prp/'],
  ['sugar water injection', '/therapies/prolotherapy/'],
  ['bone marow concentrate', '/therapies/bone-marrow-concentrate/'],
  ['exosome therapy', '/therapies/exosomes/'],
  ['medicare advantge prior authorisation', '/payers/medicare-advantage/'],
  ['apeal a denial', '/guides/appeal-a-denial/'],
  ['letter of medical necesity', '/guides/letter-of-medical-necessity/'],
  ['rooster comb injection', '/therapies/hyaluronic-acid/'],
];

/** Questions in Spanish, against the Spanish index, as typed (accents left out included). */
const SPANISH: [question: string, expected: string][] = [
  ['cómo apelar una denegación', '/es/guides/appeal-a-denial/'],
  ['plazo para la revisión externa', '/es/guides/appeal-a-denial/'],
  ['estimado de buena fe', '/es/guides/good-faith-estimate/'],
  ['la factura es más alta que el estimado', '/es/guides/good-faith-estimate/'],
  ['aviso anticipado al beneficiario', '/es/guides/advance-beneficiary-notice/'],
  ['carta de necesidad médica', '/es/guides/letter-of-medical-necessity/'],
  ['códigos de facturación', '/es/guides/billing-codes/'],
  ['registrado o aprobado por la FDA', '/es/guides/fda-status/'],
  ['preguntas para una clínica de células madre', '/es/guides/questions-for-clinics/'],
  ['cómo llamar a mi aseguradora', '/es/guides/calling-your-insurer/'],
  ['anotar cada llamada al seguro', '/es/guides/calling-your-insurer/'],
  ['pagar con la cuenta HSA', '/es/guides/paying-for-treatment/'],
  ['negado por ser experimental', '/es/guides/denial-reasons/'],
  ['costos de rutina en un ensayo clínico', '/es/guides/other-routes/'],
  ['facturación indebida', '/es/guides/improper-billing-risks/'],
  ['plasma rico en plaquetas', '/es/therapies/prp/'],
  ['¿medicare cubre el prp?', '/es/coverage/prp/medicare/'],
  ['inyecciones de gel para la rodilla', '/es/therapies/hyaluronic-acid/'],
  ['trasplante de médula ósea para la leucemia', '/es/therapies/stem-cell-transplant/'],
  ['injerto de membrana amniótica para úlcera del pie', '/es/therapies/amniotic-membrane-grafts/'],
  ['células madre de grasa', '/es/therapies/adipose-cells/'],
  ['exosomas', '/es/therapies/exosomes/'],
  ['plan autofinanciado ERISA', '/es/payers/self-funded-plans/'],
  ['0232T', '/es/therapies/prp/'],
  ['J7325', '/es/therapies/hyaluronic-acid/'],
  ['medicare prp texas', '/es/payers/medicare/by-state/tx/'],
];

/** Spanish questions typed without accents or with mistakes. */
const SPANISH_MISTYPED: [question: string, expected: string][] = [
  ['apelacion de una denegacion', '/es/guides/appeal-a-denial/'],
  ['estimado de buena fe factura', '/es/guides/good-faith-estimate/'],
  ['carta de necesidad medica', '/es/guides/letter-of-medical-necessity/'],
  ['codigos de facturasion', '/es/guides/billing-codes/'],
  ['aviso antisipado al beneficiario', '/es/guides/advance-beneficiary-notice/'],
  ['clinica de celulas madre preguntas', '/es/guides/questions-for-clinics/'],
  ['inyecciones de acido hialuronico', '/es/therapies/hyaluronic-acid/'],
  ['inyeccion de acido hialuronico en la rodiya', '/es/therapies/hyaluronic-acid/'],
  ['cubre medicare el prp', '/es/coverage/prp/medicare/'],
  ['prolo terapia', '/es/therapies/prolotherapy/'],
  ['proloterapia seguro', '/es/therapies/prolotherapy/'],
  ['sinvisc', '/es/therapies/hyaluronic-acid/'],
  ['gelatina de warton', '/es/therapies/umbilical-cord-products/'],
  ['trasplante de medula osea', '/es/therapies/stem-cell-transplant/'],
  ['inyeccion de celulas madre en la rodiya', '/es/therapies/bone-marrow-concentrate/'],
];

/**
 * A treatment's name alone, as readers type it into the search box: the treatment's own page comes first, above
 * the coverage pages whose titles repeat the name ("¿Cubre Cigna el ácido hialurónico?"). Every treatment's name
 * as the site writes it (its short title, without the words in brackets) is asked in each language, and in
 * Spanish also without its accents (below); these are the names typed with mistakes or another way.
 */
const NAMES: [lang: Lang, question: string, expected: string][] = [
  ['es', 'hialuronico', '/es/therapies/hyaluronic-acid/'],
  ['es', 'hialurónico', '/es/therapies/hyaluronic-acid/'],
  ['es', 'acido hialuronco', '/es/therapies/hyaluronic-acid/'],
  ['es', 'asido hialuronico', '/es/therapies/hyaluronic-acid/'],
  ['es', 'proloterapya', '/es/therapies/prolotherapy/'],
  ['es', 'prolo terapia', '/es/therapies/prolotherapy/'],
  ['es', 'plasma rico en plaquetas', '/es/therapies/prp/'],
  ['es', 'plasma rico en plaketas', '/es/therapies/prp/'],
  ['es', 'plaquetas ricas', '/es/therapies/prp/'],
  ['es', 'prp', '/es/therapies/prp/'],
  ['es', 'exosomaz', '/es/therapies/exosomes/'],
  ['es', 'inyeciones amnioticas', '/es/therapies/amniotic-injections/'],
  ['es', 'consentrado de medula osea', '/es/therapies/bone-marrow-concentrate/'],
  ['es', 'trasplante de selulas madre', '/es/therapies/stem-cell-transplant/'],
  ['es', 'cordon umbilikal', '/es/therapies/umbilical-cord-products/'],
  ['en', 'hyaluronic', '/therapies/hyaluronic-acid/'],
  ['en', 'hyaluronc acid', '/therapies/hyaluronic-acid/'],
  ['en', 'prolotheraphy', '/therapies/prolotherapy/'],
  ['en', 'platelet rich plasma', '/therapies/prp/'],
  ['en', 'prp', '/therapies/prp/'],
  ['en', 'exosoms', '/therapies/exosomes/'],
  ['en', 'amniotic injectons', '/therapies/amniotic-injections/'],
  ['en', 'bone marow concentrate', '/therapies/bone-marrow-concentrate/'],
  ['en', 'stem cell transplnt', '/therapies/stem-cell-transplant/'],
  ['en', 'umbilical cord', '/therapies/umbilical-cord-products/'],
];

/** Every treatment's name as the site writes it, in each language (and in Spanish without accents). */
function treatmentNames(): [lang: Lang, question: string, expected: string][] {
  const { catalog } = siteCatalog();
  const bare = (page: { title: string; shortTitle?: string | undefined }) =>
    displayName(page).replace(/\s*\(.*\)$/, '');
  const names = catalog.therapies.map((t): [Lang, string, string] => ['en', bare(t), sitePaths.therapy(t.slug)]);
  for (const t of catalog.es.pages.therapies) {
    const path = inLanguage(sitePaths.therapy(t.slug), 'es');
    names.push(['es', bare(t), path], ['es', fold(bare(t)), path]);
  }
  return names;
}

/** Words several treatments share: the first results are treatment pages, not coverage pages that repeat them. */
const SHARED: [lang: Lang, question: string][] = [
  ['es', 'células madre'],
  ['es', 'celulas madre'],
  ['en', 'stem cells'],
];

let pf: Awaited<ReturnType<typeof pagefindInNode>>;
let pfEs: Awaited<ReturnType<typeof pagefindInNode>>;
beforeAll(async () => {
  pf = await pagefindInNode(DIST);
  pfEs = await pagefindInNode(DIST, 'es');
});
// Each client replaced `fetch` over the one before it: put them back last first.
afterAll(() => {
  pfEs.restore();
  pf.restore();
});

describe('patient questions find the right page in the top 3', () => {
  it('has at least 25 questions', () => expect(QUESTIONS.length).toBeGreaterThanOrEqual(25));
  for (const [q, expected] of QUESTIONS) {
    it(`"${q}" → ${expected}`, async () => {
      const top = (await pf.search(q)).slice(0, 3).map((r) => r.url);
      expect(top).toContain(expected);
    });
  }
});

describe('mistyped questions find the right page in the top 3', () => {
  it('has at least 12 questions', () => expect(MISTYPED.length).toBeGreaterThanOrEqual(12));
  for (const [q, expected] of MISTYPED) {
    it(`"${q}" → ${expected}`, async () => {
      const top = (await pf.search(q)).slice(0, 3).map((r) => r.url);
      expect(top).toContain(expected);
    });
  }
});

describe('Spanish questions find the right Spanish page in the top 3', () => {
  it('searches only Spanish pages', async () => {
    const all = await pfEs.search('medicare', undefined, 50);
    expect(all.length).toBeGreaterThan(5);
    expect(all.every((r) => r.url.startsWith('/es/'))).toBe(true);
  });
  for (const [q, expected] of [...SPANISH, ...SPANISH_MISTYPED]) {
    it(`"${q}" → ${expected}`, async () => {
      const top = (await pfEs.search(q)).slice(0, 3).map((r) => r.url);
      expect(top).toContain(expected);
    });
  }
});

describe("a treatment's name finds the treatment's page first, in both languages", () => {
  const client = (lang: Lang) => (lang === 'es' ? pfEs : pf);
  const names = treatmentNames();
  it('asks the name of every treatment in each language', () => {
    const { catalog } = siteCatalog();
    expect(names.length).toBe(catalog.therapies.length + 2 * catalog.es.pages.therapies.length);
    expect(catalog.es.pages.therapies.length).toBeGreaterThan(0);
  });
  for (const [lang, q, expected] of [...names, ...NAMES]) {
    it(`${lang}: "${q}" → ${expected}`, async () => {
      expect((await client(lang).search(q, undefined, 1))[0]?.url).toBe(expected);
    });
  }
  for (const [lang, q] of SHARED) {
    it(`${lang}: "${q}" → treatment pages first`, async () => {
      const top = (await client(lang).search(q, undefined, 3)).map((r) => r.url);
      expect(top).toHaveLength(3);
      for (const url of top) expect(url).toMatch(lang === 'es' ? /^\/es\/therapies\// : /^\/therapies\//);
    });
  }
});
