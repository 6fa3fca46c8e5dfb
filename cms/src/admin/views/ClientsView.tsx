import type { AdminViewServerProps } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { fieldErrorsFrom } from '@atlas/shared/schemas/fieldErrors'
import { PROFILE_STATUSES, parseClientsQuery, type ClientSortKey, type ClientsPage } from '@atlas/shared/schemas/clientsQuery'
import { listClients } from '../../backOffice/clientsList'
import { figuresScopeOf } from '../../backOffice/figures'
import { adminLocale, euros, parisDate } from '../format'
import { clientsQueryFromForm, formValue, hrefWith, type ViewSearchParams } from './clientsSearchParams'
import { AdminViewFrame } from './AdminViewFrame'
import './clients.css'

const COLUMNS: { key: ClientSortKey | 'email' | 'advisor'; sortable: boolean; adminOnly?: boolean }[] = [
  { key: 'name', sortable: true },
  { key: 'email', sortable: false },
  { key: 'advisor', sortable: false, adminOnly: true },
  { key: 'netWorth', sortable: true },
  { key: 'riskScore', sortable: true },
  { key: 'status', sortable: true },
  { key: 'createdAt', sortable: true },
]

/**
 * /admin/clients — the investors the viewer may see (advisor: own clients;
 * admin: all), searched, filtered, sorted and paged in SQL (backOffice/
 * clientsList.ts, the same function as GET /api/back-office/clients).
 * A plain GET form and links: works without JavaScript.
 */
