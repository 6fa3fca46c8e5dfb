/**
 * French messages of loans linked to what they finance: the loan fields of
 * the asset form, the net value on the patrimony page and the debt ratio's
 * source (docs/decisions/032-loans-linked-to-assets.md).
 */
export const loansFr = {
  'errors.loan.financedAssetUnknown': 'Choisissez un de vos biens dans la liste.',
  'errors.loan.financedAssetIsDebt': 'Un crédit finance un bien, pas une dette : choisissez un actif.',
  'errors.loan.endsAt': 'Indiquez une date valide (par exemple 05/12/2041).',

  'loans.form.legend': 'Crédit (uniquement pour une dette)',
  'loans.form.financedAsset': 'Bien financé',
  'loans.form.financedAssetNone': 'Aucun bien en particulier',
  'loans.form.financedAssetHint': 'Le bien acheté avec ce crédit : sa valeur nette en tiendra compte.',
  'loans.form.monthlyPayment': 'Mensualité',
  'loans.form.monthlyPaymentHint': 'Assurance comprise, en euros par mois (par exemple 1 480).',
  'loans.form.endsAt': 'Date de fin',
  'loans.form.endsAtHint': 'Date de la dernière échéance.',

  'loans.netValue': 'Valeur nette :',
  'loans.netValueDetail': 'après {debt} de capital restant dû',
  'loans.financedBy': 'Crédit :',
  'loans.finances': 'Finance :',
  'loans.monthlyPayment': 'Mensualité : {amount}',
  'loans.remaining.one': '1 mois restant',
  'loans.remaining.other': '{months} mois restants',
  'loans.ended': 'Crédit terminé',

  'loans.debtRatio': 'Taux d’endettement :',
  'loans.debtRatio.repayments': 'Remboursements : {amount} par mois',
  'loans.debtRatio.source.loans': 'd’après vos crédits',
  'loans.debtRatio.source.questionnaire': 'd’après votre questionnaire',
  'loans.debtRatio.over': 'Au-delà des 35 % recommandés par le HCSF.',
  'loans.debtRatio.noIncome': 'Renseignez vos revenus dans le questionnaire pour le calculer.',
  'admin.client.debtRatio.source.loans': 'd’après les crédits enregistrés',
  'admin.client.debtRatio.source.questionnaire': 'd’après le questionnaire',
}
