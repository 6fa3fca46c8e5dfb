import * as migration_20261125_040826_initial from './20261125_040826_initial';
import * as migration_20261125_054446_domain_collections from './20261125_054446_domain_collections';
import * as migration_20261125_082035_session_features from './20261125_082035_session_features';
import * as migration_20261125_102000_client_list_rows from './20261125_102000_client_list_rows';
import * as migration_20261125_102452_purge_rate_limit_rows from './20261125_102452_purge_rate_limit_rows';
import * as migration_20261128_072404_evidence_attempt from './20261128_072404_evidence_attempt';
import * as migration_20261128_072504_account_security from './20261128_072504_account_security';
import * as migration_20261128_072821_rate_limit_scope from './20261128_072821_rate_limit_scope';
import * as migration_20261203_085811_advisor_assignments from './20261203_085811_advisor_assignments';
import * as migration_20261203_090702_question_choice from './20261203_090702_question_choice';
import * as migration_20261203_091056_user_photo from './20261203_091056_user_photo';
import * as migration_20261203_091127_two_factor from './20261203_091127_two_factor';
import * as migration_20261203_101636_firm_information from './20261203_101636_firm_information';
import * as migration_20261203_151419_valuation_contributions from './20261203_151419_valuation_contributions';
import * as migration_20261203_151540_onboarding_checklist from './20261203_151540_onboarding_checklist';
import * as migration_20261203_151648_loans_linked_to_assets from './20261203_151648_loans_linked_to_assets';
import * as migration_20261203_151905_quoted_holdings from './20261203_151905_quoted_holdings';
import * as migration_20261204_180855_billing_subscriptions from './20261204_180855_billing_subscriptions';
import * as migration_20261204_181827_invoices from './20261204_181827_invoices';
import * as migration_20261204_182914_entitlements from './20261204_182914_entitlements';
import * as migration_20261204_212130_document_signature_events from './20261204_212130_document_signature_events';
import * as migration_20261204_212158_document_templates from './20261204_212158_document_templates';
import * as migration_20261204_212446_recommendations from './20261204_212446_recommendations';
import * as migration_20261204_212453_client_documents from './20261204_212453_client_documents';
import * as migration_20261204_212606_advisor_comments from './20261204_212606_advisor_comments';

export const migrations = [
  {
    up: migration_20261125_040826_initial.up,
    down: migration_20261125_040826_initial.down,
    name: '20261125_040826_initial',
  },
  {
    up: migration_20261125_054446_domain_collections.up,
    down: migration_20261125_054446_domain_collections.down,
    name: '20261125_054446_domain_collections',
  },
  {
    up: migration_20261125_082035_session_features.up,
    down: migration_20261125_082035_session_features.down,
    name: '20261125_082035_session_features',
  },
  {
    up: migration_20261125_102000_client_list_rows.up,
    down: migration_20261125_102000_client_list_rows.down,
    name: '20261125_102000_client_list_rows',
  },
  {
    up: migration_20261125_102452_purge_rate_limit_rows.up,
    down: migration_20261125_102452_purge_rate_limit_rows.down,
    name: '20261125_102452_purge_rate_limit_rows',
  },
  {
    up: migration_20261128_072404_evidence_attempt.up,
    down: migration_20261128_072404_evidence_attempt.down,
    name: '20261128_072404_evidence_attempt',
  },
  {
    up: migration_20261128_072504_account_security.up,
    down: migration_20261128_072504_account_security.down,
    name: '20261128_072504_account_security',
  },
  {
    up: migration_20261128_072821_rate_limit_scope.up,
    down: migration_20261128_072821_rate_limit_scope.down,
    name: '20261128_072821_rate_limit_scope',
  },
  {
    up: migration_20261203_085811_advisor_assignments.up,
    down: migration_20261203_085811_advisor_assignments.down,
    name: '20261203_085811_advisor_assignments',
  },
  {
    up: migration_20261203_090702_question_choice.up,
    down: migration_20261203_090702_question_choice.down,
    name: '20261203_090702_question_choice',
  },
  {
    up: migration_20261203_091056_user_photo.up,
    down: migration_20261203_091056_user_photo.down,
    name: '20261203_091056_user_photo',
  },
  {
    up: migration_20261203_091127_two_factor.up,
    down: migration_20261203_091127_two_factor.down,
    name: '20261203_091127_two_factor',
  },
  {
    up: migration_20261203_101636_firm_information.up,
    down: migration_20261203_101636_firm_information.down,
    name: '20261203_101636_firm_information',
  },
  {
    up: migration_20261203_151419_valuation_contributions.up,
    down: migration_20261203_151419_valuation_contributions.down,
    name: '20261203_151419_valuation_contributions',
  },
  {
    up: migration_20261203_151540_onboarding_checklist.up,
    down: migration_20261203_151540_onboarding_checklist.down,
    name: '20261203_151540_onboarding_checklist',
  },
  {
    up: migration_20261203_151648_loans_linked_to_assets.up,
    down: migration_20261203_151648_loans_linked_to_assets.down,
    name: '20261203_151648_loans_linked_to_assets',
  },
  {
    up: migration_20261203_151905_quoted_holdings.up,
    down: migration_20261203_151905_quoted_holdings.down,
    name: '20261203_151905_quoted_holdings',
  },
  {
    up: migration_20261204_180855_billing_subscriptions.up,
    down: migration_20261204_180855_billing_subscriptions.down,
    name: '20261204_180855_billing_subscriptions',
  },
  {
    up: migration_20261204_181827_invoices.up,
    down: migration_20261204_181827_invoices.down,
    name: '20261204_181827_invoices',
  },
  {
    up: migration_20261204_182914_entitlements.up,
    down: migration_20261204_182914_entitlements.down,
    name: '20261204_182914_entitlements',
  },
  {
    up: migration_20261204_212130_document_signature_events.up,
    down: migration_20261204_212130_document_signature_events.down,
    name: '20261204_212130_document_signature_events',
  },
  {
    up: migration_20261204_212158_document_templates.up,
    down: migration_20261204_212158_document_templates.down,
    name: '20261204_212158_document_templates',
  },
  {
    up: migration_20261204_212446_recommendations.up,
    down: migration_20261204_212446_recommendations.down,
    name: '20261204_212446_recommendations',
  },
  {
    up: migration_20261204_212453_client_documents.up,
    down: migration_20261204_212453_client_documents.down,
    name: '20261204_212453_client_documents',
  },
  {
    up: migration_20261204_212606_advisor_comments.up,
    down: migration_20261204_212606_advisor_comments.down,
    name: '20261204_212606_advisor_comments',
  },
];
