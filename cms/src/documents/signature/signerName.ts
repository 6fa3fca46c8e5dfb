/**
 * The name a signer types, compared with their account's as a person would:
 * case, accents, surrounding and repeated spaces and the kind of apostrophe
 * or hyphen do not matter ("  élise  D'ARTOIS " is "Élise d’Artois").
 */
export const comparableName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('fr')

export const sameSignerName = (typed: string, account: string): boolean => {
  const a = comparableName(typed)
  return a !== '' && a === comparableName(account)
}
