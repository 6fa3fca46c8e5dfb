/*
 * The merge fields of the DER and lettre de mission templates
 * (docs/decisions/041-document-templates.md): a fixed list, French names,
 * written `{{cabinet.orias}}` in the template's rich text. Each one is filled
 * from the firm global, the investor's advisor, the investor (account and
 * profile) or their plan when the document is rendered; the admin shows the
 * list beside the editor, and a template naming anything else is refused at
 * its `body` field. What each one holds is said in the i18n catalogue,
 * `templates.placeholder.<name>` (shared/src/i18n/documentsTemplates.fr.ts).
 */

export const PLACEHOLDER_GROUPS = {
  cabinet: [
    'cabinet.raison_sociale',
    'cabinet.forme_juridique',
    'cabinet.capital',
    'cabinet.siren',
    'cabinet.rcs',
    'cabinet.adresse',
    'cabinet.telephone',
    'cabinet.email',
    'cabinet.orias',
    'cabinet.categories_orias',
    'cabinet.association_cif',
    'cabinet.assureur_rc',
    'cabinet.police_rc',
    'cabinet.mediateur',
    'cabinet.mediateur_adresse',
    'cabinet.mediateur_site',
    'cabinet.dpo',
    'cabinet.dpo_email',
  ],
  conseiller: ['conseiller.nom', 'conseiller.email', 'conseiller.telephone'],
  client: ['client.nom', 'client.email', 'client.telephone', 'client.date_naissance', 'client.situation_familiale'],
  offre: ['offre.nom', 'offre.prix'],
  document: ['date', 'lieu'],
} as const

export type PlaceholderGroup = keyof typeof PLACEHOLDER_GROUPS
export type PlaceholderName = (typeof PLACEHOLDER_GROUPS)[PlaceholderGroup][number]

/** Every merge field, in the order the admin lists them. */
export const PLACEHOLDERS: readonly PlaceholderName[] = Object.values(PLACEHOLDER_GROUPS).flat()

const KNOWN = new Set<string>(PLACEHOLDERS)

export const isPlaceholderName = (name: string): name is PlaceholderName => KNOWN.has(name)

/** How a merge field is written in a template: `{{client.nom}}`. */
export const placeholderToken = (name: PlaceholderName): string => `{{${name}}}`

/** `{{ name }}`, spaces inside the braces allowed; the name itself has no brace. */
const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g

/**
 * `text` with every known merge field replaced by its value. A known field
 * without a value, and anything unknown, stays as written (templates are
 * checked when saved, so a rendered one has only known fields).
 */
export function substitute(text: string, values: Partial<Record<PlaceholderName, string>>): string {
  return text.replace(TOKEN, (whole, name: string) => (isPlaceholderName(name) && values[name] !== undefined ? values[name]! : whole))
}

/**
 * What in `text` is not a merge field of the list, in order, each once: unknown
 * names (`{{client.prenom}}` → `client.prenom`), and braces left open or
 * closed alone (`{{client.nom` → `{{client.nom`), which would print as is.
 */
export function unknownPlaceholders(text: string): string[] {
  const found: string[] = []
  const add = (value: string) => {
    if (!found.includes(value)) found.push(value)
  }
  const rest = text.replace(TOKEN, (_whole, name: string) => {
    if (!isPlaceholderName(name)) add(name || '{{}}')
    return ' '
  })
  for (const match of rest.matchAll(/\{\{[^\s{}]{0,40}|[^\s{}]{0,40}\}\}/g)) add(match[0])
  return found
}
