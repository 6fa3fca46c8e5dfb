import type { Firm, Invoice } from '@atlas/shared/payload-types'

const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: number }).id : (value as number | null | undefined))

/** The seller as the firm global says at issue; null when the mandatory identity is not filled in. */
export function sellerSnapshot(firm: Firm | null | undefined): NonNullable<Invoice['seller']> | null {
  if (!firm?.legalName || !firm.siren || !firm.address?.street || !firm.address.city) return null
  return {
    legalName: firm.legalName,
    legalForm: firm.legalForm,
    capitalCents: firm.capitalCents,
    siren: firm.siren.replace(/\s/g, ''),
    rcsCity: firm.rcsCity,
    vatNumber: firm.invoicing?.vatNumber?.replace(/\s/g, '') || null,
    street: firm.address.street,
    postcode: firm.address.postcode,
    city: firm.address.city,
    email: firm.email,
    phone: firm.phone ?? null,
    vatFranchise: Boolean(firm.invoicing?.vatFranchise),
    latePaymentPenalty: firm.invoicing?.latePaymentPenalty || null,
    logo: idOf(firm.invoicing?.logo) ?? null,
  }
}
