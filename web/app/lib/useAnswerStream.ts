import { useCallback, useRef, useState, type FormEvent } from 'react'
import { readAnswerEvents, type AnswerErrorCode, type AnswerMode } from '@atlas/shared/assistant'

export type PendingAnswer = { question: string | null; text: string; mode: AnswerMode | null; model: string | null }
export type StreamRefusal = { message: string; fieldErrors: Record<string, string> }

/**
 * The assistant page with JavaScript: a question form's submission is sent
 * to the streaming resource route instead of the page's action, and the
 * answer grows as its pieces arrive. When it is stored (or fails), the page's
 * data is reloaded (`refresh`), which shows what the cms kept. Without
 * JavaScript nothing here runs and the form posts to the action.
 */
export function useAnswerStream(streamUrl: string, refresh: () => Promise<void>) {
  const [pending, setPending] = useState<PendingAnswer | null>(null)
  const [answerError, setAnswerError] = useState<AnswerErrorCode | 'unavailable' | null>(null)
  const [refusal, setRefusal] = useState<StreamRefusal | null>(null)
  const busy = useRef(false)

  const ask = useCallback(
    async (form: HTMLFormElement, data: FormData) => {
      busy.current = true
      const retry = data.get('intent') === 'retry'
      setRefusal(null)
      setAnswerError(null)
      let failure: AnswerErrorCode | 'unavailable' | null = null
      // A refusal stored nothing: no reload, so the form is usable again at once (a click
      // while the page reloads was dropped: `busy`).
      let refused = false
      try {
        const response = await fetch(streamUrl, { method: 'POST', body: data, headers: { Accept: 'text/event-stream' } })
        const type = response.headers.get('content-type') ?? ''
        if (!type.includes('text/event-stream') || !response.body) {
          const body = (await response.json().catch(() => null)) as StreamRefusal | null
          if (response.status === 503 || !body) failure = 'unavailable'
          else {
            refused = true
            setRefusal({ message: body.message ?? '', fieldErrors: body.fieldErrors ?? {} })
          }
          return
        }
        if (!retry) form.reset()
        setPending({ question: retry ? null : String(data.get('content') ?? '').trim(), text: '', mode: null, model: null })
        const reader = response.body.getReader()
        const decoder = new TextDecoder()
        let buffer = ''
        let settled = false
        while (!settled) {
          const { value, done } = await reader.read()
          if (done) break
          const read = readAnswerEvents(buffer + decoder.decode(value, { stream: true }))
          buffer = read.rest
          for (const event of read.events) {
            if (event.type === 'start') setPending((p) => p && { ...p, mode: event.mode, model: event.model })
            else if (event.type === 'delta') setPending((p) => p && { ...p, text: p.text + event.text })
            else if (event.type === 'error') {
              failure = event.code
              settled = true
            } else if (event.type === 'done') settled = true
          }
        }
        if (!settled) failure = 'interrupted'
      } catch {
        failure = 'interrupted'
      } finally {
        if (!refused) await refresh().catch(() => {})
        setPending(null)
        setAnswerError(failure)
        busy.current = false
      }
    },
    [streamUrl, refresh],
  )

  /** onSubmit of a question form: streams when the browser can, else lets the form post. */
  const submit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      if (typeof ReadableStream === 'undefined' || typeof TextDecoder === 'undefined') return
      event.preventDefault()
      if (busy.current) return
      void ask(event.currentTarget, new FormData(event.currentTarget))
    },
    [ask],
  )

  return { pending, answerError, refusal, submit, streaming: pending !== null }
}
