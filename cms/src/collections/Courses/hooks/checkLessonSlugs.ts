import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { requestLocale } from '../../../i18n/requestLocale'

const MESSAGE = {
  fr: 'Deux leçons ont le même identifiant d’URL « {slug} ».',
  en: 'Two lessons share the slug "{slug}".',
}

/** Lesson slugs are URLs inside the course: each must be unique there. */
export const checkLessonSlugs: CollectionBeforeValidateHook = ({ data, req }) => {
  const lessons = Array.isArray(data?.lessons) ? (data.lessons as { slug?: string }[]) : []
  const seen = new Set<string>()
  lessons.forEach((lesson, index) => {
    if (!lesson.slug) return
    if (seen.has(lesson.slug)) {
      throw new ValidationError({
        collection: 'courses',
        errors: [{ path: `lessons.${index}.slug`, message: MESSAGE[requestLocale(req)].replace('{slug}', lesson.slug) }],
      })
    }
    seen.add(lesson.slug)
  })
  return data
}
