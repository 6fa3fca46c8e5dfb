import type { legalFr } from './legal.fr'

export const legalEn: Record<keyof typeof legalFr, string> = {
  'legal.updated': 'Information kept up to date by the firm in its administration.',
  'legal.unavailable': 'The firm’s information is unavailable for a moment. Please try again shortly.',

  'legal.notice.title': 'Legal notice',
  'legal.notice.description': 'Publisher, publication director, host, ORIAS registration, insurance and mediator of the Atlas website.',
  'legal.notice.lead': 'Information required by article 6 of French law no. 2004-575 of 21 June 2004 on confidence in the digital economy (LCEN).',
  'legal.notice.publisher.title': 'Publisher',
  'legal.notice.publisher.body':
    'The Atlas website is published by {legalName}, {legalForm} with a share capital of {capital}, registered with the {rcsCity} trade and companies register under number {siren}, whose registered office is at {address}.',
  'legal.notice.publisher.contact': 'Phone: {phone} — e-mail: {email}.',
  'legal.notice.publisher.contactNoPhone': 'E-mail: {email}.',
  'legal.notice.director.title': 'Publication director',
  'legal.notice.director.body': '{director}.',
  'legal.notice.host.title': 'Host',
  'legal.notice.host.body': 'The website and its data are hosted by {hostName}, {hostAddress}.',
  'legal.notice.orias.title': 'Regulated activity',
  'legal.notice.orias.body':
    '{legalName} is registered with the single register of insurance, banking and finance intermediaries (ORIAS) under number {orias} (see www.orias.fr), as: {categories}.',
  'legal.notice.cif.body':
    'As a financial investment adviser, {legalName} is a member of {cifAssociation}, an association approved by the Autorité des marchés financiers (AMF).',
  'legal.notice.insurance.title': 'Professional indemnity insurance',
  'legal.notice.insurance.body':
    '{legalName} holds professional indemnity insurance and a financial guarantee as required by article L. 541-3 of the Monetary and Financial Code and L. 512-6 of the Insurance Code, with {insurer} (policy no. {policyNumber}).',
  'legal.notice.mediator.title': 'Complaints and mediation',
  'legal.notice.mediator.body':
    'Complaints can be sent to {email}. If the answer does not satisfy you, you can refer the matter free of charge to the consumer mediator: {mediator}.',
  'legal.notice.ip.title': 'Intellectual property',
  'legal.notice.ip.body':
    'The texts, graphics, logos and training content of this website belong to {legalName} or its partners. Any reproduction without written permission is forbidden.',

  'legal.terms.title': 'Terms of use',
  'legal.terms.description': 'The rules for using the Atlas website and client area.',
  'legal.terms.lead': 'These terms of use govern access to the Atlas website and client area published by {legalName}. Accepting them is required to create an account.',
  'legal.terms.object.title': '1. Purpose',
  'legal.terms.object.body':
    'Atlas offers a wealth review tool, investment training and contact with an adviser of {legalName}. Educational content is not personalised investment advice: only your adviser, after reviewing your profile, can give you such advice.',
  'legal.terms.access.title': '2. Access to the service',
  'legal.terms.access.body':
    'The website is free to access for anyone with an internet connection. The client area is reserved for adults who have created an account. {legalName} may suspend access for maintenance or in case of use contrary to these terms.',
  'legal.terms.account.title': '3. Account',
  'legal.terms.account.body':
    'You agree to provide accurate information and keep it up to date. Your credentials are personal: you are responsible for keeping them confidential and must tell us at once of any unauthorised use. You can close your account at any time.',
  'legal.terms.duties.title': '4. User obligations',
  'legal.terms.duties.body':
    'You agree to use the service for its intended purpose, not to harm its security, and to answer the investor questionnaire truthfully, since the suitability of the advice you receive depends on it.',
  'legal.terms.liability.title': '5. Liability',
  'legal.terms.liability.body':
    '{legalName} takes reasonable steps to provide a reliable and secure service, without guaranteeing it will never be interrupted. Simulations and indicators are for information only; past performance is no guide to future performance. Its advisory activity is covered by its professional indemnity insurance (see the legal notice).',
  'legal.terms.ip.title': '6. Intellectual property',
  'legal.terms.ip.body':
    'The website, its content and its courses are protected by intellectual property law. They are provided for strictly personal use; any other use requires the written consent of {legalName}.',
  'legal.terms.data.title': '7. Personal data',
  'legal.terms.data.body': 'How your personal data is processed is described in our privacy policy:',
  'legal.terms.data.link': 'read the privacy policy',
  'legal.terms.law.title': '8. Governing law and disputes',
  'legal.terms.law.body':
    'These terms are governed by French law. In case of dispute you may, after a written complaint to {email}, refer the matter free of charge to the consumer mediator: {mediator}. Failing an amicable settlement, the French courts have jurisdiction.',

  'legal.privacy.title': 'Privacy policy',
  'legal.privacy.description': 'What data Atlas processes, why, for how long, and how to exercise your rights (GDPR).',
  'legal.privacy.lead':
    'This policy explains what data is processed, why, for how long, and how to exercise your rights under the General Data Protection Regulation (GDPR) and the French Data Protection Act.',
  'legal.privacy.controller.title': 'Data controller',
  'legal.privacy.controller.body': '{legalName}, {address} (SIREN {siren}).',
  'legal.privacy.dpo.title': 'Data protection officer',
  'legal.privacy.dpo.body': '{dpoName}, reachable at {dpoEmail}.',
  'legal.privacy.data.title': 'Data collected',
  'legal.privacy.data.body':
    'Identity and contact details (name, e-mail address, phone), investor questionnaire answers, declared wealth (assets, debts, income, expenses), goals, training progress and exchanges with your adviser.',
  'legal.privacy.purposes.title': 'Purposes and legal bases',
  'legal.privacy.purposes.contract': 'Providing the service you ask for: performance of the contract.',
  'legal.privacy.purposes.suitability': 'Assessing whether advice suits your profile: legal obligation (Monetary and Financial Code).',
  'legal.privacy.purposes.security': 'Securing accounts and preventing fraud: legitimate interest.',
  'legal.privacy.purposes.marketing': 'Sending you commercial information: consent, which you can withdraw at any time.',
  'legal.privacy.retention.title': 'Retention periods',
  'legal.privacy.retention.body':
    'Account data is kept while the account is active, then archived for the legal limitation period (5 years). Invoices are kept for 10 years. An account inactive for 3 years is deleted after prior notice.',
  'legal.privacy.recipients.title': 'Recipients and hosting',
  'legal.privacy.recipients.body':
    'Your adviser and the authorised teams of {legalName}, and our technical processors bound by contract, including our host {hostName}. Data is hosted in the European Union and is never sold.',
  'legal.privacy.rights.title': 'Your rights',
  'legal.privacy.rights.body':
    'You have the right of access, rectification, erasure, restriction, objection and portability, and the right to give instructions on what happens to your data after your death. Write to {dpoEmail}.',
  'legal.privacy.cnil.body':
    'If you believe your rights are not respected, you can lodge a complaint with the French data protection authority (CNIL), 3 place de Fontenoy, 75007 Paris, www.cnil.fr.',
  'legal.privacy.cookies.title': 'Cookies',
  'legal.privacy.cookies.body':
    'Atlas uses only one strictly necessary cookie (atlas_session) to keep you signed in and remember your language. No advertising or third-party analytics cookie is set.',
}
