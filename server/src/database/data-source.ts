import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ConfigError, type DatabaseConfig } from '../common/config/config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export type DatabaseFlavour = 'sqlite' | 'mariadb' | 'mysql';

/**
 * One URL scheme serves MySQL 8 and MariaDB, but TypeORM must know which it talks to (its MariaDB
 * dialect is the one whose schema diff comes back clean on MariaDB), so ask the server.
 */
export async function detectFlavour(config: DatabaseConfig): Promise<DatabaseFlavour> {
  if (config.kind === 'sqlite') return 'sqlite';
  let connection;
  try {
    connection = await createConnection({ uri: config.url, connectTimeout: 10_000 });
    const [rows] = await connection.query('SELECT VERSION() AS version');
    const version = String((rows as Array<{ version: string }>)[0]?.version ?? '');
    return /mariadb/i.test(version) ? 'mariadb' : 'mysql';
  } catch (error) {
    const reason = (error as { code?: string; message?: string }).code ?? (error as Error).message;
    throw new ConfigError(`DATABASE_URL: cannot connect to the database (${reason})`);
  } finally {
    await connection?.end().catch(() => undefined);
  }
}

export function dataSourceOptions(config: DatabaseConfig, flavour: DatabaseFlavour, poolSize = 20): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    logging: false,
  } as const;
  if (config.kind === 'sqlite') {
    if (config.path !== ':memory:') mkdirSync(dirname(config.path), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: config.path,
      // WAL lets readers go on while the clock or an import writes.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
      },
    };
  }
  return {
    ...common,
    type: flavour === 'mariadb' ? 'mariadb' : 'mysql',
    url: config.url,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: false,
    supportBigNumbers: true,
    bigNumberStrings: false,
    extra: { connectionLimit: poolSize, enableKeepAlive: true },
  };
}

export async function createDataSource(config: DatabaseConfig, poolSize?: number): Promise<DataSource> {
  const flavour = await detectFlavour(config);
  return new DataSource(dataSourceOptions(config, flavour, poolSize));
}

export function isSqlite(dataSource: DataSource): boolean {
  return dataSource.options.type === 'better-sqlite3';
}
