// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import { Text, View } from '@react-pdf/renderer'
import type { Locale } from '@atlas/shared/i18n'
import { translate } from '@atlas/shared/i18n'
import { formatDateParis } from '@atlas/shared/finance'
import { PRODUCT_CLASSES } from '@atlas/shared/profile/productClasses'
import type { Check, CheckStatus } from '@atlas/shared/documents/suitability/assessSuitability'
import { formatPct, suitabilityMessage } from '@atlas/shared/documents/suitability/suitabilityText'
import { pdfText } from '../../invoices/pdf/pdfText'
import { BrandedPage, CoverPage, DocumentFrame } from '../pdf/DocumentFrame'
import type { Branding } from '../pdf/firmBranding'
import { docStyles } from '../pdf/styles'
import { LexicalPdf } from '../richText/lexicalToPdf'
import { STATUS_COLOURS, adequationStyles as s } from './adequationStyles'
import type { AdequationInput } from './loadAdequationInput'

type Props = { branding: Branding; input: AdequationInput; locale: Locale; date: Date }

const printable = (text: string) => text.replace(/\u202f/g, '\u00a0')
const classLabel = (locale: Locale, productClass: string) => translate(locale, `profile.productClass.${productClass}`)

function Situation({ input, locale }: { input: AdequationInput; locale: Locale }) {
  const f = pdfText(locale)
  const t = f.t
  const { facts, profile } = input
  const known = PRODUCT_CLASSES.filter((c) => facts.knowledge[c]?.hasTraded)
  const knowsOnly = PRODUCT_CLASSES.filter((c) => facts.knowledge[c]?.knows && !facts.knowledge[c]?.hasTraded)
  const list = (classes: readonly string[]) => classes.map((c) => classLabel(locale, c)).join(', ')
  const knowledge = [
    known.length ? t('documents.adequation.situation.knowsTraded', { classes: list(known) }) : null,
    knowsOnly.length ? t('documents.adequation.situation.knowsOnly', { classes: list(knowsOnly) }) : null,
  ].filter(Boolean)
  const prefs = facts.sustainability
  const goals = ((profile.objectives as { goals?: { name: string; targetCents: number; targetDate: string }[] } | undefined)?.goals ?? []).map((g) =>
    t('documents.adequation.situation.goal', { name: g.name, amount: f.eur(g.targetCents), date: formatDateParis(new Date(`${g.targetDate}T12:00:00Z`), locale) }),
  )
  const capacityCents = Math.round((facts.wealthCents * facts.capacityForLossPct) / 100)
  const rows: [string, string][] = [
    [t('documents.adequation.situation.objectives'), facts.purposes.map((p) => translate(locale, `questionnaire.option.purpose.${p}`)).join(', ') || t('documents.adequation.situation.none')],
    [t('documents.adequation.situation.horizon'), t('documents.adequation.situation.years', { years: String(facts.horizonYears) })],
    [t('documents.adequation.situation.risk'), t('documents.adequation.situation.riskValue', { score: String(facts.riskScore), level: translate(locale, `profile.risk.level.${facts.riskScore}`) })],
    [
      t('documents.adequation.situation.capacity'),
      t('documents.adequation.situation.capacityValue', { pct: formatPct(facts.capacityForLossPct, locale), eur: f.eur(capacityCents), wealth: f.eur(facts.wealthCents) }),
    ],
    [t('documents.adequation.situation.liquidity'), translate(locale, `questionnaire.option.liquidityNeed.${facts.liquidityNeed}`)],
    [t('documents.adequation.situation.knowledge'), knowledge.length ? knowledge.join(' ; ') : t('documents.adequation.situation.nothing')],
    [
      t('documents.adequation.situation.sustainability'),
      t('documents.adequation.situation.sustainabilityValue', {
        taxonomy: formatPct(prefs.minTaxonomyPct, locale),
        sfdr: formatPct(prefs.minSfdrPct, locale),
        pai: prefs.paiConsidered
          ? t('documents.adequation.situation.paiYes', { topics: prefs.paiTopics.map((topic) => translate(locale, `questionnaire.option.paiTopic.${topic}`)).join(', ') })
          : t('documents.adequation.situation.paiNo'),
      }),
    ],
    [t('documents.adequation.situation.goals'), goals.length ? goals.join(' ; ') : t('documents.adequation.situation.none')],
  ]
  return (
    <View>
      <Text style={[docStyles.h1, s.section]}>{t('documents.adequation.section.situation')}</Text>
      <Text style={[docStyles.paragraph, docStyles.muted]}>{t('documents.adequation.situation.validated', { date: f.date(profile.validatedAt) })}</Text>
      <View style={docStyles.table}>
        {rows.map(([label, value]) => (
          <View key={label} style={docStyles.row} wrap={false}>
            <Text style={s.labelCell}>{label}</Text>
            <Text style={s.valueCell}>{printable(value)}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

function RecommendationTables({ input, locale }: { input: AdequationInput; locale: Locale }) {
  const f = pdfText(locale)
  const t = f.t
  const { recommendation, recommendationFacts: facts, suitability } = input
  const total = suitability.totalCents
  const byClass = new Map<string, number>()
  for (const p of facts.products) byClass.set(p.productClass, (byClass.get(p.productClass) ?? 0) + p.amountCents)
  const allocationClasses = PRODUCT_CLASSES.filter((c) => facts.targetAllocation.some((l) => l.assetClass === c) || byClass.has(c))
  const share = (cents: number) => formatPct(total === 0 ? 0 : Math.round((1000 * cents) / total) / 10, locale)
  return (
    <View>
      <Text style={docStyles.h1} break>
        {t('documents.adequation.section.recommendation')}
      </Text>
      <Text style={docStyles.paragraph}>
        {t('documents.adequation.recommendation.title', {
          title: recommendation.title,
          date: f.date(recommendation.finalisedAt),
          advisor: input.finalisedByName ?? '—',
        })}
      </Text>
      {facts.targetAllocation.length > 0 ? (
        <View style={docStyles.table}>
          <Text style={docStyles.h2}>{t('documents.adequation.allocation.title')}</Text>
          <View style={docStyles.headRow}>
            <Text style={[docStyles.headCell, docStyles.cellLabel]}>{t('documents.adequation.allocation.class')}</Text>
            <Text style={[docStyles.headCell, docStyles.cellAmount]}>{t('documents.adequation.allocation.target')}</Text>
            <Text style={[docStyles.headCell, docStyles.cellAmount]}>{t('documents.adequation.allocation.products')}</Text>
          </View>
          {allocationClasses.map((c) => {
            const target = facts.targetAllocation.find((l) => l.assetClass === c)
            return (
              <View key={c} style={docStyles.row}>
                <Text style={docStyles.cellLabel}>{classLabel(locale, c)}</Text>
                <Text style={docStyles.cellAmount}>{target ? formatPct(target.pct, locale) : '—'}</Text>
                <Text style={docStyles.cellAmount}>{byClass.has(c) ? share(byClass.get(c)!) : '—'}</Text>
              </View>
            )
          })}
        </View>
      ) : null}
      <Text style={docStyles.h2}>{t('documents.adequation.products.title')}</Text>
      {facts.products.length === 0 ? (
        <Text style={docStyles.paragraph}>{t('documents.adequation.products.none')}</Text>
      ) : (
        <View style={docStyles.table}>
          <View style={docStyles.headRow}>
            <Text style={[docStyles.headCell, docStyles.cellLabel]}>{t('documents.adequation.products.product')}</Text>
            <Text style={[docStyles.headCell, s.colWide]}>{t('documents.adequation.products.wrapper')}</Text>
            <Text style={[docStyles.headCell, s.col]}>{t('documents.adequation.products.sri')}</Text>
            <Text style={[docStyles.headCell, s.col]}>{t('documents.adequation.products.horizon')}</Text>
            <Text style={[docStyles.headCell, s.col]}>{t('documents.adequation.products.sfdr')}</Text>
            <Text style={[docStyles.headCell, s.col]}>{t('documents.adequation.products.taxonomy')}</Text>
            <Text style={[docStyles.headCell, docStyles.cellAmount]}>{t('documents.adequation.products.amount')}</Text>
          </View>
          {facts.products.map((p, i) => (
            <View key={i} style={docStyles.row} wrap={false}>
              <View style={docStyles.cellLabel}>
                <Text>{p.name}</Text>
                <Text style={s.isin}>{[classLabel(locale, p.productClass), p.isin].filter(Boolean).join(' · ')}</Text>
              </View>
              <Text style={s.colWide}>{t(`recommendations.wrapper.${p.wrapper}` as never)}</Text>
              <Text style={s.col}>{`${p.sri} / 7`}</Text>
              <Text style={s.col}>{t('documents.adequation.products.years', { years: String(p.recommendedHorizonYears) })}</Text>
              <Text style={s.col}>{t('documents.adequation.products.article', { article: p.sfdr })}</Text>
              <Text style={s.col}>{formatPct(p.taxonomyPct, locale)}</Text>
              <Text style={docStyles.cellAmount}>{f.eur(p.amountCents)}</Text>
            </View>
          ))}
          <View style={docStyles.totalRow}>
            <Text style={docStyles.cellLabel}>{t('documents.adequation.products.total')}</Text>
            <Text style={docStyles.cellAmount}>{f.eur(total)}</Text>
          </View>
        </View>
      )}
      <Text style={docStyles.h2} minPresenceAhead={40}>
        {t('documents.adequation.section.rationale')}
      </Text>
      {recommendation.rationale ? <LexicalPdf state={recommendation.rationale} locale={locale} /> : <Text style={docStyles.muted}>{t('documents.adequation.rationale.none')}</Text>}
    </View>
  )
}

function StatusMark({ status, locale }: { status: CheckStatus; locale: Locale }) {
  return <Text style={[s.status, { color: STATUS_COLOURS[status] }]}>{translate(locale, `documents.adequation.status.${status}`)}</Text>
}

function FitCheck({ check, locale }: { check: Check; locale: Locale }) {
  const message = (key: string, params: Check['params']) => printable(suitabilityMessage(key, params, locale))
  return (
    <View style={[s.check, { borderLeftColor: STATUS_COLOURS[check.status] }]} wrap={false}>
      <View style={s.checkHead}>
        <Text style={s.checkTitle}>{translate(locale, `documents.adequation.checkTitle.${check.id}`)}</Text>
        <StatusMark status={check.status} locale={locale} />
      </View>
      <Text>{message(check.messageKey, check.params)}</Text>
      {check.lines.map((line, i) => (
        <View key={i} style={s.line}>
          <Text style={[s.lineMark, { color: STATUS_COLOURS[line.status] }]}>{translate(locale, `documents.adequation.status.${line.status}`)}</Text>
          <Text style={s.lineText}>{message(line.messageKey, line.params)}</Text>
        </View>
      ))}
    </View>
  )
}

/** The rapport d'adéquation: cover, the client's situation, the recommendation and its rationale, the fit, warnings, costs and review, signature. */
export function AdequationDocument({ branding, input, locale, date }: Props) {
  const f = pdfText(locale)
  const t = f.t
  const title = t('documents.adequation.title')
  const common = { branding, title, locale }
  const reviewDue = input.profile.reviewDueAt
  return (
    <DocumentFrame {...common} createdAt={date}>
      <CoverPage {...common} subtitle={t('documents.adequation.subtitle')} date={date} />
      <BrandedPage {...common}>
        <Text style={docStyles.paragraph}>{t('documents.adequation.intro', { title: input.recommendation.title })}</Text>
        <Situation input={input} locale={locale} />
        <RecommendationTables input={input} locale={locale} />
        <Text style={docStyles.h1} break>
          {t('documents.adequation.section.fit')}
        </Text>
        <Text style={docStyles.paragraph}>{t('documents.adequation.fit.lead', { status: translate(locale, `documents.adequation.status.${input.suitability.status}`) })}</Text>
        {input.suitability.checks.map((check) => (
          <FitCheck key={check.id} check={check} locale={locale} />
        ))}
        <Text style={[docStyles.h1, s.section]} minPresenceAhead={60}>
          {t('documents.adequation.section.warnings')}
        </Text>
        {input.suitability.warnings.length === 0 ? (
          <Text style={docStyles.paragraph}>{t('documents.adequation.warnings.none')}</Text>
        ) : (
          input.suitability.warnings.map((w) => (
            <View key={w.code} style={docStyles.warning} wrap={false}>
              <Text>{printable(suitabilityMessage(w.messageKey, w.params, locale))}</Text>
            </View>
          ))
        )}
        <Text style={[docStyles.h1, s.section]} minPresenceAhead={60}>
          {t('documents.adequation.section.costs')}
        </Text>
        <Text style={docStyles.paragraph}>{t('documents.adequation.costs.text')}</Text>
        <Text style={docStyles.paragraph}>
          {reviewDue ? t('documents.adequation.costs.review', { date: f.date(reviewDue) }) : t('documents.adequation.costs.reviewNoDate')}
        </Text>
        <View wrap={false}>
          <Text style={[docStyles.h1, s.section]}>{t('documents.adequation.section.signature')}</Text>
          <View style={docStyles.notice}>
            <Text>{t('documents.adequation.signature.note')}</Text>
          </View>
        </View>
      </BrandedPage>
    </DocumentFrame>
  )
}
