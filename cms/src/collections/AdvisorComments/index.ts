import type { CollectionConfig, FilterOptions, Where } from 'payload'
import { admins } from '../../access/admins'
import { advisorsOrAdmins } from '../../access/advisorsOrAdmins'
import { investorAdvisorOrAdmin, investorsAdvisorOrAdmin } from '../../access/investorAdvisorOrAdmin'
import { roleOf } from '../../access/roleOf'
import { checkCommentAuthor } from './hooks/checkCommentAuthor'

/** In the admin, an advisor picks among their own clients; an admin among all investors. */
const clientsOfEditor: FilterOptions = ({ req }) => {
  const role = roleOf(req.user)
  const investors: Where = { role: { equals: 'investor' } }
  if (role === 'advisor') return { and: [investors, { advisor: { equals: req.user!.id } }] }
  return role === 'admin' ? investors : true
}

/**
 * The advisor's comment on one client, printed in the client's bilan
 * patrimonial (cms/src/documents/bilan): one per investor, rewritten as the
 * advice evolves (each bilan prints the comment of its day and keeps it).
 * Written by the client's advisor or an admin; read by them and by the
 * client, whose bilan it is printed in.
 */
export const AdvisorComments: CollectionConfig = {
  slug: 'advisor-comments',
  labels: {
    singular: { fr: 'Commentaire du conseiller', en: 'Advisor’s comment' },
    plural: { fr: 'Commentaires du conseiller', en: 'Advisor’s comments' },
  },
  admin: {
    useAsTitle: 'clientName',
    defaultColumns: ['clientName', 'updatedBy', 'updatedAt'],
    group: { fr: 'Clients', en: 'Clients' },
    description: {
      fr: 'Un commentaire par client, imprimé dans son bilan patrimonial à la prochaine génération. Le client peut le lire.',
      en: 'One comment per client, printed in their wealth review the next time it is generated. The client can read it.',
    },
  },
  access: { create: advisorsOrAdmins, read: investorAdvisorOrAdmin, update: investorsAdvisorOrAdmin, delete: admins },
  hooks: { beforeChange: [checkCommentAuthor] },
  fields: [
    {
      name: 'investor',
      label: { fr: 'Client', en: 'Client' },
      type: 'relationship',
      relationTo: 'users',
      required: true,
      unique: true,
      index: true,
      filterOptions: clientsOfEditor,
    },
    // The client's name as the document's title in the admin (read through the relationship, not stored).
    { name: 'clientName', label: { fr: 'Client', en: 'Client' }, type: 'text', virtual: 'investor.name', admin: { hidden: true } },
    {
      name: 'body',
      label: { fr: 'Commentaire', en: 'Comment' },
      type: 'richText',
      required: true,
      admin: { description: { fr: 'Titres, gras, italique et listes sont repris dans le PDF.', en: 'Headings, bold, italics and lists are kept in the PDF.' } },
    },
    {
      name: 'updatedBy',
      label: { fr: 'Dernière modification par', en: 'Last changed by' },
      type: 'relationship',
      relationTo: 'users',
      // Set by checkCommentAuthor from the request's user.
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
