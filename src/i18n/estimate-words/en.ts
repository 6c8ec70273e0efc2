/** The words of a cost estimate in English (src/i18n/estimate-words.ts). */
import type { EstimateWords } from '../estimate-words.ts';
import { COST_WORDS_EN } from '../cost-words/en.ts';

export const ESTIMATE_WORDS_EN: EstimateWords = {
  lang: 'en',
  cost: COST_WORDS_EN,
  units: {
    shot: ['shot', 'shots'],
    application: ['application', 'applications'],
    visit: ['visit', 'visits'],
    course: ['course', 'courses'],
    series: ['series', 'series'],
    treatment: ['treatment', 'treatments'],
    session: ['session', 'sessions'],
    area: ['area', 'areas'],
    joint: ['joint', 'joints'],
  },
  line: {
    treatment: 'Treatment: {areas}{count} {each}{scope}',
    areas: '{areas} × ',
    at: 'at {price} each',
    from: 'from {price} each',
    scope: ' ({scope})',
    series: 'a series of {count} shots',
    fromQuote: '{label} (from your quote)',
    consult: 'Consultation',
    imaging: 'Imaging, such as an MRI or X-ray',
    harvest: 'Harvest of your bone marrow or fat',
    guidance: 'Image guidance billed separately',
  },
  notes: {
    tierFallback: 'We have no separate price for {tier}, so this uses the range from all clinics.',
    floor:
      'This source gives only a starting price, so the estimate says where prices start, not what most people pay.',
    coversAreas:
      'The price “{scope}” already covers the areas treated, so only the number of {units} changes the total.',
    series:
      '{note} We count a series of {shots} shots. Ask the clinic how many shots you will need, and change the number ' +
      'of sessions to match.',
    askSeries:
      'This price is {scope}. Ask the clinic whether you will need a series. If so, set the number of ' +
      'sessions to the ' +
      'number of {units}.',
    perTreatment:
      'The source prices a “treatment” and does not say if that is one shot or the whole series. We count it as one ' +
      'shot. If it is the whole series, the series costs {price} for each area.',
    insurance:
      'Insurance may pay for the consultation, imaging or harvest only if your plan covers them. Ask your ' +
      'plan before ' +
      'you count on it.',
    hsa:
      'An HSA or FSA pays with money you paid no income tax on, so you save about your tax rate times what you pay. ' +
      'Ask your plan whether this treatment counts as a medical expense it allows.',
    deferred:
      'Deferred interest is an upper-bound estimate: {apr}% a year on the whole amount for all {months} months, ' +
      'charged back if any balance is left when the promotion ends. Pay the monthly amount shown for the promotion ' +
      'to avoid it.',
    noPromo: 'With no interest-free promotion, interest at {apr}% a year runs from the start.',
  },
  view: {
    from: 'from {amount}',
    about: 'about {typical} ({span})',
    typical: 'typical {amount}',
    youMayPayFrom: 'You may pay {amount}. The source gives only a starting price.',
    youMayPayOne: 'You may pay {amount}.',
    youMayPayRange: 'You may pay between {low} and {high}{typical}.',
    typically: ', typically about {amount}',
    series: 'One shot costs {perShot}{ifOne}. A series of {shots} shots costs {perSeries} in each area treated.',
    ifOne: ', if the price is for one shot',
    addsUpLabel: 'How the estimate adds up',
    caption: 'How it adds up',
    item: 'Item',
    cost: 'Cost',
    mayPayPart: '(insurance may pay part)',
    source: 'Source: ',
    totalBefore: 'Total before insurance',
    insuranceMay: 'Insurance {may} pay (not promised)',
    may: 'may',
    youMayPay: 'You may pay',
    hsa:
      'Paying with HSA or FSA money at a {rate}% tax rate may save you {saving} in tax, if the treatment counts as ' +
      'medical care for your diagnosis. Check with your account administrator.',
    hsaNotMedical:
      'If it does not count as medical care, there is no saving. An FSA or HRA plan checks each claim and may say ' +
      'no. HSA money you spend on it anyway is taxed as income. Before age 65 you also owe an extra {pct}% tax on ' +
      'it: {extra} more here. The extra tax does not apply once you are 65, or if you are disabled. {link}.',
    hsaLink: 'What HSA, FSA and HRA money can pay for',
    financing: 'Financing:',
    promo: ' to clear the balance within the {months}-month promotion, pay {monthly} a month.',
    noPromo: ' no promotion.',
    deferred:
      'If any balance is left when the promotion ends, deferred interest at {apr}% could add up to {amount}, charged ' +
      'back to the day you bought.',
    after: 'Paying it off over {months} months at {apr}% would cost {monthly} a month.',
    missByOne:
      'If you pay on time every month but the last payment is late, you would pay {miss} more in deferred interest. ' +
      'On a true 0% plan, the same late payment would cost {zero} more for each month it is late, before any late fee.',
    loan: 'A personal loan at {apr}% paid off over {months} months would cost {interest} in interest in all.',
  },
};
