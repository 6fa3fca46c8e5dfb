import { env } from '../env'
import type { AnswerProvider } from './answerProvider'
import { offlineProvider } from './offlineProvider'
import { openaiProvider } from './openaiProvider'

/** OpenAI (or OPENAI_BASE_URL's compatible server) when OPENAI_API_KEY is set, else the offline answerer. */
export const providerFromEnv = (): AnswerProvider =>
  env.openaiApiKey
    ? openaiProvider({ apiKey: env.openaiApiKey, model: env.openaiModel, baseURL: env.openaiBaseUrl })
    : offlineProvider()
