import * as migration_20261125_115133_initial from './20261125_115133_initial';

export const migrations = [
  {
    up: migration_20261125_115133_initial.up,
    down: migration_20261125_115133_initial.down,
    name: '20261125_115133_initial'
  },
];
