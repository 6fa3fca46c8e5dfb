/** The marketing site's own words (page content itself comes from the cms, in French). */
export const marketingFr = {
  'nav.pricing': 'Tarifs',
  'nav.faq': 'FAQ',
  'footer.about': 'À propos',
  'footer.siteNav': 'Le site',

  'page.preview.banner': 'Prévisualisation du brouillon : cette version n’est pas publiée et n’est visible qu’avec ce lien.',
  'page.preview.invalid': 'Ce lien de prévisualisation n’est plus valable : rouvrez la page dans l’administration et cliquez à nouveau sur « Prévisualiser ».',

  'pricing.free': 'Gratuit',
  'pricing.perMonth': '{price} / mois',
  'pricing.perYear': 'ou {price} / an',
  'pricing.highlighted': 'Le plus choisi',
  'pricing.cta': 'Choisir {plan}',
  'pricing.vat': 'Prix TTC, sans engagement.',
  'pricing.features': 'Inclus dans l’offre {plan}',

  'errors.preview.invalid': 'Ce lien de prévisualisation est invalide.',
  'errors.preview.expired': 'Ce lien de prévisualisation a expiré : rouvrez la page dans l’administration.',
}
