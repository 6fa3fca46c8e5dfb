'use client'
import type { RelationshipFieldClientComponent } from 'payload'
import { RelationshipField, useField } from '@payloadcms/ui'
import { useEffect } from 'react'

/**
 * The `investor` field of records an advisor writes about one client (advisor
 * comments, recommendations): opened from the client page's links
 * (`…/create?investor=<id>`), a new record starts on that client. Payload does
 * not prefill from the URL; the choice stays the person's, and the cms still
 * checks it on save (filterOptions: an advisor's own clients only).
 */
export const ClientFromLinkField: RelationshipFieldClientComponent = (props) => {
  const { value, setValue } = useField<number | string | null>({ potentiallyStalePath: props.path })
  useEffect(() => {
    if (value) return
    const id = new URLSearchParams(window.location.search).get('investor')
    if (id && /^[1-9]\d{0,9}$/.test(id)) setValue(Number(id))
    // Once, when the form opens: a client the person clears later stays cleared.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return <RelationshipField {...props} />
}
