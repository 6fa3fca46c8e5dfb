import { createElement } from 'react'
import type { DocumentProps } from '@react-pdf/renderer'
import type { ReactElement } from 'react'
import { loadBranding } from '../pdf/firmBranding'
import { renderPdf } from '../pdf/renderPdf'
import type { DocumentRenderer, Preflight } from '../renderers'
import { AdequationDocument } from './AdequationDocument'
import { adequationRefusal, loadAdequationInput } from './loadAdequationInput'

/**
 * Before queueing a rapport d'adéquation: the profile must be validated and a
 * final recommendation recorded (409 at `kind`, the message key ours).
 */
export const adequationPreflight: Preflight = async (payload, investorId, req) => {
  const refusal = await adequationRefusal(payload, investorId, req)
  return refusal ? { status: 409, messageKey: refusal.messageKey } : null
}

/** The job's renderer: reads, assesses, lays out; records the recommendation it states. */
export const renderAdequation: DocumentRenderer = async (ctx) => {
  const now = new Date()
  await ctx.progress(10, 'documents.adequation.stage.loading')
  const [input, branding] = await Promise.all([loadAdequationInput(ctx.payload, ctx.investorId, ctx.req, now), loadBranding(ctx.payload, ctx.investorId, ctx.req)])
  // The job may run after the profile left `validated` or the recommendation went: fail with the preflight's key.
  if (!('suitability' in input)) throw new Error(input.messageKey)
  await ctx.progress(40, 'documents.adequation.stage.analysis')
  const element = createElement(AdequationDocument, { branding, input, locale: ctx.locale, date: now }) as unknown as ReactElement<DocumentProps>
  await ctx.progress(70, 'documents.adequation.stage.layout')
  const { bytes, pageCount } = await renderPdf(element)
  return { bytes, pageCount, source: { recommendation: input.recommendation.id } }
}
