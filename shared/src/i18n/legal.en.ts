import type { legalFr } from './legal.fr'

/** Text of the legal pages, in English: the same keys as the French. */
export const legalEn: Record<keyof typeof legalFr, string> = {
  'legal.placeholder':
    'Provisional information: the final details (share capital, registration, host) will be published before the service opens.',
  'legal.updated': 'Last updated: {date}',

  'legal.notice.title': 'Legal notice',
  'legal.notice.publisher.title': 'Publisher',
  'legal.notice.publisher.body':
    'The Atlas website is published by Atlas SAS, a French simplified joint-stock company with a share capital of [to be completed] euros, registered with the Paris trade register under number [to be completed], with its registered office at [address to be completed], France.',
  'legal.notice.director.title': 'Publication director',
  'legal.notice.director.body': 'The president of Atlas SAS, [name to be completed].',
  'legal.notice.hosting.title': 'Hosting',
  'legal.notice.hosting.body':
    'The website and its data are hosted in the European Union by [host to be completed], whose details will be given here.',
  'legal.notice.activity.title': 'Activity',
  'legal.notice.activity.body':
    'Atlas offers a wealth assessment tool, training content and access to an advisor. Educational content is not personalised investment advice.',
  'legal.notice.ip.title': 'Intellectual property',
  'legal.notice.ip.body':
    'The texts, graphics, logos and training content of this website belong to Atlas SAS or its partners. Any reproduction without written permission is prohibited.',
  'legal.notice.contact.title': 'Contact',
  'legal.notice.contact.body': 'For any question: contact@atlas.example (provisional address).',

  'legal.privacy.title': 'Privacy policy',
  'legal.privacy.intro':
    'This policy explains which data Atlas processes, why, for how long, and how to exercise your rights under the GDPR and the French Data Protection Act.',
  'legal.privacy.controller.title': 'Data controller',
  'legal.privacy.controller.body':
    'Atlas SAS (provisional identity, see the legal notice). Data protection officer: dpo@atlas.example (provisional address).',
  'legal.privacy.data.title': 'Data we collect',
  'legal.privacy.data.body':
    'Identity and contact details (name, email address, phone), answers to the investor questionnaire, declared wealth (assets, liabilities, income, expenses), goals, training progress and exchanges with your advisor.',
  'legal.privacy.purposes.title': 'Purposes and legal bases',
  'legal.privacy.purposes.body':
    'Providing the service you ask for (performance of a contract); assessing whether advice suits your profile (legal obligation); securing accounts and preventing fraud (legitimate interest); sending you marketing information (consent, which you may withdraw at any time).',
  'legal.privacy.retention.title': 'Retention periods',
  'legal.privacy.retention.body':
    'Account data is kept while the account is active, then archived for the legal limitation period (5 years). Invoices are kept for 10 years. An account inactive for 3 years is deleted after prior notice.',
  'legal.privacy.recipients.title': 'Recipients',
  'legal.privacy.recipients.body':
    'Your Atlas advisor and authorised staff, and our technical processors (hosting, email delivery, payment), bound by contract. Your data is never sold.',
  'legal.privacy.hosting.title': 'Hosting and transfers',
  'legal.privacy.hosting.body':
    'Data is hosted in the European Union. Should a provider access it from a third country, the transfer would be covered by the European Commission’s standard contractual clauses.',
  'legal.privacy.rights.title': 'Your rights',
  'legal.privacy.rights.body':
    'You have the right of access, rectification, erasure, restriction, objection and portability, and the right to set instructions for after your death. Write to dpo@atlas.example. You may also complain to the CNIL (www.cnil.fr).',
  'legal.privacy.cookies.title': 'Cookies',
  'legal.privacy.cookies.body':
    'Atlas uses a single strictly necessary cookie (atlas_session) to keep you signed in and remember your language. No advertising or third-party analytics cookie is set.',
}
