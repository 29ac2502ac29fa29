import * as migration_20261126_174703_initial from './20261126_174703_initial';

export const migrations = [
  {
    up: migration_20261126_174703_initial.up,
    down: migration_20261126_174703_initial.down,
    name: '20261126_174703_initial'
  },
];
