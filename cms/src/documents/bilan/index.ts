/**
 * The bilan patrimonial's renderer and preflight, as the documents registry
 * (cms/src/documents/renderers.ts) imports them (contract of issue #14,
 * docs/decisions/039-bilan-pdf.md).
 */
import React from 'react'
import { isStaff } from '@atlas/shared'
import { entitlementsOf } from '../../billing/entitlements'
import { roleOf } from '../../access/roleOf'
import { loadBranding } from '../pdf/firmBranding'
import { renderPdf } from '../pdf/renderPdf'
import type { DocumentRenderer, Preflight } from '../renderers'
import { BilanDocument } from './BilanDocument'
import { loadBilanInput } from './loadBilanInput'
import { bilanModel } from './model'

/** Reads the data, computes the figures, draws the PDF — reporting each step. */
export const renderBilan: DocumentRenderer = async ({ payload, req, investorId, locale, progress }) => {
  await progress(10, 'documents.stage.data')
  const [input, branding] = await Promise.all([loadBilanInput(payload, investorId, req), loadBranding(payload, investorId, req)])
  await progress(40, 'documents.stage.charts')
  const model = bilanModel(input)
  await progress(60, 'documents.stage.render')
  const { bytes, pageCount } = await renderPdf(React.createElement(BilanDocument, { model, branding, locale, now: input.now }) as never)
  return { bytes, pageCount }
}

/**
 * An investor asking for their own bilan needs the `documentsBilan`
 * entitlement of their plan (403 `documents.bilan.locked`: the portal shows
 * the lock and the upgrade link). Staff making a client's bilan: always
 * allowed, whatever the client's plan (the advisor's work; the row records
 * who asked, `requestedBy`).
 */
export const bilanPreflight: Preflight = async (payload, _investorId, req) => {
  const role = roleOf(req.user)
  if (role && isStaff(role)) return null
  const { entitlements } = await entitlementsOf(payload, req.user, req)
  return entitlements.documentsBilan ? null : { status: 403, messageKey: 'documents.bilan.locked' }
}
