// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import { optionLabelKey, type OptionList } from '@atlas/shared/profile/questionnaire/options'
import type { BilanModel } from './model'
import type { BilanText } from './bilanText'
import { Facts, SectionTitle, SubTitle } from './tables'

const country = (code: string | null, f: BilanText) => (code ? (new Intl.DisplayNames([f.locale], { type: 'region' }).of(code) ?? code) : null)

/** 1. Family and professional situation, from the questionnaire. */
export function SituationSection({ model, f }: { model: BilanModel; f: BilanText }) {
  const s = model.situation
  const none = f.t('documents.bilan.unanswered')
  const option = (list: OptionList, value: string | null) => (value ? f.key(optionLabelKey(list, value)) : none)
  return (
    <>
      <SectionTitle>{f.t('documents.bilan.situation.title')}</SectionTitle>
      <SubTitle>{f.t('documents.bilan.situation.family')}</SubTitle>
      <Facts
        facts={[
          [f.t('documents.bilan.situation.birthDate'), s.birthDate ? `${f.day(s.birthDate)}${s.age !== null ? ` (${f.t('documents.bilan.situation.age', { age: String(s.age) })})` : ''}` : none],
          [f.t('documents.bilan.situation.maritalStatus'), option('maritalStatus', s.maritalStatus)],
          [f.t('documents.bilan.situation.matrimonialRegime'), option('matrimonialRegime', s.matrimonialRegime)],
          [f.t('documents.bilan.situation.dependants'), s.dependants === null ? none : String(s.dependants)],
          [f.t('documents.bilan.situation.residence'), country(s.residenceCountry, f) ?? none],
          [f.t('documents.bilan.situation.taxResidence'), country(s.taxResidence, f) ?? none],
        ]}
      />
      <SubTitle>{f.t('documents.bilan.situation.work')}</SubTitle>
      <Facts
        facts={[
          [f.t('documents.bilan.situation.profession'), s.profession ?? none],
          [f.t('documents.bilan.situation.employmentStatus'), option('employmentStatus', s.employmentStatus)],
          [f.t('documents.bilan.situation.sector'), option('employerSector', s.employerSector)],
          [f.t('documents.bilan.situation.retirementAge'), s.targetRetirementAge === null ? none : f.t('documents.bilan.situation.years', { n: String(s.targetRetirementAge) })],
        ]}
      />
    </>
  )
}
