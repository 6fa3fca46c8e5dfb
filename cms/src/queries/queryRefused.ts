import { APIError, type PayloadRequest } from 'payload'
import { translate, type MessageKey, type MessageParams } from '@atlas/shared/i18n'
import { requestLocale } from '../i18n/requestLocale'

/** A query the cms will not run: a 400 with the reason in the caller's language (French unless English is asked for). */
export class QueryRefused extends APIError {
  constructor(req: Pick<PayloadRequest, 'user' | 'i18n'>, key: MessageKey, params: MessageParams = {}) {
    super(translate(requestLocale(req), key, params), 400, { key, ...params }, true)
    // Logged like Payload's own QueryError: an input mistake, at info level (loggingLevels).
    this.name = 'QueryError'
  }
}
