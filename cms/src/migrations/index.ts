import * as migration_20261125_040826_initial from './20261125_040826_initial';

export const migrations = [
  {
    up: migration_20261125_040826_initial.up,
    down: migration_20261125_040826_initial.down,
    name: '20261125_040826_initial'
  },
];
