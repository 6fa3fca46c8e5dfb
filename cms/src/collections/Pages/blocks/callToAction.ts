import type { Block } from 'payload'
import { buttonField } from '../../../fields/linkTarget'

/** A closing band with one or two buttons. */
export const callToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: { fr: 'Appel à l’action', en: 'Call to action' }, plural: { fr: 'Appels à l’action', en: 'Calls to action' } },
  fields: [
    { name: 'title', label: { fr: 'Titre', en: 'Title' }, type: 'text', required: true, maxLength: 120 },
    { name: 'text', label: { fr: 'Texte', en: 'Text' }, type: 'textarea', maxLength: 300 },
    buttonField('button', { fr: 'Bouton', en: 'Button' }, true),
    buttonField('secondary', { fr: 'Bouton secondaire', en: 'Secondary button' }),
  ],
}
