import type { CollectionBeforeChangeHook } from 'payload'

/** `readAt` follows `read`: the server's time when it turns true, cleared when it turns false. */
export const stampReadAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const wasRead = Boolean(originalDoc?.read)
  if (data.read === true && !wasRead) data.readAt = new Date().toISOString()
  if (data.read === false) data.readAt = null
  return data
}
