import { PLACEHOLDER_GROUPS, placeholderToken, type PlaceholderGroup } from '@atlas/shared/documents/placeholders'
import { translate } from '@atlas/shared/i18n'
import { adminLocale } from '../format'

type Props = { i18n?: { language?: string } }

/**
 * Beside a document template's editor: every merge field it may use, grouped
 * by where its value comes from, with what it holds
 * (shared/src/documents/placeholders.ts; docs/decisions/041-document-templates.md).
 */
export function PlaceholderListField({ i18n }: Props) {
  const locale = adminLocale(i18n?.language)
  return (
    <div className="field-type" data-testid="template-placeholders">
      <label className="field-label">{translate(locale, 'templates.admin.placeholders.title')}</label>
      <p style={{ margin: '0 0 8px', color: 'var(--theme-elevation-600)' }}>{translate(locale, 'templates.admin.placeholders.intro')}</p>
      {(Object.keys(PLACEHOLDER_GROUPS) as PlaceholderGroup[]).map((group) => (
        <section key={group} style={{ marginBottom: 10 }}>
          <strong style={{ display: 'block', marginBottom: 4 }}>{translate(locale, `templates.admin.placeholders.group.${group}`)}</strong>
          <dl style={{ margin: 0 }}>
            {PLACEHOLDER_GROUPS[group].map((name) => (
              <div key={name} style={{ marginBottom: 4 }}>
                <dt>
                  <code style={{ userSelect: 'all' }}>{placeholderToken(name)}</code>
                </dt>
                <dd style={{ margin: 0, fontSize: 12, color: 'var(--theme-elevation-600)' }}>{translate(locale, `templates.placeholder.${name}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  )
}
