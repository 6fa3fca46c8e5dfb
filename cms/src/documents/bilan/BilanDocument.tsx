// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import type { Locale } from '@atlas/shared/i18n'
import { BrandedPage, CoverPage, DocumentFrame } from '../pdf/DocumentFrame'
import type { Branding } from '../pdf/firmBranding'
import { bilanText } from './bilanText'
import { BudgetSection } from './BudgetSection'
import { CommentSection } from './CommentSection'
import { DismemberedSection } from './DismemberedSection'
import { GoalsRiskSection } from './GoalsRiskSection'
import { IfiSection } from './IfiSection'
import type { BilanModel } from './model'
import { PatrimonyDetail, PatrimonyOverview } from './PatrimonySection'
import { SituationSection } from './SituationSection'

type Props = { model: BilanModel; branding: Branding; locale: Locale; now: Date }

/**
 * The bilan patrimonial: the cover, then one branded page per part, each
 * flowing onto more A4 pages when long — situation; patrimony (totals,
 * charts, availability); its detail (family, envelope, every line, art.
 * 669); IFI; budget, emergency fund, objectives, goals, risk profile and the
 * advisor's comment. Separate pages keep react-pdf's page breaking local to
 * a part (it lays out again everything after a break: one long flowing page
 * cost three times as much, decision 039). Tables, charts and boxes are
 * `wrap={false}`; titles keep their content with them.
 */
export function BilanDocument({ model, branding, locale, now }: Props) {
  const f = bilanText(locale)
  const title = f.t('documents.bilan.title')
  const common = { branding, title, locale }
  return (
    <DocumentFrame {...common} createdAt={now}>
      <CoverPage {...common} subtitle={f.t('documents.bilan.subtitle', { date: f.day(model.asOf) })} date={now} />
      <BrandedPage {...common}>
        <SituationSection model={model} f={f} />
      </BrandedPage>
      <BrandedPage {...common}>
        <PatrimonyOverview model={model} f={f} />
      </BrandedPage>
      <BrandedPage {...common}>
        <PatrimonyDetail model={model} f={f} />
        <DismemberedSection model={model} f={f} />
      </BrandedPage>
      <BrandedPage {...common}>
        <IfiSection model={model} f={f} />
      </BrandedPage>
      <BrandedPage {...common}>
        <BudgetSection model={model} f={f} />
        <GoalsRiskSection model={model} f={f} />
        <CommentSection comment={model.comment} branding={branding} f={f} />
      </BrandedPage>
    </DocumentFrame>
  )
}
