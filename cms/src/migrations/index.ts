import * as migration_20261125_040826_initial from './20261125_040826_initial';
import * as migration_20261125_053746_investor_core_and_training from './20261125_053746_investor_core_and_training';

export const migrations = [
  {
    up: migration_20261125_040826_initial.up,
    down: migration_20261125_040826_initial.down,
    name: '20261125_040826_initial',
  },
  {
    up: migration_20261125_053746_investor_core_and_training.up,
    down: migration_20261125_053746_investor_core_and_training.down,
    name: '20261125_053746_investor_core_and_training'
  },
];
