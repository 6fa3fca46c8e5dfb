import { Form, redirect } from 'react-router'
import { contactRequestSchema } from '@atlas/shared/schemas/contact'
import { fieldErrorsFrom } from '@atlas/shared/schemas/fieldErrors'
import type { Route } from './+types/contact'
import { Field } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { SubmitButton } from '../../components/SubmitButton'
import { TextArea } from '../../components/TextArea'
import { visitorHeaders } from '../../lib/clientIp.server'
import { formChecked, formText, rejected } from '../../lib/forms'
import { getLocale } from '../../lib/i18n.server'
import { pageMeta } from '../../lib/pageMeta'
import { sendContactRequest } from '../../lib/prospects.server'
import { useT } from '../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'meta.contact.title')

const FIELDS = ['firstName', 'lastName', 'email', 'phone', 'message', 'contactConsent'] as const
/** Hidden from people; robots fill it in (docs/decisions/008-contact-form-rate-limit.md). */
const HONEYPOT = 'website'

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const values = {
    firstName: formText(formData, 'firstName'),
    lastName: formText(formData, 'lastName'),
    email: formText(formData, 'email'),
    phone: formText(formData, 'phone'),
    message: formText(formData, 'message'),
    contactConsent: formChecked(formData, 'contactConsent'),
  }
  // A robot gets the same thank-you page as a person, and nothing is sent anywhere.
  if (formText(formData, HONEYPOT).trim() !== '') return redirect('/contact/merci')

  const parsed = contactRequestSchema.safeParse(values)
  if (!parsed.success) return rejected(values, { fieldErrors: fieldErrorsFrom(parsed.error) })

  const result = await sendContactRequest(parsed.data, visitorHeaders(request), await getLocale(request))
  if (result.ok) return redirect('/contact/merci')
  if (result.kind === 'unavailable') return rejected(values, { fieldErrors: {}, formError: 'errors.service.unavailable' }, 503)
  if (result.status === 429) return rejected(values, { fieldErrors: {}, formError: 'errors.contact.rateLimited' }, 429)
  const fieldErrors = Object.fromEntries(
    Object.entries(result.fieldErrors).filter(([field]) => (FIELDS as readonly string[]).includes(field)),
  )
  return rejected(values, { fieldErrors, formError: Object.keys(fieldErrors).length ? 'errors.form' : 'errors.unexpected' })
}

export default function Contact({ actionData }: Route.ComponentProps) {
  const t = useT()
  const errors = actionData?.fieldErrors ?? {}
  const values = actionData?.values
  const consentError = errors.contactConsent && t(errors.contactConsent)
  return (
    <section className="section contact-page">
      <div className="container contact-inner">
        <h1>{t('contact.title')}</h1>
        <p className="lead">{t('contact.lead')}</p>
        {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
        <Form method="post" noValidate className="form card contact-form">
          <div className="form-row">
            <Field
              name="firstName"
              label={t('contact.field.firstName')}
              autoComplete="given-name"
              maxLength={100}
              defaultValue={values?.firstName}
              error={errors.firstName && t(errors.firstName)}
            />
            <Field
              name="lastName"
              label={t('contact.field.lastName')}
              autoComplete="family-name"
              required
              maxLength={100}
              defaultValue={values?.lastName}
              error={errors.lastName && t(errors.lastName)}
            />
          </div>
          <Field
            name="email"
            type="email"
            label={t('contact.field.email')}
            autoComplete="email"
            inputMode="email"
            required
            defaultValue={values?.email}
            error={errors.email && t(errors.email)}
          />
          <Field
            name="phone"
            type="tel"
            label={t('contact.field.phone')}
            autoComplete="tel"
            inputMode="tel"
            maxLength={30}
            defaultValue={values?.phone}
            error={errors.phone && t(errors.phone)}
          />
          <TextArea
            name="message"
            label={t('contact.field.message')}
            hint={t('contact.hint.message')}
            required
            rows={6}
            maxLength={4000}
            defaultValue={values?.message}
            error={errors.message && t(errors.message)}
          />
          <div className="contact-honeypot" aria-hidden="true">
            <label htmlFor="field-website">{t('contact.field.website')}</label>
            <input id="field-website" name={HONEYPOT} type="text" tabIndex={-1} autoComplete="off" />
          </div>
          <div className={consentError ? 'field field-check field-invalid' : 'field field-check'}>
            <input
              id="field-contactConsent"
              name="contactConsent"
              type="checkbox"
              className="checkbox"
              required
              defaultChecked={values?.contactConsent}
              aria-invalid={consentError ? true : undefined}
              aria-describedby={consentError ? 'field-contactConsent-error' : undefined}
            />
            <label htmlFor="field-contactConsent">{t('contact.consent')}</label>
            {consentError ? <p id="field-contactConsent-error" className="field-error">{consentError}</p> : null}
          </div>
          <SubmitButton>{t('contact.submit')}</SubmitButton>
        </Form>
      </div>
    </section>
  )
}
