// PLACEHOLDER (engineer 5, doc-sign): see documents.fr.ts. Core's file wins at merge.
import type { documentsFr } from './documents.fr'

export const documentsEn: Record<keyof typeof documentsFr, string> = {
  'documents.kind.bilan': 'Wealth review',
  'documents.kind.adequation': 'Suitability report',
  'documents.kind.der': 'Client information document',
  'documents.kind.lettreMission': 'Engagement letter',
  'documents.status.queued': 'Queued',
  'documents.status.rendering': 'Being prepared…',
  'documents.status.ready': 'Ready',
  'documents.status.failed': 'Failed',
}
