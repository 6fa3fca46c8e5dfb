/**
 * Refused queries and inputs (French, the reference): what the cms answers
 * with a 400 when a `where`, `sort`, page, limit, depth or id cannot be run,
 * and the field errors for text with NUL bytes and dates given as numbers.
 */
export const queriesFr = {
  'errors.query.hiddenPath': 'Le champ « {path} » ne peut servir ni de filtre ni de tri.',
  'errors.query.operator': 'L’opérateur « {operator} » ne s’applique pas au champ « {path} ».',
  'errors.query.value': 'La valeur donnée à « {path} » pour l’opérateur « {operator} » n’est pas valide.',
  'errors.query.where': 'Le filtre (where) doit associer des champs à des opérateurs.',
  'errors.query.sameArray':
    'Un filtre ne peut porter qu’une seule fois sur les champs de la liste « {path} ». Filtrez sur un seul de ses champs.',
  'errors.query.page': 'Le numéro de page doit être un entier entre 1 et {max}.',
  'errors.query.limit': 'Le nombre de résultats par page doit être un entier entre 0 et {max}.',
  'errors.query.depth': 'La profondeur doit être un entier entre 0 et {max}.',
  'errors.query.id': 'L’identifiant « {id} » n’est pas valide : un entier positif est attendu.',
  'errors.query.input': 'Une valeur de la requête n’a pas le format attendu.',
  'errors.text.nul': 'Ce texte contient un caractère nul (\\u0000), qui n’est pas accepté.',
  'errors.date.number': 'Une date s’écrit au format ISO (par exemple 2026-03-15), pas sous forme de nombre.',
} as const
