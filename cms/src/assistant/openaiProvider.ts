import { summaryText, systemPrompt } from '@atlas/shared/assistant'
import OpenAI from 'openai'
import type { AnswerProvider } from './answerProvider'

export type OpenAISettings = { apiKey: string; model: string; baseURL?: string }

const parisDay = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now)

/**
 * The assistant through the `openai` SDK — the only module that imports it.
 * Chat completions, streamed, with the usage chunk (`stream_options.include_usage`).
 * The SDK does not retry: the investor has a retry button, and a stalled
 * provider must not hold the request longer than our own timeouts.
 */
export function openaiProvider(settings: OpenAISettings): AnswerProvider {
  const client = new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseURL || undefined, maxRetries: 0 })
  return {
    mode: 'openai',
    model: settings.model,
    async *answer({ turns, summary, locale, signal }) {
      const stream = await client.chat.completions.create(
        {
          model: settings.model,
          stream: true,
          stream_options: { include_usage: true },
          messages: [{ role: 'system', content: systemPrompt(summaryText(summary, locale), locale, parisDay(new Date())) }, ...turns],
        },
        { signal },
      )
      for await (const chunk of stream) {
        const text = chunk.choices[0]?.delta?.content
        if (text) yield { text }
        if (chunk.usage) yield { usage: { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens } }
      }
    },
  }
}
