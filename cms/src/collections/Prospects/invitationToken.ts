import { createHash, randomBytes } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import type { Prospect } from '@atlas/shared/payload-types'
import { invitationTokenSchema } from '@atlas/shared/schemas/invitation'

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

/** 32 random bytes, base64url (43 characters): sent in the mail, never stored. */
export const newInvitationToken = () => randomBytes(32).toString('base64url')

/** What the database keeps: the SHA-256 of the token, hex. */
export const invitationTokenHash = (token: string) => createHash('sha256').update(token).digest('hex')

export type InvitationLookup =
  | { state: 'valid'; prospect: Prospect }
  | { state: 'invalid' | 'expired' | 'used'; prospect?: Prospect }

/** Finds the prospect a token belongs to and says whether it can still be used. */
export const lookUpInvitation = async (req: PayloadRequest, token: unknown): Promise<InvitationLookup> => {
  const parsed = invitationTokenSchema.safeParse(token)
  if (!parsed.success) return { state: 'invalid' }
  const { docs } = await req.payload.find({
    collection: 'prospects',
    overrideAccess: true,
    depth: 1,
    limit: 1,
    req,
    where: { 'invitation.tokenHash': { equals: invitationTokenHash(parsed.data) } },
  })
  const prospect = docs[0] as Prospect | undefined
  if (!prospect) return { state: 'invalid' }
  if (prospect.invitation?.acceptedAt || prospect.convertedUser) return { state: 'used', prospect }
  const expiresAt = prospect.invitation?.expiresAt ? Date.parse(prospect.invitation.expiresAt) : 0
  if (!(expiresAt > Date.now())) return { state: 'expired', prospect }
  return { state: 'valid', prospect }
}

/** HTTP status for each refusal: a forged token is a bad request, a spent one is gone. */
export const INVITATION_REFUSAL_STATUS = { invalid: 400, expired: 410, used: 409 } as const
