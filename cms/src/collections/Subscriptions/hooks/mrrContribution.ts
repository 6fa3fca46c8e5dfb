import type { FieldHook } from 'payload'
import { mrrCentsOf } from '@atlas/shared/billing/mrr'

/** The virtual `mrrCents` column: what this subscription adds to monthly recurring revenue (yearly ÷ 12). */
export const mrrContribution: FieldHook = ({ siblingData }) =>
  mrrCentsOf({
    status: siblingData?.status,
    interval: siblingData?.interval,
    amountCents: siblingData?.amountCents,
  })
