import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { slugify, uniqueSlug } from '@atlas/shared/pages'
import { requestLocale } from '../../../i18n/requestLocale'

const MESSAGE = {
  fr: 'Deux leçons ont le même identifiant d’URL « {slug} ».',
  en: 'Two lessons share the slug "{slug}".',
}

/**
 * Lesson slugs are URLs inside the course: each must be unique there. A
 * lesson whose slug was left empty gets one from its title, numbered
 * (`quiz-2`) past the course's other lessons; a typed slug already used by
 * another lesson is refused at that lesson's field.
 */
export const checkLessonSlugs: CollectionBeforeValidateHook = ({ data, req }) => {
  const lessons = Array.isArray(data?.lessons) ? (data.lessons as { slug?: string | null; title?: unknown }[]) : []
  const typed = lessons.map((lesson) => (typeof lesson.slug === 'string' ? lesson.slug.trim() : ''))
  const seen = new Set<string>()
  lessons.forEach((lesson, index) => {
    const slug = typed[index]!
    if (!slug) return
    if (seen.has(slug)) {
      throw new ValidationError({
        collection: 'courses',
        errors: [{ path: `lessons.${index}.slug`, message: MESSAGE[requestLocale(req)].replace('{slug}', slug) }],
      })
    }
    seen.add(slug)
  })
  lessons.forEach((lesson, index) => {
    if (typed[index] || typeof lesson.title !== 'string') return
    const base = slugify(lesson.title)
    if (!base) return
    lesson.slug = uniqueSlug(base, seen)
    seen.add(lesson.slug)
  })
  return data
}
