/**
 * Who may do what, written once as a table. ✓ = allowed, ✗ = refused.
 *
 * Roles: anonymous (no token), investor (owns the target document),
 * otherInvestor (another investor, not the advisor's client), advisor (the
 * investor's advisor), editor, admin. The target of read/update/delete is a
 * document of `investor` (or of `advisor` for prospects, published for
 * content). Add a row with every new collection.
 */
export const ROLES = ['anonymous', 'investor', 'otherInvestor', 'advisor', 'editor', 'admin'] as const
export type MatrixRole = (typeof ROLES)[number]
export type Operation = 'create' | 'read' | 'update' | 'delete'

type Row = Record<MatrixRole, '✓' | '✗'>
const row = (cells: string): Row => {
  const marks = cells.trim().split(/\s+/)
  if (marks.length !== ROLES.length) throw new Error(`row "${cells}" needs ${ROLES.length} marks`)
  return Object.fromEntries(ROLES.map((role, i) => [role, marks[i]])) as Row
}

//                                  anon inv  other adv  edit admin
export const ACCESS_MATRIX: Record<string, Record<Operation, Row>> = {
  users: {
    create: /*  sign-up: POST /users/sign-up (decision 020) */ row('✗    ✗    ✗     ✗    ✗    ✓'),
    read: /*    investor's own */ row('✗    ✓    ✗     ✓    ✗    ✓'),
    update: /*                 */ row('✗    ✓    ✗     ✗    ✗    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✓'),
  },
  profiles: {
    create: /*  made with user */ row('✗    ✗    ✗     ✗    ✗    ✓'),
    read: /*                   */ row('✗    ✓    ✗     ✓    ✗    ✓'),
    update: /*                 */ row('✗    ✓    ✗     ✓    ✗    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✓'),
  },
  assets: {
    create: /*  for oneself    */ row('✗    ✓    ✓     ✗    ✗    ✓'),
    read: /*                   */ row('✗    ✓    ✗     ✓    ✗    ✓'),
    update: /*                 */ row('✗    ✓    ✗     ✗    ✗    ✓'),
    delete: /*                 */ row('✗    ✓    ✗     ✗    ✗    ✓'),
  },
  'asset-valuations': {
    create: /*  hooks only     */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    read: /*    as assets      */ row('✗    ✓    ✗     ✓    ✗    ✓'),
    update: /*  history stays  */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✓'),
  },
  prospects: {
    create: /*  contact form   */ row('✓    ✗    ✗     ✓    ✗    ✓'),
    read: /*    advisor's own  */ row('✗    ✗    ✗     ✓    ✗    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✓    ✗    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✓'),
  },
  courses: {
    create: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
    read: /*    published      */ row('✓    ✓    ✓     ✓    ✓    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
  },
  'courses (draft)': {
    create: /*  n/a: as above  */ row('✗    ✗    ✗     ✗    ✓    ✓'),
    read: /*    unpublished    */ row('✗    ✗    ✗     ✗    ✓    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
  },
  enrollments: {
    create: /*  endpoints only */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    read: /*    investor's own */ row('✗    ✓    ✗     ✓    ✗    ✓'),
    update: /*  endpoints only */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✓'),
  },
  'knowledge-evidence': {
    create: /*  submit-quiz    */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    read: /*    investor's own */ row('✗    ✓    ✗     ✓    ✗    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✓'),
  },
  pages: {
    create: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
    read: /*    published      */ row('✓    ✓    ✓     ✓    ✓    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
  },
  'pages (draft)': {
    create: /*  n/a: as above  */ row('✗    ✗    ✗     ✗    ✓    ✓'),
    read: /*    unpublished    */ row('✗    ✗    ✗     ✗    ✓    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
  },
  plans: {
    create: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
    read: /*    published      */ row('✓    ✓    ✓     ✓    ✓    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
  },
  'plans (draft)': {
    create: /*  n/a: as above  */ row('✗    ✗    ✗     ✗    ✓    ✓'),
    read: /*    unpublished    */ row('✗    ✗    ✗     ✗    ✓    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
  },
  invoices: {
    create: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✓'),
    read: /*    customer's own */ row('✗    ✓    ✗     ✗    ✗    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✓'),
  },
  media: {
    create: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
    read: /*                   */ row('✓    ✓    ✓     ✓    ✓    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✓    ✓'),
  },
  emails: {
    create: /*  system only    */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    read: /*                   */ row('✗    ✗    ✗     ✗    ✗    ✓'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✓'),
  },
  notifications: {
    create: /*  notify() only  */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    read: /*    recipient's    */ row('✗    ✓    ✗     ✗    ✗    ✓'),
    update: /*  mark read      */ row('✗    ✓    ✗     ✗    ✗    ✓'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✓'),
  },
  'advisor-messages': {
    create: /*  to own client  */ row('✗    ✗    ✗     ✓    ✗    ✓'),
    read: /*    client, sender */ row('✗    ✓    ✗     ✓    ✗    ✓'),
    update: /*  sent is sent   */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✓'),
  },
  // Investors' own chats; advisors do not read them (docs/decisions/015-assistant.md). Messages are
  // appended by POST /conversations/:id/messages only (its refusals: cms/tests/assistantEndpoint.test.ts).
  conversations: {
    create: /*  for oneself    */ row('✗    ✓    ✓     ✗    ✗    ✗'),
    read: /*    investor's own */ row('✗    ✓    ✗     ✗    ✗    ✓'),
    update: /*  endpoint only  */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    delete: /*                 */ row('✗    ✓    ✗     ✗    ✗    ✓'),
  },
  'assistant-requests': {
    create: /*  endpoint only  */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    read: /*                   */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✗'),
  },
  'contact-attempts': {
    create: /*  cms only       */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    read: /*                   */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✗'),
  },
  'session-devices': {
    create: /*  at login only  */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    read: /*    /users/sessions*/ row('✗    ✗    ✗     ✗    ✗    ✗'),
    update: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✗'),
    delete: /*                 */ row('✗    ✗    ✗     ✗    ✗    ✗'),
  },
}

/**
 * Custom endpoints, one row each: who gets an answer (200) and who is
 * refused (401/403/404). The target is `investor`'s data (the advisor's
 * client); refused calls must change nothing (accessMatrix.test.ts).
 */
//                                                   anon inv  other adv  edit admin
export const ENDPOINT_ACCESS: Record<string, Row> = {
  'GET /back-office/figures': /*        staff   */ row('✗    ✗    ✗     ✓    ✗    ✓'),
  'GET /back-office/clients': /*        staff   */ row('✗    ✗    ✗     ✓    ✗    ✓'),
  'POST /profiles/:id/validate': /*  submitted */ row('✗    ✗    ✗     ✓    ✗    ✓'),
  // Two-factor (decision 024): start/confirm/disable/recovery-codes answer 400/409 without a proper body or state,
  // so their access is proven in cms/tests/twoFactor.test.ts; these two fit the matrix as they are.
  'POST /users/two-factor/reset/:id': /* other's */ row('✗    ✗    ✗     ✗    ✗    ✓'),
  'POST /users/two-factor/verify': /* full session */ row('✗    ✗    ✗     ✗    ✗    ✗'),
}
