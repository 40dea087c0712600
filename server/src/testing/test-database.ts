import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { DatabaseConfig } from '../common/config/config';

/** Which database this run of the suite uses: `HULEI_TEST_DB=mariadb` or SQLite by default. */
export function testDatabaseKind(): 'sqlite' | 'mariadb' {
  return process.env.HULEI_TEST_DB === 'mariadb' ? 'mariadb' : 'sqlite';
}

export function testDatabaseServerUrl(): string {
  return process.env.TEST_DATABASE_URL || 'mysql://app:app@127.0.0.1:3306/test';
}

export interface TestDatabase {
  config: DatabaseConfig;
  /** Data dir for everything else the server writes (demo secrets). */
  dataDir: string;
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file: a fresh SQLite file, or a fresh MariaDB database on the
 * server of TEST_DATABASE_URL, so files can run in parallel without seeing each other's rows.
 */
export async function createTestDatabase(kind = testDatabaseKind()): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hulei-test-'));
  if (kind === 'sqlite') {
    return {
      config: { kind: 'sqlite', path: join(dataDir, 'hulei.sqlite') },
      dataDir,
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const serverUrl = new URL(testDatabaseServerUrl());
  const name = `hulei_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection({ uri: serverUrl.toString() });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(serverUrl.toString());
  url.pathname = `/${name}`;
  return {
    config: { kind: 'mysql', url: url.toString() },
    dataDir,
    drop: async () => {
      const connection = await createConnection({ uri: serverUrl.toString() });
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
