import type { Field, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'
import { isSafeLinkTarget } from '@atlas/shared/pages'
import { requestLocale } from '../i18n/requestLocale'

const MESSAGES = {
  fr: {
    unsafe: 'Indiquez un chemin du site (/tarifs), une ancre (#faq), une adresse https:// ou mailto:.',
    missing: 'Indiquez la destination du bouton.',
  },
  en: {
    unsafe: 'Enter a site path (/tarifs), an anchor (#faq), an https:// or mailto: address.',
    missing: 'Enter where the button leads.',
  },
}

/** A link target an editor types: see `isSafeLinkTarget`; required when the button has a label. */
export const linkTarget: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options)
  if (base !== true) return base
  const messages = MESSAGES[requestLocale(options.req)]
  const label = (options.siblingData as { label?: unknown } | undefined)?.label
  if (!value) return typeof label === 'string' && label.trim() !== '' ? messages.missing : true
  return isSafeLinkTarget(value) || messages.unsafe
}

/** A button: its label and where it leads (both empty: no button). */
export const buttonField = (name: string, label: { fr: string; en: string }, required = false): Field => ({
  name,
  label,
  type: 'group',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', label: { fr: 'Libellé', en: 'Label' }, type: 'text', required, maxLength: 60 },
        {
          name: 'href',
          label: { fr: 'Destination', en: 'Target' },
          type: 'text',
          required,
          maxLength: 300,
          validate: linkTarget,
          admin: { description: { fr: '/inscription, /#etapes, https://… ou mailto:…', en: '/inscription, /#etapes, https://… or mailto:…' } },
        },
      ],
    },
  ],
})
