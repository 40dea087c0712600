import { Init1764470000000 } from './1764470000000-init';

/** Every migration, in order. Each runs on SQLite and on MySQL/MariaDB. */
export const MIGRATIONS = [Init1764470000000];
