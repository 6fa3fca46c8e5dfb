export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './locales'
export { fr, type MessageKey, type Messages } from './messages.fr'
export { en } from './messages.en'
export { isMessageKey, translate, type MessageParams } from './translate'
