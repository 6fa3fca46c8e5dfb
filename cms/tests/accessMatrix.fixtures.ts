import type { Payload } from 'payload'
import type { Cast } from '../../tests/support/accounts'
import { TEST_PASSWORD, uniqueEmail } from '../../tests/support/accounts'
import { asVisitor } from '../../tests/support/visitor'
import { createIssuedInvoice } from '../src/invoices/issue'
import { INTERNAL_FIXTURES } from './accessMatrix.internalFixtures'
import { manualDraft } from './invoiceFixtures'
import { queuedDocument } from './clientDocumentFixtures'
import { richText } from '../src/seed/richText'
import type { MatrixRole } from './accessMatrix.table'

/** A 1×1 transparent PNG, the smallest upload the media collection accepts. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

export type Fixture = {
  slug: string
  /** Creates the document that read/update/delete aim at; returns its id. */
  target: (payload: Payload, cast: Cast) => Promise<number | string>
  /** The body of a valid create request made by `role`. */
  createBody: (payload: Payload, cast: Cast, role: MatrixRole) => Promise<Record<string, unknown> | FormData>
  /** A change to send in update requests, and the field it changes. */
  update: { field: string; value: unknown }
  /** Extra request headers, e.g. a visitor IP of its own for the contact rate limit. */
  headers?: () => Record<string, string>
  /** The target is one of the cast (the investor's account or profile): an allowed delete needs a cast of its own. */
  shared?: true
}

/** A one-paragraph Lexical state (rich-text fields). */
const lexicalParagraph = (text: string) => ({
  root: { type: 'root', format: '' as const, indent: 0, version: 1, direction: 'ltr' as const, children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }] },
})

/** A new investor whose advisor is `advisorId` (for records that are unique per investor). */
const newClientOf = async (payload: Payload, advisorId: number) =>
  (
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      disableVerificationEmail: true,
      data: { email: uniqueEmail('client'), password: TEST_PASSWORD, name: 'Client matrice', role: 'investor', advisor: advisorId, acceptTerms: true, _verified: true } as never,
    })
  ).id as number

const commented = new WeakSet<Cast>()
/** The cast's investor the first time (the read target), then new clients of the same advisor. */
const commentedInvestor = async (payload: Payload, cast: Cast) => {
  if (!commented.has(cast)) {
    commented.add(cast)
    return cast.investor.id
  }
  return newClientOf(payload, cast.advisor.id)
}

const unique = () => Math.random().toString(36).slice(2, 10)

const content = (slug: 'courses' | 'pages', status: 'published' | 'draft'): Fixture => ({
  slug,
  target: async (payload) =>
    (
      await payload.create({
        collection: slug,
        overrideAccess: true,
        draft: status === 'draft',
        data: { title: 'Matrice', slug: `matrice-${unique()}`, _status: status } as never,
      })
    ).id,
  createBody: async () => ({ title: 'Nouveau contenu', slug: `nouveau-${unique()}`, _status: status }),
  update: { field: 'title', value: 'Titre modifié' },
})

const plan = (status: 'published' | 'draft'): Fixture => ({
  slug: 'plans',
  target: async (payload) =>
    (
      await payload.create({
        collection: 'plans',
        overrideAccess: true,
        draft: status === 'draft',
        data: { name: `Matrice ${unique()}`, monthlyPriceCents: 990, features: [{ text: 'Bilan' }], _status: status } as never,
      })
    ).id,
  createBody: async () => ({ name: `Nouvelle offre ${unique()}`, monthlyPriceCents: 0, features: [{ text: 'Bilan' }], _status: status }),
  update: { field: 'name', value: 'Offre modifiée' },
})

/** An asset of the matrix's investor (its creation records one valuation). */
const anAsset = async (payload: Payload, cast: Cast) =>
  (
    await payload.create({
      collection: 'assets',
      overrideAccess: true,
      data: { owner: cast.investor.id, kind: 'asset', category: 'current-account', label: 'Compte', valueCents: 100_000 },
    })
  ).id

/** A recommendation of the matrix's investor, as a draft or final (decision 040). */
const recommendation = (status: 'draft' | 'final'): Fixture => {
  const data = (investor: number) => ({
    investor,
    title: 'Allocation matrice',
    status,
    targetAllocation: [{ assetClass: 'funds-etf', pct: 60 }, { assetClass: 'euro-funds', pct: 40 }],
    products: [{ name: 'ETF Monde', productClass: 'funds-etf', wrapper: 'pea', amountCents: 1_000_000, sri: 4, recommendedHorizonYears: 5, sfdr: '8', taxonomyPct: 5 }],
  })
  return {
    slug: 'recommendations',
    target: async (payload, cast) => (await payload.create({ collection: 'recommendations', overrideAccess: true, data: data(cast.investor.id) as never })).id,
    // The advisor's own client; an admin writes for any investor; another advisor is refused at `investor`.
    createBody: async (_payload, cast) => data(cast.investor.id),
    update: { field: 'title', value: 'Titre modifié' },
  }
}

