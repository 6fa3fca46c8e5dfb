import pg from 'pg'

/*
 * 100 000 investors with profiles and assets, written with generate_series
 * straight into the bench's own fresh database (after migrations and the
 * demo seed). Spread over 50 advisors, the demo advisor being one of them
 * (~2 000 clients each). Names are French first × last names, so searches
 * hit realistic numbers of rows.
 */
const FIRST = ['Camille', 'Louis', 'Léa', 'Hugo', 'Chloé', 'Lucas', 'Manon', 'Jules', 'Inès', 'Gabriel', 'Emma', 'Arthur', 'Jade', 'Raphaël', 'Louise', 'Adam', 'Alice', 'Paul', 'Lina', 'Nathan']
const LAST = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefèvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin']

const sqlArray = (values: string[]) => `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`

export async function generateClients(databaseUrl: string, investors: number, demoAdvisorEmail: string) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const started = performance.now()
  try {
    await client.query('begin')
    await client.query(`
      insert into users (name, email, role, locale)
      select 'Conseiller Bench ' || i, 'advisor-' || i || '@bench.atlas', 'advisor', 'fr' from generate_series(1, 49) i`)
    await client.query(`
      create temporary table bench_advisors on commit drop as
      select row_number() over (order by id) - 1 as slot, id from users
       where role = 'advisor' and (email like 'advisor-%@bench.atlas' or email = $1)`, [demoAdvisorEmail])
    const { rows } = await client.query('select count(*)::int as n from bench_advisors')
    const advisors = rows[0].n as number
    await client.query(`
      insert into users (name, email, role, locale, advisor_id, created_at, updated_at)
      select (${sqlArray(FIRST)})[1 + i % ${FIRST.length}] || ' ' || (${sqlArray(LAST)})[1 + (i / ${FIRST.length}) % ${LAST.length}],
             'investor-' || i || '@bench.atlas', 'investor', 'fr', a.id,
             now() - (i % 1000) * interval '1 day', now()
        from generate_series(1, $1::int) i
        join bench_advisors a on a.slot = i % ${advisors}`, [investors])
    await client.query(`
      insert into profiles (owner_id, status, completion_pct, risk_score, risk_label, title, updated_at, created_at)
      select u.id,
             (array['draft','submitted','validated'])[1 + u.id % 3]::enum_profiles_status,
             case when u.id % 3 = 0 then (u.id % 90) else 100 end,
             case when u.id % 3 = 0 and u.id % 2 = 0 then null else 1 + u.id % 7 end,
             case when u.id % 3 = 0 and u.id % 2 = 0 then null else (array['sécuritaire','prudent','modéré','équilibré','dynamique','offensif','très offensif'])[1 + u.id % 7] end,
             u.name, now(), now()
        from users u where u.email like 'investor-%@bench.atlas'`)
    // Bulk load without the per-row trigger, then the totals in one statement (same formula as the trigger).
    await client.query('alter table assets disable trigger assets_client_list_row')
    await client.query(`
      insert into assets (owner_id, kind, category, label, value_cents, ownership_share_pct, updated_at, created_at)
      select u.id, c.kind::enum_assets_kind, c.category::enum_assets_category, c.label,
             ((u.id * c.k) % 50000 + 1) * c.scale, case when c.category = 'main-home' and u.id % 4 = 0 then 50 else 100 end, now(), now()
        from users u
        cross join (values ('asset', 'current-account', 'Compte courant', 7, 100),
                           ('asset', 'livret-a', 'Livret A', 13, 40),
                           ('asset', 'life-insurance-euro', 'Assurance-vie', 17, 1000),
                           ('asset', 'main-home', 'Résidence principale', 19, 8000),
                           ('liability', 'mortgage', 'Prêt immobilier', 23, 5000)) as c(kind, category, label, k, scale)
       where u.email like 'investor-%@bench.atlas'`)
    await client.query('alter table assets enable trigger assets_client_list_row')
    await client.query(`
      update client_list_rows n set gross_assets_cents = t.gross, liabilities_cents = t.liabilities, net_worth_cents = t.gross - t.liabilities
        from (select owner_id,
                     coalesce(round(sum(value_cents * ownership_share_pct) filter (where kind = 'asset') / 100), 0)::bigint as gross,
                     coalesce(round(sum(value_cents * ownership_share_pct) filter (where kind = 'liability') / 100), 0)::bigint as liabilities
                from assets group by owner_id) t
       where n.owner_id = t.owner_id`)
    await client.query('commit')
    // A database in use is vacuumed by autovacuum; after a bulk load, do it now so counts can be index-only as they would be.
    await client.query('vacuum analyze')
    const counts = await client.query(`select (select count(*) from users where role = 'investor')::int as investors,
                                              (select count(*) from assets)::int as assets,
                                              (select count(*) from users u join users a on a.id = u.advisor_id where a.email = $1)::int as demo_clients`, [demoAdvisorEmail])
    return { ...counts.rows[0], seconds: (performance.now() - started) / 1000 } as { investors: number; assets: number; demo_clients: number; seconds: number }
  } catch (error) {
    await client.query('rollback').catch(() => {})
    throw error
  } finally {
    await client.end()
  }
}
