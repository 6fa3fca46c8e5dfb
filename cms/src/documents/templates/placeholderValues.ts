import type { Payload, PayloadRequest } from 'payload'
import type { PlaceholderName } from '@atlas/shared/documents/placeholders'
import type { Locale } from '@atlas/shared/i18n'
import type { Plan, Profile } from '@atlas/shared/payload-types'
import { activeSubscriptionOf } from '../../billing/activeSubscription'
import { pdfText } from '../../invoices/pdf/pdfText'
import type { Branding } from '../pdf/firmBranding'

const idOf = (value: unknown): number | null => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' ? id : null
}

/** A calendar date typed as `YYYY-MM-DD` (a birth date), read at noon UTC: the same day in Paris. */
const calendarDate = (value: string | null | undefined): string | null => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00.000Z` : null)

/** The investor's profile (birth date, family situation) and plan (name, price): what Branding does not hold. */
async function clientExtras(payload: Payload, investorId: number, req?: Partial<PayloadRequest>) {
  const [profiles, subscription] = await Promise.all([
    payload.find({ collection: 'profiles', where: { owner: { equals: investorId } }, limit: 1, depth: 0, overrideAccess: true, req }),
    activeSubscriptionOf(payload, investorId, req),
  ])
  const planId = idOf(subscription?.plan)
  const plan = planId ? ((await payload.findByID({ collection: 'plans', id: planId, depth: 0, overrideAccess: true, disableErrors: true, req })) as Plan | null) : null
  return { profile: (profiles.docs[0] as Profile | undefined) ?? null, subscription, plan }
}

/**
 * Every merge field's value for one investor's document (shared/src/documents/placeholders.ts):
 * the firm global, their advisor, their account and profile, their plan, the
 * date (Paris). A value nobody entered reads "non renseigné", so a printed
 * document never shows a `{{…}}`.
 */
export async function placeholderValues(
  payload: Payload,
  branding: Branding,
  locale: Locale,
  now: Date,
  req?: Partial<PayloadRequest>,
): Promise<Record<PlaceholderName, string>> {
  const f = pdfText(locale)
  const missing = f.t('documents.templates.missing')
  const or = (value: string | null | undefined) => (value && value.trim() ? value.trim() : missing)
  const { firm, investor, advisor } = branding
  const { profile, subscription, plan } = await clientExtras(payload, investor.id, req)
  const address = firm?.address ? `${firm.address.street}, ${firm.address.postcode} ${firm.address.city}` : null
  const birth = calendarDate(profile?.identity?.birthDate)
  const marital = profile?.identity?.maritalStatus
  const interval = subscription?.interval === 'year' ? 'year' : 'month'
  const price = subscription ? (subscription.amountCents ?? (interval === 'year' ? plan?.yearlyPriceCents : plan?.monthlyPriceCents)) : null
  return {
    'cabinet.raison_sociale': or(firm?.legalName),
    'cabinet.forme_juridique': or(firm?.legalForm),
    'cabinet.capital': firm ? f.eur(firm.capitalCents) : missing,
    'cabinet.siren': firm ? f.siren(firm.siren) : missing,
    'cabinet.rcs': firm ? `RCS ${firm.rcsCity} ${f.siren(firm.siren)}` : missing,
    'cabinet.adresse': or(address),
    'cabinet.telephone': or(firm?.phone),
    'cabinet.email': or(firm?.email),
    'cabinet.orias': or(firm?.orias?.number),
    'cabinet.categories_orias': or((firm?.orias?.categories ?? []).map((category) => f.t(`firm.category.${category}` as never)).join(', ')),
    'cabinet.association_cif': or(firm?.cifAssociation),
    'cabinet.assureur_rc': or(firm?.insurance?.insurer),
    'cabinet.police_rc': or(firm?.insurance?.policyNumber),
    'cabinet.mediateur': or(firm?.mediator?.name),
    'cabinet.mediateur_adresse': or(firm?.mediator?.address),
    'cabinet.mediateur_site': or(firm?.mediator?.website),
    'cabinet.dpo': or(firm?.dpo?.name),
    'cabinet.dpo_email': or(firm?.dpo?.email),
    'conseiller.nom': advisor ? advisor.name : f.t('documents.templates.noAdvisor'),
    'conseiller.email': or(advisor?.email),
    'conseiller.telephone': or(advisor?.phone),
    'client.nom': investor.name,
    'client.email': investor.email,
    'client.telephone': or(investor.phone),
    'client.date_naissance': birth ? f.date(birth) : missing,
    'client.situation_familiale': marital ? f.t(`questionnaire.option.maritalStatus.${marital}` as never) : missing,
    'offre.nom': plan?.name ?? f.t('documents.templates.noPlan'),
    'offre.prix':
      typeof price === 'number' && price > 0
        ? f.t('documents.templates.planPrice', { amount: f.eur(price), interval: f.t(`documents.templates.interval.${interval}`) })
        : f.t('documents.templates.noPlanPrice'),
    date: f.date(now.toISOString()),
    lieu: or(firm?.address?.city),
  }
}
