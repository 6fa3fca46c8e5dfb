import * as migration_20261125_040826_initial from './20261125_040826_initial';
import * as migration_20261125_045150_contact_and_invitations from './20261125_045150_contact_and_invitations';

export const migrations = [
  {
    up: migration_20261125_040826_initial.up,
    down: migration_20261125_040826_initial.down,
    name: '20261125_040826_initial',
  },
  {
    up: migration_20261125_045150_contact_and_invitations.up,
    down: migration_20261125_045150_contact_and_invitations.down,
    name: '20261125_045150_contact_and_invitations'
  },
];
