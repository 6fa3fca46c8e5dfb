import type { CollectionBeforeChangeHook } from 'payload'
import { deriveProfile } from '@atlas/shared/profile/questionnaire'

/** Recomputes the derived figures from the answers on every write; whatever a client sent for them is gone already (field access). */
export const deriveAnswers: CollectionBeforeChangeHook = ({ data }) => {
  const derived = deriveProfile(data, new Date())
  return { ...data, ...derived }
}
