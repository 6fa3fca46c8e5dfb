import type { CollectionConfig } from 'payload'
import { PRODUCT_CLASSES, PRODUCT_CLASS_LABELS } from '@atlas/shared/profile'
import { admins } from '../../access/admins'
import { nobody } from '../../access/nobody'
import { ownerAdvisorOrAdmin } from '../../access/ownerAdvisorOrAdmin'

/**
 * Evidence of knowledge of a product class: the first passed attempt of a
 * quiz (its number, time and score). Written only by the submit-quiz endpoint. MiFID II forbids relying on the
 * questionnaire's self-assessment alone; advisors read this beside it (list
 * filtered by investor, and the "Preuves de connaissance" table on the user).
 */
export const KnowledgeEvidence: CollectionConfig = {
  slug: 'knowledge-evidence',
  labels: {
    singular: { fr: 'Preuve de connaissance', en: 'Knowledge evidence' },
    plural: { fr: 'Preuves de connaissance', en: 'Knowledge evidence' },
  },
  admin: {
    useAsTitle: 'quizTitle',
    defaultColumns: ['owner', 'productClass', 'quizTitle', 'score', 'attempt', 'passedAt'],
    listSearchableFields: ['quizTitle'],
    group: { fr: 'Formation', en: 'Training' },
    description: {
      fr: 'Quiz réussis, par classe de produit : à comparer aux connaissances déclarées dans le questionnaire.',
      en: 'Passed quizzes per product class: compare with the knowledge self-declared in the questionnaire.',
    },
  },
  access: { read: ownerAdvisorOrAdmin, create: nobody, update: nobody, delete: admins },
  fields: [
    { name: 'owner', label: { fr: 'Investisseur', en: 'Investor' }, type: 'relationship', relationTo: 'users', required: true, index: true },
    {
      name: 'productClass',
      label: { fr: 'Classe de produit', en: 'Product class' },
      type: 'select',
      required: true,
      index: true,
      options: PRODUCT_CLASSES.map((value) => ({ value, label: PRODUCT_CLASS_LABELS[value].label })),
    },
    { name: 'quizTitle', label: { fr: 'Quiz', en: 'Quiz' }, type: 'text', required: true },
    { name: 'course', label: { fr: 'Formation', en: 'Course' }, type: 'relationship', relationTo: 'courses', required: true },
    { name: 'lessonId', type: 'text', required: true, admin: { hidden: true } },
    { name: 'score', label: { fr: 'Score (%)', en: 'Score (%)' }, type: 'number', required: true },
    { name: 'passMark', label: { fr: 'Seuil (%)', en: 'Pass mark (%)' }, type: 'number', required: true },
    { name: 'passedAt', label: { fr: 'Réussi le', en: 'Passed at' }, type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    // Empty only on rows recorded before attempts were numbered (decision 007).
    { name: 'attempt', label: { fr: 'Tentative n°', en: 'Attempt no.' }, type: 'number', min: 1, admin: { description: { fr: 'Rang de la tentative réussie parmi les tentatives de ce quiz.', en: 'Rank of the passed attempt among this quiz’s attempts.' } } },
  ],
}
