import type { performanceFr } from './performance.fr'

export const performanceEn: Record<keyof typeof performanceFr, string> = {
  'performance.gain': 'Gain',
  'performance.loss': 'Loss',
  'performance.even': 'Break-even',
  'performance.line': '{word} {amount} ({rate})',
  'performance.lineNoRate': '{word} {amount}',
  'performance.sinceOpening': 'since opening ({date})',
  'performance.yearly': 'About {rate} a year — approximate: as if every contribution had been paid at opening.',
  'performance.unknown': 'Gain: —',
  'performance.unknownHint': 'contributions not entered',

  'performance.card.title': 'Performance',
  'performance.card.total': 'Unrealised gain or loss',
  'performance.card.totalHint.one': 'Current value minus your contributions, over 1 holding.',
  'performance.card.totalHint.other': 'Current value minus your contributions, over {count} holdings.',
  'performance.card.period': 'Over {months} months (since {date})',
  'performance.card.periodHint': 'Change in value minus the contributions paid during the period.',
  'performance.card.none': 'Enter the contributions of your holdings to see how they perform.',
  'performance.card.periodNone': 'No valuation with contributions in the period yet.',
  'performance.card.leftOut.one': '1 holding without contributions is left out.',
  'performance.card.leftOut.other': '{count} holdings without contributions are left out.',

  'performance.counted.title': 'What is counted',
  'performance.counted.latent': 'Unrealised gains: current value minus contributions, nothing sold.',
  'performance.counted.fees': 'Fees and taxes are not deducted, except as already reflected in the value.',
  'performance.counted.leftOut': 'Holdings without contributions are left out (currently: {count}).',
  'performance.counted.loans': 'Loans and debts are excluded.',
  'performance.counted.share': 'Your share owned applies to value and contributions alike.',
  'performance.counted.period': 'Over the period, money paid in meanwhile is not counted as a gain.',
}
