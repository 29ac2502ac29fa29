import * as migration_20261125_120711_initial from './20261125_120711_initial';

export const migrations = [
  {
    up: migration_20261125_120711_initial.up,
    down: migration_20261125_120711_initial.down,
    name: '20261125_120711_initial'
  },
];
