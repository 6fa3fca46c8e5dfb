import type { CollectionBeforeChangeHook } from 'payload'
import { leastBusyAdvisor } from '../../../advisors/leastBusyAdvisor'

/**
 * Every investor has an advisor: a new investor account without one (a self
 * sign-up, an admin who left the field empty) gets the least busy advisor,
 * by the rule that assigns contact requests (docs/decisions/025). An
 * invitation's account arrives with the prospect's owner and keeps it.
 */
export const assignAdvisor: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || (data.role ?? 'investor') !== 'investor' || data.advisor) return data
  const advisor = await leastBusyAdvisor(req.payload)
  if (advisor) data.advisor = advisor
  return data
}
