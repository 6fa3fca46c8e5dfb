import type { CollectionConfig, FieldAccess } from 'payload'
import { admins } from '../../access/admins'
import { nobody } from '../../access/nobody'
import { ownerAdvisorOrAdmin } from '../../access/ownerAdvisorOrAdmin'
import { completeLesson } from './endpoints/completeLesson'
import { quizState } from './endpoints/quizState'
import { submitQuiz } from './endpoints/submitQuiz'
import { computePoints } from './hooks/computePoints'

/** Progress facts are written by the endpoints (trusted code) only, never through the REST API. */
const serverOnly: FieldAccess = () => false
const computed = { create: serverOnly, update: serverOnly }

/**
 * One investor's progress in one course. Investors never write it directly:
 * POST /api/enrollments/complete-lesson and /submit-quiz do (GET /quiz-state
 * reads one quiz's attempts, option order and cooldown), and points are
 * recomputed from the facts on every save.
 */
export const Enrollments: CollectionConfig = {
  slug: 'enrollments',
  labels: {
    singular: { fr: 'Inscription à une formation', en: 'Enrollment' },
    plural: { fr: 'Progression en formation', en: 'Enrollments' },
  },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['owner', 'course', 'points', 'completedAt', 'lastActivityAt'],
    group: { fr: 'Formation', en: 'Training' },
  },
  access: { read: ownerAdvisorOrAdmin, create: nobody, update: nobody, delete: admins },
  indexes: [{ fields: ['owner', 'course'], unique: true }],
  endpoints: [completeLesson, submitQuiz, quizState],
  hooks: { beforeChange: [computePoints] },
  fields: [
    { name: 'owner', label: { fr: 'Investisseur', en: 'Investor' }, type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'course', label: { fr: 'Formation', en: 'Course' }, type: 'relationship', relationTo: 'courses', required: true, index: true },
    {
      name: 'lessonsDone',
      label: { fr: 'Leçons terminées', en: 'Lessons done' },
      type: 'array',
      labels: { singular: { fr: 'Leçon terminée', en: 'Lesson done' }, plural: { fr: 'Leçons terminées', en: 'Lessons done' } },
      access: computed,
      fields: [
        { name: 'lessonId', label: { fr: 'Leçon', en: 'Lesson' }, type: 'text', required: true },
        { name: 'doneAt', label: { fr: 'Terminée le', en: 'Done at' }, type: 'date', required: true },
      ],
    },
    {
      name: 'quizAttempts',
      label: { fr: 'Tentatives de quiz', en: 'Quiz attempts' },
      type: 'array',
      labels: { singular: { fr: 'Tentative', en: 'Attempt' }, plural: { fr: 'Tentatives', en: 'Attempts' } },
      access: computed,
      fields: [
        { name: 'lessonId', label: { fr: 'Leçon', en: 'Lesson' }, type: 'text', required: true },
        { name: 'score', label: { fr: 'Score (%)', en: 'Score (%)' }, type: 'number', required: true },
        { name: 'passed', label: { fr: 'Réussi', en: 'Passed' }, type: 'checkbox', defaultValue: false },
        { name: 'submittedAt', label: { fr: 'Envoyée le', en: 'Submitted at' }, type: 'date', required: true },
      ],
    },
    {
      name: 'quizBest',
      label: { fr: 'Meilleurs scores', en: 'Best scores' },
      type: 'array',
      labels: { singular: { fr: 'Meilleur score', en: 'Best score' }, plural: { fr: 'Meilleurs scores', en: 'Best scores' } },
      access: computed,
      fields: [
        { name: 'lessonId', label: { fr: 'Leçon', en: 'Lesson' }, type: 'text', required: true },
        { name: 'bestScore', label: { fr: 'Meilleur score (%)', en: 'Best score (%)' }, type: 'number', required: true },
        { name: 'passed', label: { fr: 'Réussi', en: 'Passed' }, type: 'checkbox', defaultValue: false },
      ],
    },
    { name: 'points', label: { fr: 'Points', en: 'Points' }, type: 'number', defaultValue: 0, access: computed, admin: { readOnly: true } },
    { name: 'startedAt', label: { fr: 'Commencée le', en: 'Started at' }, type: 'date', access: computed, admin: { readOnly: true } },
    { name: 'lastActivityAt', label: { fr: 'Dernière activité', en: 'Last activity' }, type: 'date', index: true, access: computed, admin: { readOnly: true } },
    { name: 'completedAt', label: { fr: 'Terminée le', en: 'Completed at' }, type: 'date', access: computed, admin: { readOnly: true } },
  ],
}
