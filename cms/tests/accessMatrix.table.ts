/**
 * Who may do what, written once as a table. ✓ = allowed, ✗ = refused.
 *
 * Roles: anonymous (no token), investor (owns the target document),
 * otherInvestor (another investor, client of otherAdvisor), advisor (the
 * investor's advisor), otherAdvisor (an advisor who does not serve the
 * investor), editor, admin. The target is a document of `investor` (or of
 * `advisor` for prospects, published for content).
 *
 * Each row is proven on every route Payload mounts for it
 * (accessMatrix.routes.ts): `read` on the list, by id and count; `update`
 * by id and by `where`; `delete` by id and by `where`; `readVersions` on the
 * versions list and a version by id; `restore` on POST /versions/:id; a
 * duplicate needs `create` and `read`. accessMatrix.coverage.test.ts fails
 * when a collection, a versioned collection's versions, a global or an
 * endpoint has no row here.
 */
export const ROLES = ['anonymous', 'investor', 'otherInvestor', 'advisor', 'otherAdvisor', 'editor', 'admin'] as const
export type MatrixRole = (typeof ROLES)[number]
export type Operation = 'create' | 'read' | 'update' | 'delete' | 'readVersions' | 'restore'

export type Row = Record<MatrixRole, '✓' | '✗'>
export const row = (cells: string): Row => {
  const marks = cells.trim().split(/\s+/)
  if (marks.length !== ROLES.length) throw new Error(`row "${cells}" needs ${ROLES.length} marks`)
  return Object.fromEntries(ROLES.map((role, i) => [role, marks[i]])) as Row
}