export async function ClientsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const locale = adminLocale(req.i18n.language)
  const t = (key: string, values?: Record<string, string | number>) => translate(locale, key, values)
  const scope = figuresScopeOf(req.user)
  const form = (searchParams ?? {}) as ViewSearchParams
  let body: React.ReactNode = <p>{t('admin.staffOnly')}</p>

  if (scope && req.user) {
    const isAdmin = scope.advisorId === null
    const { query, invalidAmounts } = clientsQueryFromForm(form)
    if (!isAdmin) query.delete('advisor')
    const parsed = parseClientsQuery(query)
    const errors: Record<string, string> = Object.fromEntries(invalidAmounts.map((input) => [input, t('admin.clients.invalidAmount')]))
    if (!parsed.success) {
      for (const [path, key] of Object.entries(fieldErrorsFrom(parsed.error))) {
        errors[path.replace('NetWorthCents', 'NetWorth')] = t(key)
      }
    }
    const result: ClientsPage | null = parsed.success ? await listClients(req.payload, scope, parsed.data) : null
    const advisors = isAdmin
      ? (await req.payload.find({ collection: 'users', where: { role: { equals: 'advisor' } }, sort: 'name', limit: 200, depth: 0, overrideAccess: false, user: req.user, req, select: { name: true } })).docs
      : []
    const sort = parsed.success ? parsed.data.sort : 'name'
    const sortKey = sort.replace(/^-/, '')
    const descending = sort.startsWith('-')
    const errorOf = (name: string) =>
      errors[name] ? <span className="clients-error" id={`${name}-error`} role="alert">{errors[name]}</span> : null
    const input = (name: string, label: string, type = 'text') => (
      <label className="clients-filter">
        <span>{label}</span>
        <input name={name} type={type} defaultValue={formValue(form, name)} inputMode={type === 'text' && name.includes('NetWorth') ? 'decimal' : undefined} aria-invalid={errors[name] ? true : undefined} aria-describedby={errors[name] ? `${name}-error` : undefined} />
        {errorOf(name)}
      </label>
    )
    const select = (name: string, label: string, options: { value: string; label: string }[], any: string) => (
      <label className="clients-filter">
        <span>{label}</span>
        <select name={name} defaultValue={formValue(form, name)} aria-invalid={errors[name] ? true : undefined}>
          <option value="">{any}</option>
          {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        </select>
        {errorOf(name)}
      </label>
    )
    const columns = COLUMNS.filter((column) => !column.adminOnly || isAdmin)

    body = (
      <>
        <p>{t(`admin.clients.lead.${isAdmin ? 'admin' : 'advisor'}`)}</p>
        <form method="get" action="/admin/clients" className="clients-filters" role="search" data-testid="clients-filters">
          {input('q', t('admin.clients.search'), 'search')}
          {isAdmin
            ? select('advisor', t('admin.clients.filter.advisor'), advisors.map((a) => ({ value: String(a.id), label: a.name })), t('admin.clients.filter.anyAdvisor'))
            : null}
          {select(
            'risk',
            t('admin.clients.filter.risk'),
            [...[1, 2, 3, 4, 5, 6, 7].map((score) => ({ value: String(score), label: t('admin.risk.value', { score, label: t(`profile.risk.level.${score}`) }) })), { value: 'none', label: t('admin.clients.filter.noRisk') }],
            t('admin.clients.filter.any'),
          )}
          {select('status', t('admin.clients.filter.status'), PROFILE_STATUSES.map((status) => ({ value: status, label: t(`admin.status.${status}`) })), t('admin.clients.filter.any'))}
          {input('minNetWorth', t('admin.clients.filter.minNetWorth'))}
          {input('maxNetWorth', t('admin.clients.filter.maxNetWorth'))}
          <input type="hidden" name="sort" value={sort} />
          <div className="clients-filter-actions">
            <button type="submit" className="btn btn--style-primary btn--size-small">{t('admin.clients.apply')}</button>
            <a href="/admin/clients">{t('admin.clients.reset')}</a>
          </div>
          {errorOf('sort')}
          {errorOf('page')}
          {errorOf('q')}
        </form>
        {result ? (
          <>
            <p data-testid="clients-total">{t('admin.clients.total', { count: result.totalDocs })}</p>
            <div className="clients-table-wrap">
              <table className="clients-table" data-testid="clients-table">
                <thead>
                  <tr>
                    {columns.map((column) => {
                      const label = t(`admin.clients.column.${column.key}`)
                      if (!column.sortable) return <th key={column.key} scope="col">{label}</th>
                      const current = sortKey === column.key
                      const next = current && !descending ? `-${column.key}` : column.key
                      return (
                        <th key={column.key} scope="col" aria-sort={current ? (descending ? 'descending' : 'ascending') : undefined}>
                          <a href={hrefWith(form, { sort: next, page: null })} data-testid={`sort-${column.key}`}>
                            {label}
                            {current ? <span aria-hidden="true">{descending ? ' ▼' : ' ▲'}</span> : null}
                          </a>
                        </th>
                      )
                    })}
                  </tr>
                </thead>
                <tbody>
                  {result.docs.map((client) => (
                    <tr key={client.id} data-testid={`client-${client.id}`}>
                      <td><a href={`/admin/clients/${client.id}`}>{client.name}</a></td>
                      <td>{client.email}</td>
                      {isAdmin ? <td>{client.advisor?.name ?? t('admin.client.none')}</td> : null}
                      <td className="clients-number">{euros(locale, client.netWorthCents)}</td>
                      <td>{client.riskScore === null ? t('admin.client.none') : t('admin.risk.value', { score: client.riskScore, label: t(`profile.risk.level.${client.riskScore}`) })}</td>
                      <td><span className={`clients-status clients-status-${client.status}`}>{t(`admin.status.${client.status}`)}</span></td>
                      <td>{parisDate(locale, client.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {result.docs.length === 0 ? <p className="clients-empty">{t('admin.clients.empty')}</p> : null}
            <nav className="clients-pages" aria-label={t('admin.clients.page', { page: result.page, pages: result.totalPages })}>
              {result.page > 1 ? <a href={hrefWith(form, { page: String(result.page - 1) })} rel="prev">{t('admin.clients.previous')}</a> : <span />}
              <span data-testid="clients-page">{t('admin.clients.page', { page: result.page, pages: result.totalPages })}</span>
              {result.page < result.totalPages ? <a href={hrefWith(form, { page: String(result.page + 1) })} rel="next">{t('admin.clients.next')}</a> : <span />}
            </nav>
          </>
        ) : null}
      </>
    )
  }
  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams} title={t('admin.clients.title')}>
      {body}
    </AdminViewFrame>
  )
}
