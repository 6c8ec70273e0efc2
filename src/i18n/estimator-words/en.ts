/** The cost estimator's words in English (src/i18n/estimator-words.ts). */
import type { EstimatorWords } from '../estimator-words.ts';

export const ESTIMATOR_WORDS_EN: EstimatorWords = {
  lang: 'en',
  fields: {
    areas: {
      label: 'Number of areas (joints or spine levels)',
      noun: 'number of areas',
      message: 'Enter a number of areas from {bounds}',
    },
    sessions: {
      label: 'Number of sessions',
      noun: 'number of sessions',
      message: 'Enter a number of sessions from {bounds}',
    },
    guidance: { label: 'Image guidance, if billed separately ($)', noun: 'image guidance price' },
    consult: { label: 'Consultation visit ($)', noun: 'consultation price' },
    imaging: { label: 'Diagnostic imaging, such as an MRI ($)', noun: 'imaging price' },
    harvest: { label: 'Bone marrow harvest ($)', noun: 'harvest price' },
    deductible: { label: 'Deductible you still have to meet this year ($)', noun: 'deductible left' },
    coinsurance: {
      label: 'Your coinsurance after the deductible (%)',
      noun: 'coinsurance',
      message: 'Enter a coinsurance from {bounds}',
    },
    tax: { label: 'Your income tax rate (%)', noun: 'tax rate', message: 'Enter a tax rate from {bounds}' },
    promo: {
      label: 'Months with no interest (promotion)',
      noun: 'promotion length',
      message: 'Enter a promotion length from {bounds}',
    },
    apr: {
      label: 'Interest rate (APR) after the promotion (%)',
      noun: 'interest rate (APR)',
      message: 'Enter an interest rate (APR) from {bounds}',
    },
    term: {
      label: 'Months to pay off after that',
      noun: 'repayment time',
      message: 'Enter a repayment time from {bounds}',
    },
    mqty: {
      label: 'How many: shots, or square centimeters of graft',
      noun: 'number of shots or square centimeters',
      message: 'Enter a number of shots or square centimeters from {bounds}',
    },
    mother: {
      label: 'Other Medicare-approved amount, such as the gel, from the billing office ($)',
      noun: 'other approved amount',
    },
    mded: { label: 'Part B deductible you still have to meet this year ($)', noun: 'Part B deductible left' },
    loan: {
      label: 'A personal loan’s interest rate to compare (APR %, 0 to skip)',
      noun: 'personal loan rate',
      message: 'Enter a personal loan rate from {bounds}',
    },
  },
  field: {
    bounds: '{min} to {max}{unit}',
    unit: { count: '', money: '', percent: ' percent', apr: ' percent', months: ' months' },
    moneyHint: 'whole dollars, 0 or more',
    aprHint: '{bounds}, at most one decimal',
    aprMessage: '{message}, with at most one decimal',
    moneyMessage: 'Enter an amount in whole dollars, 0 or more',
    tooMuch: 'Enter an amount of {max} or less',
    badInput: 'Enter a number, using digits only',
    shown: { count: '{value}', money: '${value}', percent: '{value}%', apr: '{value}%', months: '{value} months' },
  },
  row: {
    label: 'Which price to use',
    noun: 'price source',
    hint:
      'We start with the price we trust most: a survey of many clinics before one clinic’s ad or an article. ' +
      'The list shows every price we have for this treatment. Picking one of the other prices changes what is treated to match.',
    picked: 'Prices for what you picked',
    others: 'Other prices for this treatment',
    choice: '{price} ({scope}{tier}): {evidence}{trusted}',
    choiceTier: ', {tier}',
    trusted: ' (the one we trust most)',
  },
  notices: {
    noPrices: 'We have no prices for {name} yet, so we show {shown}.',
    unknownTherapy: 'We did not recognize the treatment {raw}, so we show {shown}.',
    noScope: 'We have no “{scope}” price for {name}, so we show the “{shown}” price.',
    unknownScope: 'We did not recognize the kind of price {raw}, so we show the “{shown}” price.',
    noTier: 'We have no price from {tier} for this, so we show {shown}.',
    unknownTier: 'We did not recognize the kind of clinic {raw}, so we show {shown}.',
    unknownRow: 'We have no {noun} {raw} for this, so we use the price we trust most.',
    badNumber: 'We could not use {raw} as the {noun} ({hint}), so we use {value}.',
    unknownPay: 'We did not recognize the way to pay {raw}, so we show paying in cash.',
    unknownService: 'We did not recognize the Medicare-covered service in the link, so we leave that part out.',
    badMedicareNumber: 'We could not use the {noun} in the link ({hint}), so we use the default.',
    unknownGap: 'We did not recognize the second payer in the link, so we show Original Medicare alone.',
  },
  medicare: {
    heading: 'If Original Medicare covers it',
    amount:
      'Medicare’s {year} national amount for {label} is {amount} {perUnit}, in a doctor’s office (from {release}; ' +
      '{confidence}; source: {sources}). {note}',
    about: 'about {amount}',
    perUnit: { service: 'per service', 'square-cm': 'per square centimeter' },
    confidence: { primary: 'read in the source itself', secondary: 'read in a summary' },
    oneShot: 'For 1 shot',
    series: 'For a series of {count} shots',
    units: {
      service: ['For 1 service', 'For {count} services'],
      'square-cm': ['For 1 square centimeter', 'For {count} square centimeters'],
    },
    plus: ' plus the {amount} you entered',
    owe:
      '{for}{plus}, the approved amount is {allowed}. With Original Medicare alone you would owe {owed}: ' +
      '{deductible} toward your deductible and {pct}% of the rest, {coinsurance}. Medicare would pay {pays}. ' +
      '(Deductible: {deductibleSources}; {pct}%: {coinsuranceSources}.)',
    span: '{low} to {high}',
    medigap: 'With Medigap Plan {letter} you would owe {owed}{copay}{limit}. ({sources}.)',
    copay: ' (the higher figure if the office charges its copay)',
    yearlyLimit: '. Plans K and L stop charging you once you reach their yearly limit',
    qmb:
      'In the Qualified Medicare Beneficiary (QMB) program, {noBill} for the deductible or the {pct}%. If you get ' +
      'such a bill, call 1-800-MEDICARE. ({sources}.)',
    qmbNoBill: 'no provider may bill you',
    medicaid:
      'With Medicaid as well, you may owe {owed}: it depends on what your state’s Medicaid plan pays. Ask your ' +
      'state Medicaid office.',
    noRate: 'We found no public rate for {what}. {ask}',
    abn:
      'All of this holds only if Medicare covers the service for you. If the clinic thinks Medicare may not pay, ' +
      'it must give you an {link} before the treatment if it wants to bill you.',
    abnLink: 'Advance Beneficiary Notice',
  },
  copied: 'Link copied.',
  copyThis: 'Copy this link: {url}',
};
