import * as migration_20261125_040826_initial from './20261125_040826_initial';
import * as migration_20261125_044236_asset_details_and_valuations from './20261125_044236_asset_details_and_valuations';
import * as migration_20261125_044431_profile_questionnaire from './20261125_044431_profile_questionnaire';
import * as migration_20261125_051150_profile_title from './20261125_051150_profile_title';

export const migrations = [
  {
    up: migration_20261125_040826_initial.up,
    down: migration_20261125_040826_initial.down,
    name: '20261125_040826_initial',
  },
  {
    up: migration_20261125_044236_asset_details_and_valuations.up,
    down: migration_20261125_044236_asset_details_and_valuations.down,
    name: '20261125_044236_asset_details_and_valuations',
  },
  {
    up: migration_20261125_044431_profile_questionnaire.up,
    down: migration_20261125_044431_profile_questionnaire.down,
    name: '20261125_044431_profile_questionnaire',
  },
  {
    up: migration_20261125_051150_profile_title.up,
    down: migration_20261125_051150_profile_title.down,
    name: '20261125_051150_profile_title',
  },
];
