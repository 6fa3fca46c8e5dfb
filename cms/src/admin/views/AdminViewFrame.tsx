import type { ReactNode } from 'react'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

type Props = Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & {
  title: ReactNode
  titleTestId?: string
  children: ReactNode
}

/** The admin's own frame (navigation, header) around one of our custom views, with its page title. */
export function AdminViewFrame({ initPageResult, params, searchParams, title, titleTestId, children }: Props) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ marginTop: 24 }} data-testid={titleTestId}>
          {title}
        </h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
