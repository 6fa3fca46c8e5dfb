import type { CollectionConfig } from 'payload'
import { editorialContent } from '../../access/editorialContent'
import { titleAndSlug } from '../../fields/titleAndSlug'
import { PRODUCT_CLASSES, PRODUCT_CLASS_LABELS } from '@atlas/shared/profile'
import { checkLessonSlugs } from './hooks/checkLessonSlugs'
import { outlineWhenLocked } from './hooks/outlineWhenLocked'
import { queueAnnouncement } from './hooks/queueAnnouncement'
import { stampFirstPublication } from './hooks/stampFirstPublication'
import { quizLesson, textLesson, videoLesson } from './lessonBlocks'
import { calendarDate } from '../../fields/validators'
import { premiumContentReaders } from '../../access/premiumContentReaders'

export const Courses: CollectionConfig = {
  slug: 'courses',
  labels: {
    singular: { fr: 'Formation', en: 'Course' },
    plural: { fr: 'Formations', en: 'Courses' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'level', '_status', 'publishedAt'],
    group: { fr: 'Contenus', en: 'Content' },
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeValidate: [checkLessonSlugs],
    beforeChange: [stampFirstPublication],
    afterChange: [queueAnnouncement],
    afterRead: [outlineWhenLocked],
  },
  access: editorialContent,
  fields: [
    ...titleAndSlug,
    { name: 'summary', label: { fr: 'Résumé', en: 'Summary' }, type: 'textarea', maxLength: 600 },
    {
      name: 'level',
      label: { fr: 'Niveau', en: 'Level' },
      type: 'select',
      required: true,
      defaultValue: 'beginner',
      options: [
        { value: 'beginner', label: { fr: 'Débutant', en: 'Beginner' } },
        { value: 'intermediate', label: { fr: 'Intermédiaire', en: 'Intermediate' } },
        { value: 'advanced', label: { fr: 'Avancé', en: 'Advanced' } },
      ],
    },
    {
      name: 'topics',
      label: { fr: 'Thèmes', en: 'Topics' },
      type: 'text',
      hasMany: true,
      maxRows: 8,
      admin: { description: { fr: 'Mots-clés de filtre du catalogue, ex. « épargne », « fiscalité ».', en: 'Catalogue filter tags.' } },
    },
    {
      name: 'estimatedMinutes',
      label: { fr: 'Durée estimée (minutes)', en: 'Estimated duration (minutes)' },
      type: 'number',
      min: 1,
      max: 1000,
    },
    {
      name: 'freePreview',
      label: { fr: 'Aperçu gratuit (lisible sans compte)', en: 'Free preview (readable without an account)' },
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      name: 'premium',
      label: { fr: 'Premium (offres Essentiel et Patrimoine)', en: 'Premium (Essentiel and Patrimoine plans)' },
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: {
          fr: 'Le titre et le plan restent visibles ; le contenu est réservé aux offres qui incluent les formations premium.',
          en: 'Title and outline stay visible; the content is for the plans that include premium courses.',
        },
      },
    },
    {
      name: 'productClass',
      label: { fr: 'Classe de produit évaluée par les quiz', en: 'Product class the quizzes assess' },
      type: 'select',
      options: PRODUCT_CLASSES.map((value) => ({ value, label: PRODUCT_CLASS_LABELS[value].label })),
      admin: {
        position: 'sidebar',
        description: { fr: 'Un quiz réussi devient une preuve de connaissance de cette classe (MiFID II).', en: 'A passed quiz becomes evidence of knowledge of this class (MiFID II).' },
      },
    },
    { name: 'cover', label: { fr: 'Couverture', en: 'Cover' }, type: 'upload', relationTo: 'media' },
    { name: 'body', label: { fr: 'Présentation', en: 'Overview' }, type: 'richText', access: { read: premiumContentReaders } },
    {
      name: 'lessons',
      label: { fr: 'Leçons (dans l’ordre)', en: 'Lessons (in order)' },
      type: 'blocks',
      labels: { singular: { fr: 'leçon', en: 'lesson' }, plural: { fr: 'leçons', en: 'lessons' } },
      blocks: [videoLesson, textLesson, quizLesson],
      maxRows: 60,
    },
    {
      name: 'announcedAt',
      label: { fr: 'Annoncée aux investisseurs le', en: 'Announced to investors at' },
      type: 'date',
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'publishedAt',
      label: { fr: 'Publié le', en: 'Published at' },
      type: 'date',
      validate: calendarDate,
      admin: { position: 'sidebar' },
    },
  ],
}
