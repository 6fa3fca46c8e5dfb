import * as migration_20261125_040826_initial from './20261125_040826_initial';
import * as migration_20261125_044236_asset_details_and_valuations from './20261125_044236_asset_details_and_valuations';

export const migrations = [
  {
    up: migration_20261125_040826_initial.up,
    down: migration_20261125_040826_initial.down,
    name: '20261125_040826_initial',
  },
  {
    up: migration_20261125_044236_asset_details_and_valuations.up,
    down: migration_20261125_044236_asset_details_and_valuations.down,
    name: '20261125_044236_asset_details_and_valuations'
  },
];
