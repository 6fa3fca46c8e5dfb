import { useCallback } from 'react'
import { data, Form, Link, redirect, useRevalidator } from 'react-router'
import { ASSISTANT_LIMITS, type AnswerErrorCode } from '@atlas/shared/assistant'
import type { Route } from './+types/conversation'
import { AnswerText } from '../../../components/assistant/AnswerText'
import { AssistantAllowance } from '../../../components/assistant/AssistantAllowance'
import { ConversationList } from '../../../components/assistant/ConversationList'
import { ModeLabel } from '../../../components/assistant/ModeLabel'
import { FormAlert } from '../../../components/FormAlert'
import { TextArea } from '../../../components/TextArea'
import { askAssistant, finalEvent, findConversation, listConversations, questionOf } from '../../../lib/assistant.server'
import { requireInvestor, unlessOk } from '../../../lib/assets.server'
import { getLocale } from '../../../lib/i18n.server'
import { myEntitlements } from '../../../lib/entitlements.server'
import { pageMeta } from '../../../lib/pageMeta'
import { startOfNextMonthParis } from '@atlas/shared/billing/parisMonth'
import { formatDateParis } from '@atlas/shared/finance/dates'
import { useLocale, useT } from '../../../lib/translation'
import { useAnswerStream } from '../../../lib/useAnswerStream'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'assistant.title')

const SUGGESTIONS = ['assistant.suggestion.netWorth', 'assistant.suggestion.allocation', 'assistant.suggestion.goals', 'assistant.suggestion.pea'] as const

export async function loader({ request, params }: Route.LoaderArgs) {
  const { token, headers } = await requireInvestor(request)
  const [conversation, list, entitlements] = await Promise.all([findConversation(token, params.id), listConversations(token), myEntitlements(token)])
  const renewsOn = formatDateParis(startOfNextMonthParis(new Date()), await getLocale(request))
  return data({ conversation: unlessOk(conversation, request), conversations: unlessOk(list, request).docs, entitlements, renewsOn }, { headers })
}

type ActionData = { values: { content: string }; fieldErrors: Record<string, string>; formError?: string; answerError?: AnswerErrorCode }

/**
 * Without JavaScript: the question is posted here, the whole answer is read
 * from the cms's stream, then the page shows it (or why there is none, with
 * the question kept and a retry button).
 */
export async function action({ request, params }: Route.ActionArgs) {
  const { token, headers } = await requireInvestor(request)
  const locale = await getLocale(request)
  const question = questionOf(await request.formData())
  const values = { content: 'content' in question ? question.content : '' }
  const outcome = await askAssistant(token, locale, params.id, question)
  if (outcome.kind === 'unavailable') {
    return data<ActionData>({ values, fieldErrors: {}, formError: 'assistant.error.unavailable' }, { status: 503 })
  }
  if (outcome.kind === 'refused') {
    if (outcome.status === 401) throw redirect(`/connexion?redirectTo=/portail/assistant/${params.id}`)
    if (outcome.status === 404) throw data({ reason: 'not-found' }, { status: 404 })
    const fieldErrors = outcome.fieldErrors
    return data<ActionData>({ values, fieldErrors, formError: fieldErrors.content ? undefined : outcome.message }, { status: outcome.status })
  }
  const last = await finalEvent(outcome.response)
  if (last?.type === 'done') throw redirect(`/portail/assistant/${params.id}#derniere-reponse`, { headers })
  return data<ActionData>({ values: { content: '' }, fieldErrors: {}, answerError: last?.type === 'error' ? last.code : 'interrupted' })
}

