/** The frame every client document shares (cms/src/documents/pdf): cover, header, footer. */
export const documentsPdfFr = {
  'documents.pdf.legalLine': '{legalName}, {legalForm} au capital de {capital} — RCS {city} {siren} — ORIAS n° {orias} (www.orias.fr)',
  'documents.pdf.firmMissing': 'Informations du cabinet non renseignées',
  'documents.pdf.page': 'Page {page} / {total}',
  'documents.pdf.cover.client': 'Client',
  'documents.pdf.cover.advisor': 'Votre conseiller',
  'documents.pdf.cover.noAdvisor': 'Conseiller non encore attribué',
  'documents.pdf.cover.date': 'Établi le',
  'documents.pdf.cover.address': 'Siège : {street}, {postcode} {city} — {email}',
  'documents.pdf.cover.cif': 'Conseiller en investissements financiers, membre de {association}.',
} as const
