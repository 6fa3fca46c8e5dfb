export { HOME_SLUG, absoluteUrl, pagePath } from './paths'
export { isExternalLinkTarget, isSafeLinkTarget } from './links'
export { slugify, uniqueSlug } from './slugify'