export default function ConversationPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { conversation, conversations, entitlements, renewsOn } = loaderData
  const messages = conversation.messages ?? []
  const revalidator = useRevalidator()
  const refresh = useCallback(() => revalidator.revalidate(), [revalidator])
  const stream = useAnswerStream(`/portail/assistant/${conversation.id}/flux`, refresh)
  const pending = stream.pending
  const unanswered = messages.at(-1)?.role === 'user' && !pending
  const answerError = stream.answerError ?? (stream.refusal ? null : actionData?.answerError)
  const fieldError = stream.refusal ? stream.refusal.fieldErrors.content : actionData?.fieldErrors?.content
  const formError = stream.refusal ? (stream.refusal.fieldErrors.content ? undefined : stream.refusal.message) : actionData?.formError
  const time = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { timeStyle: 'short', timeZone: 'Europe/Paris' })
  const lastAnswer = messages.findLastIndex((m) => m.role === 'assistant')

  return (
    <div className="assistant-page">
      <ConversationList conversations={conversations} />
      <section className="card assistant-main" aria-labelledby="conversation-title">
        <header className="assistant-header">
          <h1 id="conversation-title">{conversation.title || t('assistant.untitled')}</h1>
          <Link to={`/portail/assistant/${conversation.id}/supprimer`} className="button button-secondary button-small" data-testid="delete-conversation">
            {t('assistant.delete')}
          </Link>
        </header>
        <p className="muted">{t('assistant.disclaimer')}</p>

        {messages.length === 0 && !pending ? (
          <div className="assistant-empty">
            <h2>{t('assistant.empty.title')}</h2>
            <p>{t('assistant.empty.body')}</p>
            <div className="suggestions">
              {SUGGESTIONS.map((key) => (
                <Form method="post" key={key} onSubmit={stream.submit}>
                  <input type="hidden" name="content" value={t(key)} />
                  <button type="submit" className="button button-secondary button-small" data-testid="suggestion">{t(key)}</button>
                </Form>
              ))}
            </div>
          </div>
        ) : null}

        <ol className="messages" aria-live="polite">
          {messages.map((message, index) => (
            <li
              key={message.id ?? index}
              className={`message message-${message.role}`}
              id={index === lastAnswer ? 'derniere-reponse' : undefined}
              data-testid={`message-${message.role}`}
            >
              <p className="message-author">
                <strong>{message.role === 'user' ? t('assistant.you') : t('assistant.bot')}</strong>
                <span className="muted"> · {time.format(new Date(message.createdAt))}</span>
                {message.role === 'assistant' ? <> <ModeLabel mode={message.mode} model={message.model} /></> : null}
              </p>
              {message.role === 'user' ? <p className="message-question">{message.content}</p> : <AnswerText text={message.content} />}
            </li>
          ))}
          {pending?.question ? (
            <li className="message message-user" data-testid="message-user">
              <p className="message-author"><strong>{t('assistant.you')}</strong></p>
              <p className="message-question">{pending.question}</p>
            </li>
          ) : null}
          {pending ? (
            <li className="message message-assistant" data-testid="streaming-answer" aria-busy="true">
              <p className="message-author">
                <strong>{t('assistant.bot')}</strong> <ModeLabel mode={pending.mode} model={pending.model} />
              </p>
              {pending.text ? <AnswerText text={pending.text} /> : <p className="muted">{t('assistant.writing')}</p>}
            </li>
          ) : null}
        </ol>

        {unanswered ? (
          <div className="unanswered" data-testid="unanswered">
            <FormAlert testId="answer-error">{t(answerError ? `assistant.error.${answerError}` : 'assistant.unanswered')}</FormAlert>
            <Form method="post" onSubmit={stream.submit}>
              <input type="hidden" name="intent" value="retry" />
              <button type="submit" className="button button-primary button-small" data-testid="retry">{t('assistant.retry')}</button>
            </Form>
          </div>
        ) : null}
        {formError ? <FormAlert testId="form-error">{t(formError)}</FormAlert> : null}
        <AssistantAllowance answer={entitlements} renewsOn={renewsOn} />

        <Form method="post" className="question-form" onSubmit={stream.submit} noValidate>
          <TextArea
            name="content"
            label={t('assistant.question.label')}
            hint={t('assistant.question.hint', { max: ASSISTANT_LIMITS.messageMaxChars.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB') })}
            error={fieldError}
            defaultValue={actionData?.values?.content ?? ''}
            key={actionData?.values?.content ?? 'question'}
            rows={3}
            required
            data-testid="question"
          />
          <button type="submit" className="button button-primary" disabled={stream.streaming} aria-busy={stream.streaming || undefined} data-testid="send">
            {stream.streaming ? t('assistant.writing') : t('assistant.send')}
          </button>
        </Form>
      </section>
    </div>
  )
}
