import type { Payload } from 'payload'
import type { BillingAddress } from '@atlas/shared/billing/billingAddress'

/**
 * The demo's Stripe customer (no STRIPE_SECRET_KEY): the name and billing
 * address given at the demo checkout, kept in Payload's key-value store by
 * user id like the demo sessions (demoCheckouts.ts). Every demo invoice
 * carries them as Stripe's `customer_name` / `customer_address`.
 */
export type DemoCustomer = {
  userId: number
  name: string | null
  address: { line1: string; line2: string | null; postal_code: string; city: string; country: string }
}

const keyOf = (userId: number) => `billing:demo-customer:${userId}`

/** The customer as Stripe would hold it: the address's name, else the account's. */
export const demoCustomerFrom = (userId: number, accountName: string | null | undefined, address: BillingAddress): DemoCustomer => ({
  userId,
  name: address.name || accountName || null,
  address: { line1: address.line1, line2: address.line2 ?? null, postal_code: address.postalCode, city: address.city, country: address.country },
})

export const saveDemoCustomer = (payload: Payload, customer: DemoCustomer) => payload.kv.set(keyOf(customer.userId), customer)

export const demoCustomerOf = async (payload: Payload, userId: number): Promise<DemoCustomer | null> =>
  (await payload.kv.get<DemoCustomer>(keyOf(userId))) ?? null
