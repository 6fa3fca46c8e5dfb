import * as migration_20261125_040826_initial from './20261125_040826_initial';
import * as migration_20261125_054446_domain_collections from './20261125_054446_domain_collections';
import * as migration_20261125_065953_clients from './20261125_065953_clients';
import * as migration_20261125_070538_notifications from './20261125_070538_notifications';
import * as migration_20261125_070552_marketing_pages from './20261125_070552_marketing_pages';
import * as migration_20261125_070656_assistant from './20261125_070656_assistant';

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
    up: migration_20261125_065953_clients.up,
    down: migration_20261125_065953_clients.down,
    name: '20261125_065953_clients',
  },
  {
    up: migration_20261125_070538_notifications.up,
    down: migration_20261125_070538_notifications.down,
    name: '20261125_070538_notifications',
  },
  {
    up: migration_20261125_070552_marketing_pages.up,
    down: migration_20261125_070552_marketing_pages.down,
    name: '20261125_070552_marketing_pages',
  },
  {
    up: migration_20261125_070656_assistant.up,
    down: migration_20261125_070656_assistant.down,
    name: '20261125_070656_assistant',
  },
];
