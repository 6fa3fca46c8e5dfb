import type { PayloadRequest } from 'payload'
import { unknownPlaceholders } from '@atlas/shared/documents/placeholders'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../../i18n/requestLocale'

type Node = { type?: unknown; text?: unknown; children?: unknown }

/** Every text run of a Lexical editor state, in reading order (a merge field must sit in one run: one formatting). */
export function textRuns(state: unknown): string[] {
  const runs: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { type, text, children } = node as Node
    if (type === 'text' && typeof text === 'string') runs.push(text)
    if (Array.isArray(children)) children.forEach(walk)
  }
  walk(state && typeof state === 'object' && 'root' in state ? (state as { root: unknown }).root : state)
  return runs
}

/** What a template's body names that is not a merge field of the list (each once). */
export function unknownInBody(state: unknown): string[] {
  const found = new Set<string>()
  for (const run of textRuns(state)) for (const name of unknownPlaceholders(run)) found.add(name)
  return [...found]
}

/**
 * The `body` field's rule: some text, and only listed merge fields. The
 * message names what is wrong ("« client.prenom »"), in the writer's language.
 */
export const validateTemplateBody = (value: unknown, { req }: { req: PayloadRequest }): string | true => {
  const locale = requestLocale(req)
  if (textRuns(value).join('').trim() === '') return translate(locale, 'documents.templates.errors.bodyRequired')
  const unknown = unknownInBody(value)
  if (unknown.length === 0) return true
  return translate(locale, 'documents.templates.errors.unknownPlaceholder', { names: unknown.map((name) => `« ${name} »`).join(', ') })
}
