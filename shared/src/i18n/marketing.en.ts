import type { marketingFr } from './marketing.fr'

export const marketingEn: Record<keyof typeof marketingFr, string> = {
  'nav.pricing': 'Pricing',
  'nav.faq': 'FAQ',
  'footer.about': 'About',
  'footer.siteNav': 'The site',

  'page.preview.banner': 'Draft preview: this version is not published and can only be seen with this link.',
  'page.preview.invalid': 'This preview link is no longer valid: open the page again in the admin and click "Preview".',

  'pricing.free': 'Free',
  'pricing.perMonth': '{price} / month',
  'pricing.perYear': 'or {price} / year',
  'pricing.highlighted': 'Most popular',
  'pricing.cta': 'Choose {plan}',
  'pricing.vat': 'Prices incl. VAT, no commitment.',
  'pricing.features': 'Included in {plan}',

  'errors.preview.invalid': 'This preview link is invalid.',
  'errors.preview.expired': 'This preview link has expired: open the page again in the admin.',
}
