import type { Payload, PayloadRequest } from 'payload'
import type Stripe from 'stripe'

/*
 * PLACEHOLDER owned by the invoices helper (contract: /work/wt/tasks/contract.md):
 * the merge replaces this file with the real Atlas invoice issue. Same
 * signatures; here nothing is issued.
 */

export const issueInvoiceForStripeInvoice = async (
  _payload: Payload,
  _args: { stripeInvoice: Stripe.Invoice; customerId: number | string; planName: string; req: PayloadRequest },
): Promise<{ id: number | string } | null> => null

export const issueCreditNoteForRefund = async (
  _payload: Payload,
  _args: { charge: Stripe.Charge; req: PayloadRequest },
): Promise<{ id: number | string } | null> => null
