import { formatSiren } from '@atlas/shared/firm'
import { formatPrice } from '@atlas/shared/finance'
import { translate, type Locale, type MessageParams } from '@atlas/shared/i18n'
import type { Firm } from '@atlas/shared/payload-types'

/** The `{placeholders}` of the legal texts (shared/src/i18n/legal.*.ts), from the firm global. */
export function legalParams(firm: Firm, locale: Locale): MessageParams {
  const address = [firm.address.street, `${firm.address.postcode} ${firm.address.city}`].join(', ')
  const mediator = [firm.mediator.name, firm.mediator.address, firm.mediator.website].filter(Boolean).join(', ')
  return {
    legalName: firm.legalName,
    legalForm: firm.legalForm,
    capital: formatPrice(firm.capitalCents, locale),
    siren: formatSiren(firm.siren),
    rcsCity: firm.rcsCity,
    address,
    phone: firm.phone ?? '',
    email: firm.email,
    orias: firm.orias.number,
    categories: (firm.orias.categories ?? []).map((category) => translate(locale, `firm.category.${category}`)).join(', '),
    cifAssociation: firm.cifAssociation ?? '',
    insurer: firm.insurance.insurer,
    policyNumber: firm.insurance.policyNumber,
    mediator,
    dpoName: firm.dpo.name,
    dpoEmail: firm.dpo.email,
    director: firm.publicationDirector,
    hostName: firm.host.name,
    hostAddress: firm.host.address,
  }
}
