import { BooleanCell as BooleanCell_38f1d228c616ba7c6a611386d894f4b4 } from '../../../admin/components/cells/BooleanCell'
import { ParisDateCell as ParisDateCell_2b0cdee671bd645267dd8fc8b348570e } from '../../../admin/components/cells/ParisDateCell'
import { TwoFactorResetButton as TwoFactorResetButton_0c5e5ec9812acd25c5691670029496d6 } from '../../../admin/twoFactor/TwoFactorResetButton'
import { ProfileWarningsField as ProfileWarningsField_3d841b616b66a73043f0fac1d73819ee } from '../../../admin/fields/ProfileWarningsField'
import { MoneyCell as MoneyCell_507dadd45a57e807aeb44f95dc49f4b6 } from '../../../admin/components/money/MoneyCell'
import { MoneyInput as MoneyInput_1a487764336d1d47662e0e715adaa3d4 } from '../../../admin/components/money/MoneyInput'
import { KnowledgeComparison as KnowledgeComparison_fe2df656abc5bbcef4c34124d6e99395 } from '../../../admin/components/KnowledgeComparison'
import { InviteButton as InviteButton_3f7b4cd41f3b9ad49e55a756c21992f1 } from '../../../admin/components/InviteButton'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LessonRowLabel as LessonRowLabel_42a908c2bb39a04b0f586ac11f1bd592 } from '../../../admin/components/LessonRowLabel'
import { InvoiceActions as InvoiceActions_3512f0c14385395820c0dd8cd4583901 } from '../../../admin/components/InvoiceActions'
import { LabelledPreviewButton as LabelledPreviewButton_268f9956689abe2fe65e1066af49a169 } from '../../../admin/components/LabelledPreviewButton'
import { PriceExclVat as PriceExclVat_b06cd99f969c59c86ab9cb532965de7f } from '../../../admin/components/money/PriceExclVat'
import { MailSourceField as MailSourceField_34b047d0928fd070941bfffc59c56944 } from '../../../admin/fields/MailSourceField'
import { PlaceholderListField as PlaceholderListField_75714679a3955b5f9f85756624dcccf0 } from '../../../admin/fields/PlaceholderListField'
import { AtlasIcon as AtlasIcon_ee668e7a6500f6e08127b4eca8f11e6b } from '../../../admin/components/brand/AtlasLogo'
import { AtlasLogo as AtlasLogo_ee668e7a6500f6e08127b4eca8f11e6b } from '../../../admin/components/brand/AtlasLogo'
import { PipelineNavLink as PipelineNavLink_4c50bb395a1c0decdc63923389420162 } from '../../../admin/components/PipelineNavLink'
import { ClientsNavLink as ClientsNavLink_7f4bbc696732abba1886ddd3285b3846 } from '../../../admin/components/ClientsNavLink'
import { AdvisorHome as AdvisorHome_8632450be2d5f4a695db15deb615cec0 } from '../../../admin/components/AdvisorHome'
import { BackOfficeFigures as BackOfficeFigures_571bcf285573ac023b765ae76871e0f9 } from '../../../admin/components/BackOfficeFigures'
import { BillingFigures as BillingFigures_008354204729a9333b4e93aef4314947 } from '../../../admin/components/BillingFigures'
import { TwoFactorLoginStep as TwoFactorLoginStep_531eb898e2b897cfa23e9c1df8a56f06 } from '../../../admin/twoFactor/TwoFactorLoginStep'
import { PipelineView as PipelineView_0208245d7bfda1b8ad713f489865cb20 } from '../../../admin/views/PipelineView'
import { ClientsView as ClientsView_7eddaf3b5fe2082cf3c9c643c75af908 } from '../../../admin/views/ClientsView'
import { ClientView as ClientView_92c952c2893b2103192dc6d8fdeeb664 } from '../../../admin/views/ClientView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/admin/components/cells/BooleanCell#BooleanCell": BooleanCell_38f1d228c616ba7c6a611386d894f4b4,
  "/admin/components/cells/ParisDateCell#ParisDateCell": ParisDateCell_2b0cdee671bd645267dd8fc8b348570e,
  "/admin/twoFactor/TwoFactorResetButton#TwoFactorResetButton": TwoFactorResetButton_0c5e5ec9812acd25c5691670029496d6,
  "/admin/fields/ProfileWarningsField#ProfileWarningsField": ProfileWarningsField_3d841b616b66a73043f0fac1d73819ee,
  "/admin/components/money/MoneyCell#MoneyCell": MoneyCell_507dadd45a57e807aeb44f95dc49f4b6,
  "/admin/components/money/MoneyInput#MoneyInput": MoneyInput_1a487764336d1d47662e0e715adaa3d4,
  "/admin/components/KnowledgeComparison#KnowledgeComparison": KnowledgeComparison_fe2df656abc5bbcef4c34124d6e99395,
  "/admin/components/InviteButton#InviteButton": InviteButton_3f7b4cd41f3b9ad49e55a756c21992f1,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/admin/components/LessonRowLabel#LessonRowLabel": LessonRowLabel_42a908c2bb39a04b0f586ac11f1bd592,
  "/admin/components/InvoiceActions#InvoiceActions": InvoiceActions_3512f0c14385395820c0dd8cd4583901,
  "/admin/components/LabelledPreviewButton#LabelledPreviewButton": LabelledPreviewButton_268f9956689abe2fe65e1066af49a169,
  "/admin/components/money/PriceExclVat#PriceExclVat": PriceExclVat_b06cd99f969c59c86ab9cb532965de7f,
  "/admin/fields/MailSourceField#MailSourceField": MailSourceField_34b047d0928fd070941bfffc59c56944,
  "/admin/fields/PlaceholderListField#PlaceholderListField": PlaceholderListField_75714679a3955b5f9f85756624dcccf0,
  "/admin/components/brand/AtlasLogo#AtlasIcon": AtlasIcon_ee668e7a6500f6e08127b4eca8f11e6b,
  "/admin/components/brand/AtlasLogo#AtlasLogo": AtlasLogo_ee668e7a6500f6e08127b4eca8f11e6b,
  "/admin/components/PipelineNavLink#PipelineNavLink": PipelineNavLink_4c50bb395a1c0decdc63923389420162,
  "/admin/components/ClientsNavLink#ClientsNavLink": ClientsNavLink_7f4bbc696732abba1886ddd3285b3846,
  "/admin/components/AdvisorHome#AdvisorHome": AdvisorHome_8632450be2d5f4a695db15deb615cec0,
  "/admin/components/BackOfficeFigures#BackOfficeFigures": BackOfficeFigures_571bcf285573ac023b765ae76871e0f9,
  "/admin/components/BillingFigures#BillingFigures": BillingFigures_008354204729a9333b4e93aef4314947,
  "/admin/twoFactor/TwoFactorLoginStep#TwoFactorLoginStep": TwoFactorLoginStep_531eb898e2b897cfa23e9c1df8a56f06,
  "/admin/views/PipelineView#PipelineView": PipelineView_0208245d7bfda1b8ad713f489865cb20,
  "/admin/views/ClientsView#ClientsView": ClientsView_7eddaf3b5fe2082cf3c9c643c75af908,
  "/admin/views/ClientView#ClientView": ClientView_92c952c2893b2103192dc6d8fdeeb664,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