export const FIXTURES: Record<string, Fixture> = {
  ...INTERNAL_FIXTURES,
  users: {
    slug: 'users',
    target: async (_payload, cast) => cast.investor.id,
    shared: true,
    createBody: async () => ({
      email: uniqueEmail('signup'),
      password: TEST_PASSWORD,
      name: 'Nouvelle personne',
      acceptTerms: true,
    }),
    update: { field: 'phone', value: '+33 6 00 00 00 00' },
  },
  profiles: {
    slug: 'profiles',
    shared: true,
    target: async (payload, cast) => {
      const found = await payload.find({
        collection: 'profiles',
        where: { owner: { equals: cast.investor.id } },
        overrideAccess: true,
      })
      return found.docs[0]!.id
    },
    createBody: async (payload) => {
      // An investor whose automatic profile was removed: the only valid owner for a new one.
      const user = await payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email: uniqueEmail('noprofile'), password: TEST_PASSWORD, name: 'Sans profil', acceptTerms: true } as never,
      })
      await payload.delete({ collection: 'profiles', where: { owner: { equals: user.id } }, overrideAccess: true })
      return { owner: user.id, status: 'draft' }
    },
    // A draft accepts any valid subset of answers (submitting needs them all: profileQuestionnaire.test.ts).
    update: { field: 'capacity', value: { lossPct: 20 } },
  },
  assets: {
    slug: 'assets',
    target: async (payload, cast) =>
      (
        await payload.create({
          collection: 'assets',
          overrideAccess: true,
          // Not a Livret A nor a PEA: those are one per person, and every role's call makes another target.
          data: { owner: cast.investor.id, kind: 'asset', category: 'current-account', label: 'Compte courant', valueCents: 500_000 },
        })
      ).id,
    createBody: async (_payload, cast) => ({
      owner: cast.investor.id,
      kind: 'asset',
      category: 'securities-account',
      label: 'Compte-titres',
      valueCents: 1_000_000,
    }),
    update: { field: 'label', value: 'Libellé modifié' },
  },
  'asset-valuations': {
    slug: 'asset-valuations',
    target: async (payload, cast) => {
      const asset = await anAsset(payload, cast)
      return (
        await payload.create({
          collection: 'asset-valuations',
          overrideAccess: true,
          data: { asset, owner: cast.investor.id, valuedAt: '2026-01-15T10:00:00.000Z', valueCents: 400_000, ownershipSharePct: 100, kind: 'asset' },
        })
      ).id
    },
    createBody: async (payload, cast) => ({
      asset: await anAsset(payload, cast),
      owner: cast.investor.id,
      valuedAt: '2026-02-15T10:00:00.000Z',
      valueCents: 9_999_900,
      kind: 'asset',
    }),
    update: { field: 'valueCents', value: 1 },
  },
  prospects: {
    slug: 'prospects',
    target: async (payload, cast) =>
      (
        await payload.create({
          collection: 'prospects',
          overrideAccess: true,
          data: { lastName: 'Prospect', email: uniqueEmail('prospect'), ownerAdvisor: cast.advisor.id } as never,
        })
      ).id,
    createBody: async () => ({
      lastName: 'Visiteur',
      email: uniqueEmail('contact'),
      message: 'Bonjour, je voudrais un rendez-vous.',
      contactConsent: true,
    }),
    update: { field: 'phone', value: '01 02 03 04 05' },
    headers: () => asVisitor(),
  },
  'session-devices': {
    slug: 'session-devices',
    target: async (payload, cast) =>
      (
        await payload.create({
          collection: 'session-devices',
          overrideAccess: true,
          data: { user: cast.investor.id, sid: `matrice-${unique()}`, userAgent: 'Matrice', lastSeenAt: new Date().toISOString() },
        })
      ).id,
    createBody: async (_payload, cast) => ({ user: cast.investor.id, sid: `forge-${unique()}`, lastSeenAt: new Date().toISOString() }),
    update: { field: 'userAgent', value: 'modifié' },
  },
  'contact-attempts': {
    slug: 'contact-attempts',
    target: async (payload) =>
      (await payload.create({ collection: 'contact-attempts', overrideAccess: true, data: { ipHash: `matrice-${unique()}` } })).id,
    createBody: async () => ({ ipHash: 'forgé' }),
    update: { field: 'ipHash', value: 'modifié' },
  },
  conversations: {
    slug: 'conversations',
    target: async (payload, cast) =>
      (
        await payload.create({
          collection: 'conversations',
          overrideAccess: true,
          data: {
            owner: cast.investor.id,
            title: 'Mon patrimoine',
            messages: [{ role: 'user', content: 'Quel est mon patrimoine net ?', createdAt: new Date().toISOString() }],
          },
        })
      ).id,
    createBody: async () => ({ title: 'Nouvelle conversation' }),
    update: { field: 'title', value: 'Titre forgé' },
  },
  'assistant-requests': {
    slug: 'assistant-requests',
    target: async (payload, cast) =>
      (await payload.create({ collection: 'assistant-requests', overrideAccess: true, data: { owner: cast.investor.id } })).id,
    createBody: async (_payload, cast) => ({ owner: cast.investor.id }),
    update: { field: 'owner', value: null },
  },
  courses: content('courses', 'published'),
  'courses (draft)': content('courses', 'draft'),
  pages: content('pages', 'published'),
  'pages (draft)': content('pages', 'draft'),
  plans: plan('published'),
  recommendations: recommendation('draft'),
  'recommendations (final)': recommendation('final'),
  'plans (draft)': plan('draft'),
  enrollments: {
    slug: 'enrollments',
    target: async (payload, cast) =>
      (
        await payload.create({
          collection: 'enrollments',
          overrideAccess: true,
          data: { owner: cast.investor.id, course: await content('courses', 'published').target(payload, cast) } as never,
        })
      ).id,
    createBody: async (payload, cast) => ({
      owner: cast.investor.id,
      course: await content('courses', 'published').target(payload, cast),
    }),
    update: { field: 'course', value: null },
  },
  'knowledge-evidence': {
    slug: 'knowledge-evidence',
    target: async (payload, cast) =>
      (
        await payload.create({
          collection: 'knowledge-evidence',
          overrideAccess: true,
          data: {
            owner: cast.investor.id,
            productClass: 'equities',
            quizTitle: 'Matrice — quiz',
            course: Number(await content('courses', 'published').target(payload, cast)),
            lessonId: 'matrice',
            score: 80,
            passMark: 70,
            passedAt: new Date().toISOString(),
          },
        })
      ).id,
    createBody: async (_payload, cast) => ({ owner: cast.investor.id, productClass: 'crypto', quizTitle: 'Forgé', score: 100, passMark: 1, passedAt: new Date().toISOString() }),
    update: { field: 'score', value: 100 },
  },
  // A draft: the matrix's calls must not change which template is current (the demo's published ones).
  'document-templates': {
    slug: 'document-templates',
    target: async (payload) =>
      (
        await payload.create({
          collection: 'document-templates',
          overrideAccess: true,
          data: { kind: 'der', title: `Matrice ${unique()}`, status: 'draft', body: richText(['Le cabinet {{cabinet.raison_sociale}} reçoit {{client.nom}}.']) } as never,
        })
      ).id,
    createBody: async () => ({ kind: 'lettreMission', title: `Nouveau modèle ${unique()}`, status: 'draft', body: richText(['Mission confiée par {{client.nom}}.']) }),
    update: { field: 'title', value: 'Titre modifié' },
  },
  invoices: {
    slug: 'invoices',
    target: async (payload, cast) =>
      (
        await payload.create({
          collection: 'invoices',
          overrideAccess: true,
          data: { customer: cast.investor.id, kind: 'invoice', number: `T-${unique()}`, status: 'draft' },
        })
      ).id,
    createBody: async (_payload, cast) => ({ customer: cast.investor.id, number: `N-${unique()}` }),
    update: { field: 'paymentMethod', value: 'Matrice' },
  },
  'invoices (issued)': {
    slug: 'invoices',
    target: async (payload, cast) => (await createIssuedInvoice(payload, manualDraft(cast.investor.id))).id,
    createBody: async (_payload, cast) => ({ customer: cast.investor.id }),
    update: { field: 'paymentMethod', value: 'Matrice' },
  },
  'client-documents': {
    slug: 'client-documents',
    target: async (payload, cast) => (await queuedDocument(payload, cast.investor.id)).id,
    createBody: async (_payload, cast) => ({ investor: cast.investor.id, kind: 'bilan', version: 99, title: 'Forgé' }),
    update: { field: 'title', value: 'Matrice' },
  },
  media: {
    slug: 'media',
    target: async (payload) =>
      (
        await payload.create({
          collection: 'media',
          overrideAccess: true,
          data: { alt: 'Pixel' },
          file: { data: PNG, mimetype: 'image/png', name: `pixel-${unique()}.png`, size: PNG.length },
        })
      ).id,
    createBody: async () => {
      const form = new FormData()
      form.append('file', new Blob([PNG], { type: 'image/png' }), `upload-${unique()}.png`)
      form.append('_payload', JSON.stringify({ alt: 'Téléversé' }))
      return form
    },
    update: { field: 'alt', value: 'Texte modifié' },
  },
  notifications: {
    slug: 'notifications',
    target: async (payload, cast) =>
      (
        await payload.create({
          collection: 'notifications',
          overrideAccess: true,
          data: { recipient: cast.investor.id, event: 'advisorMessage', title: 'Matrice', body: 'Corps', read: false },
        })
      ).id,
    createBody: async (_payload, cast) => ({ recipient: cast.investor.id, event: 'advisorMessage', title: 'Forgée' }),
    // The one change a recipient may make (other fields: admins only; notifications.test.ts).
    update: { field: 'read', value: true },
  },
  'advisor-messages': {
    slug: 'advisor-messages',
    target: async (payload, cast) =>
      (
        await payload.create({
          collection: 'advisor-messages',
          overrideAccess: true,
          data: { client: cast.investor.id, advisor: cast.advisor.id, subject: 'Matrice', body: 'Bonjour, voici le point.' },
        })
      ).id,
    // The advisor's own client; an admin writes for that advisor.
    createBody: async (_payload, cast) => ({ client: cast.investor.id, subject: 'Point annuel', body: 'Prenons rendez-vous.' }),
    update: { field: 'subject', value: 'Modifié' },
  },
  'advisor-comments': {
    slug: 'advisor-comments',
    // One comment per investor: the first target (the read target) is the cast's investor's, every other a new client of the same advisor.
    target: async (payload, cast) =>
      (
        await payload.create({
          collection: 'advisor-comments',
          overrideAccess: true,
          data: { investor: await commentedInvestor(payload, cast), body: lexicalParagraph('Point patrimonial.') },
        })
      ).id,
    createBody: async (payload, cast) => ({ investor: await newClientOf(payload, cast.advisor.id), body: lexicalParagraph('Nouveau commentaire.') }),
    update: { field: 'body', value: lexicalParagraph('Commentaire modifié.') },
  },
  emails: {
    slug: 'emails',
    // A mail to the advisor's client (decision 025: the advisor reads it).
    target: async (payload, cast) =>
      (
        await payload.create({
          collection: 'emails',
          overrideAccess: true,
          data: { to: cast.investor.email, subject: 'Sujet', status: 'stored' },
        })
      ).id,
    createBody: async () => ({ to: 'x@test.atlas', subject: 'Forgé' }),
    update: { field: 'subject', value: 'Modifié' },
  },
  'advisor-assignments': {
    slug: 'advisor-assignments',
    target: async (payload, cast) =>
      (
        await payload.create({
          collection: 'advisor-assignments',
          overrideAccess: true,
          data: { investor: cast.investor.id, fromAdvisor: null, toAdvisor: cast.advisor.id, changedAt: new Date().toISOString() },
        })
      ).id,
    createBody: async (_payload, cast) => ({ investor: cast.investor.id, toAdvisor: cast.advisor.id, changedAt: new Date().toISOString() }),
    update: { field: 'toAdvisor', value: null },
  },
  subscriptions: {
    slug: 'subscriptions',
    target: async (payload, cast) =>
      (
        await payload.create({
          collection: 'subscriptions',
          overrideAccess: true,
          data: { customer: cast.investor.id, interval: 'month', status: 'active', stripeSubscriptionId: `sub_matrice_${unique()}`, amountCents: 1900 },
        })
      ).id,
    createBody: async (_payload, cast) => ({ customer: cast.investor.id, interval: 'month', status: 'active', stripeSubscriptionId: `sub_forge_${unique()}` }),
    update: { field: 'status', value: 'canceled' },
  },
  'stripe-events': {
    slug: 'stripe-events',
    target: async (payload) =>
      (await payload.create({ collection: 'stripe-events', overrideAccess: true, data: { eventId: `evt_matrice_${unique()}`, type: 'invoice.paid', outcome: 'applied' } })).id,
    createBody: async () => ({ eventId: `evt_forge_${unique()}`, type: 'invoice.paid', outcome: 'applied' }),
    update: { field: 'outcome', value: 'ignored' },
  },
}
