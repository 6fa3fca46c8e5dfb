import type { Payload, TypedUser } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { PRODUCT_CLASSES } from '@atlas/shared/profile/productClasses'
import { adminLocale, parisDate } from '../format'

type Props = { data?: Record<string, unknown>; payload?: Payload; user?: TypedUser | null; i18n?: { language?: string } }
type Declared = { productClass?: string; knows?: boolean | null; hasTraded?: boolean | null }

const idOf = (value: unknown) => (typeof value === 'object' && value ? (value as { id?: number }).id : (value as number | undefined))

/**
 * On a profile and the client page, per product class: what the investor
 * declared in the questionnaire beside what they proved by passing a quiz
 * tagged with that class — at which attempt and when, Paris time (MiFID II
 * forbids relying on self-assessment alone). Read with the
 * viewer's own access, so an advisor sees only their clients' evidence.
 */
export async function KnowledgeComparison({ data, payload, user, i18n }: Props) {
  const owner = idOf(data?.owner)
  if (!payload || !owner) return null
  const locale = adminLocale(i18n?.language)
  const t = (key: string, values?: Record<string, string | number>) => translate(locale, key, values)
  const evidence = await payload.find({
    collection: 'knowledge-evidence',
    where: { owner: { equals: owner } },
    sort: '-passedAt',
    limit: 100,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const declared = new Map(((data?.knowledge as Declared[] | undefined) ?? []).map((row) => [row.productClass, row]))
  const yes = t('admin.knowledge.yes')
  const no = t('admin.knowledge.no')
  return (
    <div className="field-type" style={{ marginBottom: 24 }} data-testid="knowledge-comparison">
      <h3>{t('admin.knowledge.title')}</h3>
      <p className="field-description">{t('admin.knowledge.lead')}</p>
      <table className="table" style={{ width: '100%' }}>
        <thead>
          <tr>
            <th>{t('admin.knowledge.class')}</th>
            <th>{t('admin.knowledge.declaredKnows')}</th>
            <th>{t('admin.knowledge.declaredTraded')}</th>
            <th>{t('admin.knowledge.proven')}</th>
          </tr>
        </thead>
        <tbody>
          {PRODUCT_CLASSES.map((productClass) => {
            const row = declared.get(productClass)
            const proof = evidence.docs.find((doc) => doc.productClass === productClass)
            return (
              <tr key={productClass} data-testid={`knowledge-${productClass}`}>
                <td>{t(`profile.productClass.${productClass}`)}</td>
                <td>{row?.knows ? yes : no}</td>
                <td>{row?.hasTraded ? yes : no}</td>
                <td>
                  {proof
                    ? t(proof.attempt ? 'admin.knowledge.proof' : 'admin.knowledge.proofNoAttempt', {
                        quiz: proof.quizTitle,
                        score: proof.score,
                        attempt: proof.attempt ?? '',
                        date: parisDate(locale, String(proof.passedAt), true),
                      })
                    : row?.knows
                      ? t('admin.knowledge.declaredOnly')
                      : '—'}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
