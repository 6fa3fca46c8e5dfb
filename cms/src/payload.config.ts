import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { AdvisorAssignments } from './collections/AdvisorAssignments'
import { AdvisorMessages } from './collections/AdvisorMessages'
import { AdvisorComments } from './collections/AdvisorComments'
import { Assets } from './collections/Assets'
import { AssistantRequests } from './collections/AssistantRequests'
import { AssetValuations } from './collections/AssetValuations'
import { ClientDocuments } from './collections/ClientDocuments'
import { ContactAttempts } from './collections/ContactAttempts'
import { Conversations } from './collections/Conversations'
import { Courses } from './collections/Courses'
import { DocumentTemplates } from './collections/DocumentTemplates'
import { Emails } from './collections/Emails'
import { Enrollments } from './collections/Enrollments'
import { KnowledgeEvidence } from './collections/KnowledgeEvidence'
import { Invoices } from './collections/Invoices'
import { Media } from './collections/Media'
import { Notifications } from './collections/Notifications'
import { Pages } from './collections/Pages'
import { Plans } from './collections/Plans'
import { Profiles } from './collections/Profiles'
import { Prospects } from './collections/Prospects'
import { Recommendations } from './collections/Recommendations'
import { SessionDevices } from './collections/SessionDevices'
import { StripeEvents } from './collections/StripeEvents'
import { Subscriptions } from './collections/Subscriptions'
import { Users } from './collections/Users'
import { Firm } from './globals/Firm'
import { clientsEndpoint } from './backOffice/clientsEndpoint'
import { mailAdapter } from './email/mailAdapter'
import { jobs } from './jobs'
import { releaseStaleEmailJobs } from './jobs/releaseStaleJobs'
import { releaseStaleRenders } from './documents/releaseStaleRenders'
import { figuresEndpoint } from './backOffice/figuresEndpoint'
import { health } from './endpoints/health'
import { portalDashboard } from './endpoints/portalDashboard'
import { dismissOnboarding } from './endpoints/dismissOnboarding'
import { billingEndpoints } from './billing/endpoints'
import { billingEntitlements } from './endpoints/billingEntitlements'
import { env } from './env'
import { withStrictGlobalInputs, withStrictInputs } from './fields/strictInputs'
import { withAdminCells } from './fields/adminCells'
import { withFrenchDatePickers } from './fields/datePickers'
import { withNulFreeEndpoints } from './endpoints/nulFreeBodies'
import { inputErrorsAre400 } from './queries/inputErrors'
import { guardEveryCollection, withQueryValidation } from './queries/validateQuery'
import { secureConfig } from './access/secureConfig'
import { numbersAreNumbers } from './fields/numbersAreNumbers'
import { adminFrench } from './i18n/adminFrench'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// secureConfig runs over the sanitized config, Payload's own collections included (access/secureConfig.ts).
export default buildConfig({
  serverURL: env.cmsPublicUrl,
  secret: env.payloadSecret,
  admin: {
    user: Users.slug,
    // Atlas's name and mark, never Payload's (docs/decisions/028-money-in-the-admin.md).
    meta: {
      title: 'Atlas',
      titleSuffix: ' — Atlas',
      description: 'Le poste de travail des conseillers Atlas.',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/atlas-icon.svg' }],
      openGraph: { siteName: 'Atlas', title: 'Atlas', description: 'Le poste de travail des conseillers Atlas.' },
    },
    // "28 novembre 2026, 08:27" (date-fns pattern; the month in the admin's language).
    dateFormat: 'd MMMM yyyy, HH:mm',
    timezones: { defaultTimezone: 'Europe/Paris', supportedTimezones: [{ label: 'Paris', value: 'Europe/Paris' }] },
    // Gravatar would be fetched from the internet; the built-in avatar works offline.
    avatar: 'default',
    importMap: { baseDir: dirname },
    components: {
      graphics: { Logo: '/admin/components/brand/AtlasLogo#AtlasLogo', Icon: '/admin/components/brand/AtlasLogo#AtlasIcon' },
      beforeDashboard: [
        '/admin/components/AdvisorHome#AdvisorHome',
        '/admin/components/BackOfficeFigures#BackOfficeFigures',
        '/admin/components/BillingFigures#BillingFigures',
      ],
      // The second login step, or a staff member's TOTP enrolment (docs/decisions/024).
      beforeLogin: ['/admin/twoFactor/TwoFactorLoginStep#TwoFactorLoginStep'],
      afterNavLinks: ['/admin/components/PipelineNavLink#PipelineNavLink', '/admin/components/ClientsNavLink#ClientsNavLink'],
      views: {
        pipeline: { Component: '/admin/views/PipelineView#PipelineView', path: '/pipeline', exact: true },
        clients: { Component: '/admin/views/ClientsView#ClientsView', path: '/clients', exact: true },
        client: { Component: '/admin/views/ClientView#ClientView', path: '/clients/:id', exact: true },
      },
    },
  },
  i18n: {
    fallbackLanguage: 'fr',
    supportedLanguages: { fr, en },
    // The admin's preview link on pages (docs/decisions/014-marketing-pages-and-preview.md).
    // Payload's French without its gender hedges "un(e) nouveau ou nouvelle" (i18n/adminFrench.ts).
    translations: {
      fr: { ...adminFrench, version: { ...adminFrench.version, preview: 'Prévisualiser' } },
      en: { version: { preview: 'Preview' } },
    },
  },
  // Every query is checked before it runs (docs/decisions/022-queries-are-validated.md).
  collections: withQueryValidation(withFrenchDatePickers(withAdminCells(withStrictInputs([
    Users,
    Profiles,
    Assets,
    AssetValuations,
    Prospects,
    Courses,
    Enrollments,
    KnowledgeEvidence,
    Invoices,
    ClientDocuments,
    Media,
    Pages,
    Notifications,
    AdvisorMessages,
    Recommendations,
    AdvisorComments,
    AdvisorAssignments,
    Plans,
    Emails,
    ContactAttempts,
    Conversations,
    AssistantRequests,
    SessionDevices,
    Subscriptions,
    StripeEvents,
    DocumentTemplates,
  ])))),
  // The firm's legal information (docs/decisions/027-firm-information.md).
  globals: withStrictGlobalInputs([Firm]),
  // Mail delivery, announcements, reminders, and scheduled publications of courses (see jobs/index.ts).
  jobs,
  onInit: async (payload) => {
    guardEveryCollection(payload)
    // Mail jobs a stopped process was holding go back to the queue (before migrations ran, there are none).
    await releaseStaleEmailJobs(payload).catch((error: Error) => payload.logger.debug(`[email] no stale jobs checked: ${error.message}`))
    await releaseStaleRenders(payload).catch((error: Error) => payload.logger.debug(`[documents] no stale renders checked: ${error.message}`))
  },
  endpoints: withNulFreeEndpoints([health, figuresEndpoint, clientsEndpoint, portalDashboard, dismissOnboarding, ...billingEndpoints, billingEntitlements]),
  // Errors only user input causes (a JSON ?where= that is not JSON, PostgreSQL data exceptions) are 400s.
  hooks: { afterError: [inputErrorsAre400] },
  editor: lexicalEditor(),
  // Every mail, Payload's own included, goes through the outbox and (with SendGrid) the sendEmail job.
  email: mailAdapter,
  cors: [env.webUrl, env.cmsPublicUrl],
  csrf: [env.webUrl, env.cmsPublicUrl],
  db: postgresAdapter({
    pool: { connectionString: env.databaseUrl },
    // Schema changes go through committed migrations only (scripts apply them).
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  sharp,
  typescript: {
    // Generated into shared/ so web and cms agree on document shapes; the
    // `declare module 'payload'` part lives in cms (shared has no payload dependency).
    outputFile: path.resolve(dirname, '../../shared/src/payload-types.ts'),
    declare: false,
    autoGenerate: false,
  },
  graphQL: { disable: true },
  // Refusals caused by user input are part of normal traffic, not server errors.
  loggingLevels: {
    ValidationError: 'info',
    // Refused queries (Payload's QueryError and ours, queries/queryRefused.ts) are input mistakes too.
    QueryError: 'info',
    Forbidden: 'info',
    NotFound: 'info',
    AuthenticationError: 'info',
    LockedAuth: 'warn',
    UnverifiedEmail: 'info',
  },
  telemetry: false,
}).then(secureConfig).then(numbersAreNumbers)
