type DemoAsset = {
  kind: 'asset' | 'liability'
  category: string
  label: string
  institution?: string
  /** Omitted for a quoted holding: its value is quantity × the offline table's price (priceQuotedHolding). */
  valueCents?: number
  contributionsCents?: number
  /** A monthly savings plan (versements programmés): the demo history's versements grow by it each month. */
  monthlyContributionCents?: number
  openedAt?: string
  ownershipSharePct?: number
  cryptoSymbol?: string
  cryptoQuantity?: number
  /** A loan: the label of the same investor's asset it financed. */
  finances?: string
  monthlyPaymentCents?: number
  endsAt?: string
  listedSymbol?: string
  listedQuantity?: number
}

/** What each demo investor owns, by e-mail. Values in cents. */
export const DEMO_ASSETS: Record<string, DemoAsset[]> = {
  'camille.martin@atlas.demo': [
    { kind: 'asset', category: 'current-account', label: 'Compte joint', institution: 'Banque Populaire', valueCents: 420_000 },
    { kind: 'asset', category: 'livret-a', label: 'Livret A', institution: 'La Banque Postale', valueCents: 2_295_000, contributionsCents: 2_200_000, monthlyContributionCents: 10_000 },
    { kind: 'asset', category: 'life-insurance-unit-linked', label: 'Assurance-vie multisupport', institution: 'Linxea', valueCents: 8_550_000, contributionsCents: 7_200_000, monthlyContributionCents: 15_000, openedAt: '2014-06-02T00:00:00.000Z' },
    // Quoted, from the offline table (cours du 30/11): 50 CW8 × 544,1568 € = 27 207,84 € and 0,05 BTC × 79 843,21 € = 3 992,16 €,
    // 31 200,00 € together — the PEA's former hand-typed value, so Camille's net worth stays 319 350,00 €.
    { kind: 'asset', category: 'pea', label: 'PEA ETF monde', institution: 'Boursorama', listedSymbol: 'CW8', listedQuantity: 50, contributionsCents: 2_600_000, monthlyContributionCents: 20_000, openedAt: '2019-03-15T00:00:00.000Z' },
    { kind: 'asset', category: 'crypto', label: 'Bitcoin', institution: 'Coinbase', cryptoSymbol: 'BTC', cryptoQuantity: 0.05 },
    { kind: 'asset', category: 'main-home', label: 'Appartement Lyon 7e', valueCents: 39_000_000 },
    { kind: 'liability', category: 'mortgage', label: 'Prêt immobilier résidence principale', institution: 'Crédit Agricole', valueCents: 21_450_000,
      finances: 'Appartement Lyon 7e', monthlyPaymentCents: 138_000, endsAt: '2041-12-05T12:00:00.000Z' },
  ],
  'thomas.bernard@atlas.demo': [
    { kind: 'asset', category: 'current-account', label: 'Compte courant', institution: 'Société Générale', valueCents: 185_000 },
    { kind: 'asset', category: 'ldds', label: 'LDDS', institution: 'Société Générale', valueCents: 640_000 },
    { kind: 'asset', category: 'securities-account', label: 'Compte-titres', institution: 'Degiro', valueCents: 1_275_000 },
    { kind: 'asset', category: 'crypto', label: 'Bitcoin', institution: 'Ledger', cryptoSymbol: 'BTC', cryptoQuantity: 0.038 },
    { kind: 'liability', category: 'consumer-loan', label: 'Crédit auto', institution: 'Cetelem', valueCents: 960_000 },
  ],
  'lea.dubois@atlas.demo': [
    { kind: 'asset', category: 'livret-a', label: 'Livret A', institution: 'Caisse d’Épargne', valueCents: 1_500_000 },
    { kind: 'asset', category: 'per', label: 'PER individuel', institution: 'Yomoni', valueCents: 2_480_000 },
    { kind: 'asset', category: 'scpi', label: 'Parts de SCPI', institution: 'Corum', valueCents: 2_000_000 },
    { kind: 'asset', category: 'rental-property', label: 'Studio locatif Nantes', valueCents: 14_500_000 },
    { kind: 'liability', category: 'mortgage', label: 'Prêt locatif', institution: 'CIC', valueCents: 9_800_000,
      finances: 'Studio locatif Nantes', monthlyPaymentCents: 72_000, endsAt: '2039-06-05T12:00:00.000Z' },
  ],
}
