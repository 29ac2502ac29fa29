import * as migration_20261125_123330_initial from './20261125_123330_initial';

export const migrations = [
  {
    up: migration_20261125_123330_initial.up,
    down: migration_20261125_123330_initial.down,
    name: '20261125_123330_initial'
  },
];
