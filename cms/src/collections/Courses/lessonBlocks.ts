import type { Block, Field, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'
import { editorsOrAdminsField } from '../../access/editorsOrAdmins'
import { SLUG_DESCRIPTION, slugOrTitle } from '../../fields/slugFromTitle'
import { questionChoice, validateOptions } from './questionChoice'
import { premiumContentReaders } from '../../access/premiumContentReaders'

/*
 * The three kinds of lesson a course is made of, in the order the editor
 * arranges them. Every lesson has a title and a slug (its URL in web,
 * /formation/<course>/<lesson>, unique within the course).
 */

const httpsUrl: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options)
  if (base !== true || !value) return base
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || 'L’adresse doit commencer par https://'
  } catch {
    return 'Adresse web invalide.'
  }
}

/** What a premium course keeps for readers whose plan does not include it: the head of each lesson only. */
const premiumContent = { read: premiumContentReaders }

const lessonHead: Field[] = [
  { name: 'title', label: { fr: 'Titre de la leçon', en: 'Lesson title' }, type: 'text', required: true, maxLength: 160 },
  {
    name: 'slug',
    label: { fr: 'Identifiant d’URL de la leçon', en: 'Lesson slug' },
    type: 'text',
    required: true,
    validate: slugOrTitle,
    admin: { description: SLUG_DESCRIPTION },
  },
]

/** Each lesson's row in the editor reads its title, not "Sans titre". */
const lessonAdmin: Block['admin'] = { components: { Label: '/admin/components/LessonRowLabel#LessonRowLabel' } }

export const videoLesson: Block = {
  slug: 'video',
  admin: lessonAdmin,
  labels: { singular: { fr: 'Vidéo', en: 'Video' }, plural: { fr: 'Vidéos', en: 'Videos' } },
  fields: [
    ...lessonHead,
    {
      name: 'videoUrl',
      label: { fr: 'Adresse de la vidéo hébergée', en: 'Hosted video URL' },
      type: 'text',
      validate: httpsUrl,
      access: premiumContent,
      admin: { description: { fr: 'Un fichier .mp4/.webm est lu dans la page ; toute autre adresse est proposée en lien.', en: 'A .mp4/.webm file plays in the page; any other address is offered as a link.' } },
    },
    { name: 'videoFile', label: { fr: 'Ou fichier vidéo téléversé', en: 'Or uploaded video file' }, type: 'upload', relationTo: 'media', access: premiumContent },
    { name: 'durationMinutes', label: { fr: 'Durée (minutes)', en: 'Duration (minutes)' }, type: 'number', min: 0, max: 600 },
    { name: 'transcript', label: { fr: 'Transcription', en: 'Transcript' }, type: 'textarea', required: true, access: premiumContent },
  ],
}

export const textLesson: Block = {
  slug: 'text',
  admin: lessonAdmin,
  labels: { singular: { fr: 'Texte', en: 'Rich text' }, plural: { fr: 'Textes', en: 'Rich texts' } },
  fields: [...lessonHead, { name: 'content', label: { fr: 'Contenu', en: 'Content' }, type: 'richText', required: true, access: premiumContent }],
}

export const quizLesson: Block = {
  slug: 'quiz',
  admin: lessonAdmin,
  labels: { singular: { fr: 'Quiz', en: 'Quiz' }, plural: { fr: 'Quiz', en: 'Quizzes' } },
  fields: [
    ...lessonHead,
    {
      name: 'passMark',
      label: { fr: 'Seuil de réussite (%)', en: 'Pass mark (%)' },
      type: 'number',
      required: true,
      defaultValue: 70,
      min: 1,
      max: 100,
    },
    {
      name: 'questions',
      label: { fr: 'Questions', en: 'Questions' },
      type: 'array',
      labels: { singular: { fr: 'Question', en: 'Question' }, plural: { fr: 'Questions', en: 'Questions' } },
      required: true,
      access: premiumContent,
      minRows: 1,
      maxRows: 30,
      fields: [
        { name: 'prompt', label: { fr: 'Question', en: 'Question' }, type: 'textarea', required: true },
        questionChoice,
        {
          name: 'options',
          label: { fr: 'Réponses proposées', en: 'Options' },
          type: 'array',
          labels: { singular: { fr: 'Réponse', en: 'Option' }, plural: { fr: 'Réponses', en: 'Options' } },
          required: true,
          minRows: 2,
          maxRows: 6,
          validate: validateOptions,
          fields: [
            { name: 'label', label: { fr: 'Réponse', en: 'Option' }, type: 'text', required: true },
            {
              name: 'correct',
              label: { fr: 'Bonne réponse', en: 'Correct' },
              type: 'checkbox',
              defaultValue: false,
              access: { read: editorsOrAdminsField },
            },
          ],
        },
        {
          name: 'explanation',
          label: { fr: 'Explication (montrée après la réponse)', en: 'Explanation (shown after answering)' },
          type: 'textarea',
          access: { read: editorsOrAdminsField },
        },
      ],
    },
  ],
}
