import type { SendEmailOptions } from 'payload'

type Recipients = SendEmailOptions['to']

/** Payload/nodemailer recipients (strings or {address, name}) as plain addresses. */
export const addressesOf = (value: Recipients): string[] => {
  if (!value) return []
  const list = Array.isArray(value) ? value : [value]
  return list.map((a) => (typeof a === 'string' ? a : a.address))
}
