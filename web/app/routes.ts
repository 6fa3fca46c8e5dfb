import { index, layout, route, type RouteConfig } from '@react-router/dev/routes'

/*
 * Routes, grouped by audience. French URLs; files named for what they show.
 * (No file-system routing: @react-router/fs-routes is not a dependency.)
 */
export default [
  layout('routes/_marketing/layout.tsx', [
    // Pages from the cms: `accueil` at /, any other published page at /<slug> (a-propos, tarifs, faq,
    // faq…). Fixed routes below win over :slug.
    index('routes/_marketing/landing.tsx'),
    route(':slug', 'routes/_marketing/page.tsx'),
    // Legal pages: fixed texts filled from the cms `firm` global (docs/decisions/027-firm-information.md).
    route('mentions-legales', 'routes/_marketing/legal/legal-notice.tsx'),
    route('cgu', 'routes/_marketing/legal/terms.tsx'),
    route('confidentialite', 'routes/_marketing/legal/privacy.tsx'),
    // Training: visitors see the catalogue and outlines, investors follow the lessons.
    route('formation', 'routes/learn/catalogue.tsx'),
    route('formation/:slug', 'routes/learn/course.tsx'),
    route('formation/:slug/:lesson', 'routes/learn/lesson.tsx'),
    route('contact', 'routes/_marketing/contact.tsx'),
    route('contact/merci', 'routes/_marketing/contact-sent.tsx'),
  ]),

  layout('routes/_auth/layout.tsx', [
    route('connexion', 'routes/_auth/login.tsx'),
    route('inscription', 'routes/_auth/signup.tsx'),
    route('mot-de-passe-oublie', 'routes/_auth/forgot-password.tsx'),
    route('reinitialiser-mot-de-passe', 'routes/_auth/reset-password.tsx'),
    route('invitation', 'routes/_auth/invitation.tsx'),
    route('verifier-email', 'routes/_auth/verify-email.tsx'),
    route('confirmer-email', 'routes/_auth/confirm-email.tsx'),
    // Billing (contract: docs/decisions/034): the plan chosen on /tarifs, and the demo checkout when Stripe is not configured.
    route('abonnement/choisir', 'routes/billing/choose.tsx'),
    route('paiement-demo/:sessionId', 'routes/billing/demo-checkout.tsx'),
  ]),
  route('deconnexion', 'routes/_auth/logout.ts'),

  route('portail', 'routes/portal/layout.tsx', [
    index('routes/portal/dashboard.tsx'),
    route('bien-demarrer/masquer', 'routes/portal/onboarding-dismiss.ts'),
    route('patrimoine', 'routes/portal/patrimony/list.tsx'),
    route('patrimoine/nouveau', 'routes/portal/patrimony/new.tsx'),
    route('patrimoine/:id', 'routes/portal/patrimony/edit.tsx'),
    route('patrimoine/:id/supprimer', 'routes/portal/patrimony/delete.tsx'),
    route('profil', 'routes/portal/profile.tsx'),
    route('questionnaire', 'routes/portal/questionnaire/start.ts'),
    route('questionnaire/relecture', 'routes/portal/questionnaire/review.tsx'),
    route('questionnaire/:step', 'routes/portal/questionnaire/step.tsx'),
    route('formation', 'routes/portal/training.tsx'),
    route('notifications', 'routes/portal/notifications/list.tsx'),
    route('notifications/preferences', 'routes/portal/notifications/preferences.tsx'),
    route('securite', 'routes/portal/security.tsx'),
    route('securite/double-authentification', 'routes/portal/two-factor.tsx'),
    route('assistant', 'routes/portal/assistant/list.tsx'),
    route('assistant/:id', 'routes/portal/assistant/conversation.tsx'),
    route('assistant/:id/supprimer', 'routes/portal/assistant/delete.tsx'),
    route('abonnement', 'routes/portal/billing/subscription.tsx'),
    route('abonnement/confirmation', 'routes/portal/billing/confirmation.tsx'),
    route('abonnement/gerer', 'routes/portal/billing/manage.tsx'),
    // Client documents (docs/decisions/042-electronic-signature.md): the list, one document to read and sign.
    route('documents', 'routes/portal/documents/list.tsx'),
    route('documents/:id', 'routes/portal/documents/detail.tsx'),
  ]),
  // A client document's PDF (or its signed copy), proxied from the cms with the reader's token (a resource route: no layout).
  route('portail/documents/:id/pdf', 'routes/portal/documents/pdf.ts'),
  // An invoice's PDF, proxied from the cms with the reader's token (a resource route: no layout).
  route('portail/abonnement/factures/:id/pdf', 'routes/resources/invoice-pdf.ts'),
  // The assistant page's JavaScript reads answers as they stream (a resource route: no layout).
  route('portail/assistant/:id/flux', 'routes/resources/assistant-stream.ts'),

  route('langue', 'routes/resources/locale.ts'),
  route('sitemap.xml', 'routes/resources/sitemap.ts'),
  route('robots.txt', 'routes/resources/robots.ts'),
  route('healthz', 'routes/resources/healthz.ts'),
] satisfies RouteConfig
