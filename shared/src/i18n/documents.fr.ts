// PLACEHOLDER (engineer 5, doc-sign): the contract's `documents.kind.*` / `documents.status.*` words, so the portal
// compiles before core (engineer 1, domain `documents`) lands. Core's file wins at merge.
export const documentsFr = {
  'documents.kind.bilan': 'Bilan patrimonial',
  'documents.kind.adequation': 'Rapport d’adéquation',
  'documents.kind.der': 'Document d’entrée en relation',
  'documents.kind.lettreMission': 'Lettre de mission',
  'documents.status.queued': 'En file d’attente',
  'documents.status.rendering': 'En préparation…',
  'documents.status.ready': 'Prêt',
  'documents.status.failed': 'Échec',
} as const
