/**
 * Payload's French hedges every gender: "Créer un(e) nouveau ou nouvelle
 * Prospect", "Aucun(e) Offre trouvé(e)". The admin's own words, written
 * without the hedge (a colon, or a noun that needs no article). A test
 * (cms/tests/adminFrench.test.ts) fails when Payload adds another such string.
 */
export const adminFrench = {
  fields: {
    addNew: 'Ajouter',
    addNewLabel: 'Ajouter : {{label}}',
    chooseFromExisting: 'Choisir dans la liste',
    chooseLabel: 'Choisir : {{label}}',
    newLabel: 'Nouveau document : {{label}}',
    uploadNewLabel: 'Téléverser : {{label}}',
  },
  general: {
    created: 'Création',
    createdAt: 'Date de création',
    createNew: 'Créer',
    createNewLabel: 'Créer : {{label}}',
    creatingNewLabel: 'Création : {{label}}',
    deletedSuccessfully: 'Suppression effectuée.',
    descending: 'Décroissant',
    none: 'Aucune valeur',
    noResults: 'Aucun résultat pour « {{label}} » : rien n’existe encore, ou rien ne correspond aux filtres choisis ci-dessus.',
    successfullyCreated: '{{label}} : création enregistrée.',
    successfullyDuplicated: '{{label}} : copie créée.',
    titleDeleted: '{{label}} « {{title}} » : suppression effectuée.',
  },
  validation: {
    // "S’il vous plait, veuillez entrer un nombre valide." — also what the API answers for text in a number field.
    enterNumber: 'Indiquez un nombre, sans texte ni unité.',
  },
  version: {
    aboutToRestoreGlobal: 'Vous allez rétablir « {{label}} » dans son état du {{versionDate}}.',
    noRowsFound: 'Aucun résultat : {{label}}',
    restoredSuccessfully: 'Version rétablie.',
  },
} as const
