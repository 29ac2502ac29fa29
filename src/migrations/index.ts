import * as migration_20261125_114446_initial from './20261125_114446_initial';

export const migrations = [
  {
    up: migration_20261125_114446_initial.up,
    down: migration_20261125_114446_initial.down,
    name: '20261125_114446_initial'
  },
];