//                                  anon inv  other adv  oadv  edit admin
export const ACCESS_MATRIX: Record<string, Partial<Record<Operation, Row>>> = {
  users: {
    create: /*  sign-up: POST /users/sign-up (decision 020) */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
    read: /*    investor's own */ row('✗    ✓    ✗     ✓    ✗     ✗    ✓'),
    update: /*                 */ row('✗    ✓    ✗     ✗    ✗     ✗    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  },
  profiles: {
    create: /*  made with user */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
    read: /*                   */ row('✗    ✓    ✗     ✓    ✗     ✗    ✓'),
    update: /*                 */ row('✗    ✓    ✗     ✓    ✗     ✗    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
    readVersions: /* as read   */ row('✗    ✓    ✗     ✓    ✗     ✗    ✓'),
    restore: /* as update      */ row('✗    ✓    ✗     ✓    ✗     ✗    ✓'),
  },
  assets: {
    create: /*  for oneself    */ row('✗    ✓    ✓     ✗    ✗     ✗    ✓'),
    read: /*                   */ row('✗    ✓    ✗     ✓    ✗     ✗    ✓'),
    update: /*                 */ row('✗    ✓    ✗     ✗    ✗     ✗    ✓'),
    delete: /*                 */ row('✗    ✓    ✗     ✗    ✗     ✗    ✓'),
  },
  'asset-valuations': {
    create: /*  hooks only     */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    read: /*    as assets      */ row('✗    ✓    ✗     ✓    ✗     ✗    ✓'),
    update: /*  history stays  */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  },
  prospects: {
    create: /*  contact form   */ row('✓    ✗    ✗     ✓    ✓     ✗    ✓'),
    read: /*    advisor's own  */ row('✗    ✗    ✗     ✓    ✗     ✗    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✓    ✗     ✗    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  },
  courses: {
    create: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    read: /*    published      */ row('✓    ✓    ✓     ✓    ✓     ✓    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    readVersions: /* authors   */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    restore: /*                */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
  },
  'courses (draft)': {
    create: /*  n/a: as above  */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    read: /*    unpublished    */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    readVersions: /* authors   */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    restore: /*                */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
  },
  enrollments: {
    create: /*  endpoints only */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    read: /*    investor's own */ row('✗    ✓    ✗     ✓    ✗     ✗    ✓'),
    update: /*  endpoints only */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  },
  'knowledge-evidence': {
    create: /*  submit-quiz    */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    read: /*    investor's own */ row('✗    ✓    ✗     ✓    ✗     ✗    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  },
  pages: {
    create: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    read: /*    published      */ row('✓    ✓    ✓     ✓    ✓     ✓    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    readVersions: /* authors   */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    restore: /*                */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
  },
  'pages (draft)': {
    create: /*  n/a: as above  */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    read: /*    unpublished    */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    readVersions: /* authors   */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    restore: /*                */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
  },
  plans: {
    create: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    read: /*    published      */ row('✓    ✓    ✓     ✓    ✓     ✓    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    readVersions: /* authors   */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    restore: /*                */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
  },
  'plans (draft)': {
    create: /*  n/a: as above  */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    read: /*    unpublished    */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    readVersions: /* authors   */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    restore: /*                */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
  },
  // DER and lettre de mission templates (decision 041): legal content, written by admins; staff read; investors get only the PDF.
  'document-templates': {
    create: /*  admins         */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
    read: /*    staff          */ row('✗    ✗    ✗     ✓    ✓     ✓    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
    readVersions: /* as read   */ row('✗    ✗    ✗     ✓    ✓     ✓    ✓'),
    restore: /* as update      */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  },
  // Invoices (decision 035). The target here is a draft: the admin's work, edited or deleted by admins only.
  invoices: {
    create: /*  a draft        */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
    read: /*    drafts: admins */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  },
  // Billing (docs/decisions/034-billing-stripe.md): written by the Stripe webhook handler only.
  subscriptions: {
    create: /*  webhook only   */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    read: /*    customer's own */ row('✗    ✓    ✗     ✗    ✗     ✗    ✓'),
    update: /*  webhook only   */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
  },
  'stripe-events': {
    create: /*  webhook only   */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    read: /*    admins         */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
  },
  // An issued invoice: the customer reads it; nobody, not even an admin, changes or deletes it.
  'invoices (issued)': {
    create: /*  n/a: a draft   */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
    read: /*    customer's own */ row('✗    ✓    ✗     ✗    ✗     ✗    ✓'),
    update: /*  immutable      */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    delete: /*  immutable      */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
  },
  // Client documents (docs/decisions/038-client-documents.md): made by POST /client-documents/generate and its job, never written through the API.
  'client-documents': {
    create: /*  generate only  */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    read: /*    inv, adv, adm  */ row('✗    ✓    ✗     ✓    ✗     ✗    ✓'),
    update: /*  a record       */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    delete: /*  kept           */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
  },
  media: {
    create: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    read: /*                   */ row('✓    ✓    ✓     ✓    ✓     ✓    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✓    ✓'),
  },
  emails: {
    create: /*  system only    */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    read: /*  to adv's client  */ row('✗    ✗    ✗     ✓    ✗     ✗    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  },
  notifications: {
    create: /*  notify() only  */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    read: /*    recipient's    */ row('✗    ✓    ✗     ✗    ✗     ✗    ✓'),
    update: /*  mark read      */ row('✗    ✓    ✗     ✗    ✗     ✗    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  },
  'advisor-messages': {
    create: /*  to own client  */ row('✗    ✗    ✗     ✓    ✗     ✗    ✓'),
    read: /*    client, sender */ row('✗    ✓    ✗     ✓    ✗     ✗    ✓'),
    update: /*  sent is sent   */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  },
  // The advisor's recommendation (decision 040): drafts are the advisor's work; the investor reads final ones only.
  recommendations: {
    create: /*  for own client */ row('✗    ✗    ✗     ✓    ✗     ✗    ✓'),
    read: /*    a draft        */ row('✗    ✗    ✗     ✓    ✗     ✗    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✓    ✗     ✗    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✓    ✗     ✗    ✓'),
  },
  // A final recommendation (what a rapport d'adéquation states): read by its investor too, changed by nobody.
  'recommendations (final)': {
    create: /*  for own client */ row('✗    ✗    ✗     ✓    ✗     ✗    ✓'),
    read: /*    investor's own */ row('✗    ✓    ✗     ✓    ✗     ✗    ✓'),
    update: /*  immutable      */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    delete: /*  immutable      */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
  },
  // The advisor's comment printed in the client's bilan (one per investor).
  'advisor-comments': {
    create: /*  own client     */ row('✗    ✗    ✗     ✓    ✗     ✗    ✓'),
    read: /*    client, adv.   */ row('✗    ✓    ✗     ✓    ✗     ✗    ✓'),
    update: /*  adv., admin    */ row('✗    ✗    ✗     ✓    ✗     ✗    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  },
  // Who has been an investor's advisor (decision 025): written by the users hook only.
  'advisor-assignments': {
    create: /*  hook only      */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    read: /*    from/to adv.   */ row('✗    ✗    ✗     ✓    ✗     ✗    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  },
  // Investors' own chats; advisors do not read them (docs/decisions/015-assistant.md). Messages are
  // appended by POST /conversations/:id/messages only (its refusals: cms/tests/assistantEndpoint.test.ts).
  conversations: {
    create: /*  for oneself    */ row('✗    ✓    ✓     ✗    ✗     ✗    ✗'),
    read: /*    investor's own */ row('✗    ✓    ✗     ✗    ✗     ✗    ✓'),
    update: /*  endpoint only  */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    delete: /*                 */ row('✗    ✓    ✗     ✗    ✗     ✗    ✓'),
  },
  'assistant-requests': {
    create: /*  endpoint only  */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    read: /*                   */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
  },
  'contact-attempts': {
    create: /*  cms only       */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    read: /*                   */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
  },
  'session-devices': {
    create: /*  at login only  */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    read: /*    /users/sessions*/ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
  },
  // Payload's own collections (added by Payload itself; access/secureConfig.ts, jobs/index.ts).
  'payload-locked-documents': {
    create: /*  admin panel    */ row('✗    ✗    ✗     ✓    ✓     ✓    ✓'),
    read: /*    staff          */ row('✗    ✗    ✗     ✓    ✓     ✓    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✓    ✓     ✓    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✓    ✓     ✓    ✓'),
  },
  'payload-preferences': {
    create: /*  staff, own     */ row('✗    ✗    ✗     ✓    ✓     ✓    ✓'),
    read: /*    investor's own */ row('✗    ✓    ✗     ✗    ✗     ✗    ✗'),
    update: /*                 */ row('✗    ✓    ✗     ✗    ✗     ✗    ✗'),
    delete: /*                 */ row('✗    ✓    ✗     ✗    ✗     ✗    ✗'),
  },
  'payload-jobs': {
    create: /*  server only    */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    read: /*                   */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
  },
  'payload-kv': {
    create: /*  server only    */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    read: /*                   */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
  },
}

/** A custom endpoint whose rule is proven by its own test file (path from the repo root). */
export type Proven = { proof: string; rule: string }
const proven = (proof: string, rule: string): Proven => ({ proof: `cms/tests/${proof}`, rule })

/**
 * Custom endpoints (ours and Payload's extra ones), one entry each. A row:
 * who gets an answer (200) and who is refused (401/403/404), proven here
 * (fixtures in accessMatrix.endpoints.ts; the target is `investor`'s data,
 * refused calls must change nothing). Or `proven(file, rule)`: the rule in
 * words and the test that proves it (endpoints whose answer depends on a
 * token, a body or a state the matrix cannot give every caller).
 */
//                                                      anon inv  other adv  oadv  edit admin
export const ENDPOINT_ACCESS: Record<string, Row | Proven> = {
  'GET /health': /*                    anyone    */ row('✓    ✓    ✓     ✓    ✓     ✓    ✓'),
  'GET /back-office/figures': /*        staff     */ row('✗    ✗    ✗     ✓    ✓     ✗    ✓'),
  'GET /back-office/clients': /*        staff     */ row('✗    ✗    ✗     ✓    ✓     ✗    ✓'),
  'POST /profiles/:id/validate': /*  their client */ row('✗    ✗    ✗     ✓    ✗     ✗    ✓'),
  'GET /client-documents/:id/pdf': /* inv, adv, adm */ row('✗    ✓    ✗     ✓    ✗     ✗    ✓'),
  'POST /client-documents/generate': proven('clientDocuments.test.ts', "the client's advisor and admins, every kind; the investor, their own bilan only"),
  'GET /payload-jobs/run': /*           admins    */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  'GET /payload-jobs/handle-schedules': /* admins */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  'GET /payload-preferences/:key': proven('accessMatrix.test.ts', "the caller's own preference only (\"payload-preferences by key\")"),
  'POST /payload-preferences/:key': proven('accessMatrix.test.ts', "writes the caller's own preference only"),
  'DELETE /payload-preferences/:key': proven('accessMatrix.test.ts', "deletes the caller's own preference only"),
  'GET /portal/dashboard': proven('portalDashboard.test.ts', "an investor's own figures"),
  'POST /portal/onboarding/dismiss': proven('onboardingDismissal.test.ts', "an investor hides their own checklist; names no account"),
  'GET /assets/net-worth-history': proven('netWorthHistory.test.ts', "an investor's own history; an advisor's client's"),
  // What the caller's own plan unlocks (docs/decisions/036-entitlements.md); staff get the unlimited set.
  'GET /billing/entitlements': /*      signed in */ row('✗    ✓    ✓     ✓    ✓     ✓    ✓'),
  'POST /conversations/:id/messages': proven('assistantEndpoint.test.ts', "the conversation's owner only"),
  'POST /notifications/mark-all-read': proven('notifications.test.ts', "the caller's own notifications only"),
  // Billing (docs/decisions/034-billing-stripe.md).
  'POST /stripe/webhook': proven('billingWebhook.test.ts', 'anyone with a valid Stripe signature on the raw body; no account'),
  'POST /billing/checkout': proven('billingCheckout.test.ts', 'a signed-in investor, for themself'),
  'GET /billing/checkout/:sessionId': proven('billingCheckout.test.ts', "the session's owner only (else 404)"),
  'GET /billing/subscription': proven('billingCheckout.test.ts', "the caller's own subscription and invoices"),
  'POST /billing/portal': proven('billingCheckout.test.ts', "a signed-in investor, their own Stripe customer"),
  'GET /billing/demo/checkout/:sessionId': proven('billingCheckout.test.ts', "the demo session's owner only; demo mode only"),
  'POST /billing/demo/checkout/:sessionId/complete': proven('billingCheckout.test.ts', "the demo session's owner only; demo mode only"),
  'POST /billing/demo/checkout/:sessionId/cancel': proven('billingCheckout.test.ts', "the demo session's owner only; demo mode only"),
  'POST /billing/demo/portal': proven('billingDemoPortal.test.ts', "a signed-in investor, their own subscription; demo mode only"),
  'POST /pages/preview': proven('marketingPages.test.ts', 'a signed preview link, no account'),
  'POST /users/sign-up': proven('accountSecurity.test.ts', 'anyone; creates an unverified investor, no account oracle'),
  'POST /users/resend-verification': proven('accountSecurity.test.ts', 'anyone; reveals nothing'),
  'POST /users/confirm-email': proven('accountSecurity.test.ts', 'the holder of the e-mailed token'),
  'GET /users/sessions': proven('accountSecurity.test.ts', "the caller's own devices"),
  'POST /users/logout-others': proven('accountSecurity.test.ts', "the caller's own sessions"),
  'POST /enrollments/complete-lesson': proven('training.test.ts', 'an investor, on a published course'),
  'POST /enrollments/submit-quiz': proven('quizEvidence.test.ts', 'an investor, on a published course'),
  'GET /enrollments/quiz-state': proven('quizEvidence.test.ts', "an investor's own attempts"),
  'POST /prospects/contact': proven('contactRequest.test.ts', 'anyone, rate-limited per IP'),
  'POST /prospects/invitation': proven('invitation.test.ts', 'the holder of the invitation token'),
  'POST /prospects/accept-invitation': proven('invitation.test.ts', 'the holder of the invitation token'),
  'POST /prospects/:id/invite': proven('invitation.test.ts', "the prospect's advisor, admins"),
  // Invoices (decision 035): issue a draft (admins), the stored PDF (the customer, admins; 404 to anyone else).
  'POST /invoices/:id/issue': /*        admins    */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  'GET /invoices/:id/pdf': /*    customer's own */ row('✗    ✓    ✗     ✗    ✗     ✗    ✓'),
  'POST /invoices/:id/credit-note': proven('invoices.test.ts', 'admins, on an issued invoice (201 with the credit note)'),
  // Two-factor (decision 024). reset needs an admin; verify only a session held at login for its code.
  'POST /users/two-factor/reset/:id': /* admins   */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  'POST /users/two-factor/verify': /* held session */ row('✗    ✗    ✗     ✗    ✗     ✗    ✗'),
  'POST /users/two-factor/start': proven('twoFactor.test.ts', "the caller's own account, before TOTP is on"),
  'POST /users/two-factor/confirm': proven('twoFactor.test.ts', "the caller's own pending enrolment, with a right code"),
  'POST /users/two-factor/cancel': proven('twoFactor.test.ts', 'a session held at login for its code (ends it)'),
  'POST /users/two-factor/disable': proven('twoFactor.test.ts', 'an investor, own account, password and a code; never staff'),
  'POST /users/two-factor/recovery-codes': proven('twoFactor.test.ts', "the caller's own account, password and a code"),
  // Electronic signature (decision 042): a body (name, consent, password or code) and a ready, unsigned document.
  'POST /client-documents/:id/sign': proven('documentSignature.test.ts', 'the investor the document concerns, on a ready DER, lettre de mission or rapport d’adéquation not yet signed; 404 to anyone else'),
}

/**
 * Globals, by slug: read (GET /globals/<slug>) and update (POST), plus
 * readVersions/restore for a versioned one (accessMatrix.test.ts calls
 * them; a versioned global needs its version calls written there first).
 */
//                                                  anon inv  other adv  oadv  edit admin
export const GLOBAL_ACCESS: Record<string, Partial<Record<Operation, Row>>> = {
  // Payload's job scheduling state (access/secureConfig.ts).
  'payload-jobs-stats': {
    read: /*                                   */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
    update: /*                                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  },
  // The firm's legal information: public by law, changed by admins (globals/Firm, docs/decisions/027).
  firm: {
    read: /*                                   */ row('✓    ✓    ✓     ✓    ✓     ✓    ✓'),
    update: /*                                 */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
    readVersions: /*                           */ row('✓    ✓    ✓     ✓    ✓     ✓    ✓'),
    restore: /*                                */ row('✗    ✗    ✗     ✗    ✗     ✗    ✓'),
  },
}
