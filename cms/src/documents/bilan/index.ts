// PLACEHOLDER: replaced at merge by engineer 2 (bilan). Core's throw-away version, to test generation end to end.
import { roleOf } from '../../access/roleOf'
import { entitlementsOf } from '../../billing/entitlements'
import { onePageRenderer } from '../placeholder/onePage'
import type { DocumentRenderer, Preflight } from '../renderers'

export const renderBilan: DocumentRenderer = onePageRenderer('bilan')

/** The contract's rule: an investor asking for their own bilan needs `documentsBilan`; staff always may. */
export const bilanPreflight: Preflight = async (payload, _investorId, req) => {
  if (roleOf(req.user) !== 'investor') return null
  const { entitlements } = await entitlementsOf(payload, req.user, req)
  return entitlements.documentsBilan ? null : { status: 403, messageKey: 'documents.bilan.locked' }
}
