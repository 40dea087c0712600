import { PassThrough } from 'node:stream';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../app.factory';
import { loadConfig, type HuleiConfig } from '../common/config/config';
import { AccountsService } from '../identity/accounts.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../identity/demo-accounts';
import { RegionsService } from '../regions/regions.service';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  config: HuleiConfig;
  dataSource: DataSource;
  /** supertest agent bound to the running server on loopback. */
  http: () => ReturnType<typeof request>;
  baseUrl: string;
  /** Everything the server logged so far. */
  logs: () => string;
  /** Stops the server and starts a new one on the same database (a restart, nothing kept in memory). */
  restart(): Promise<void>;
  /** Logs in with phone and password (demo password by default); returns the access token. */
  login(phone: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Region subtree to import before the test; the township 官庄镇 by default, null for none. */
  regionRoot?: string | null;
  env?: Record<string, string>;
  /** Applied over the loaded configuration (e.g. mode, WeChat base URL of a fake). */
  config?: Partial<HuleiConfig>;
  /** Create CONTRACT.md's demo accounts (needs the default region root or a wider one). */
  demoAccounts?: boolean;
  /** Which database, when a test needs one in particular (two instances need MariaDB). */
  database?: 'sqlite' | 'mariadb';
}

/** The real server, migrated, listening on a loopback port, with a database of its own. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase(options.database);
  const config: HuleiConfig = {
    ...loadConfig({
      HULEI_DATA_DIR: database.dataDir,
      HULEI_MODE: 'demo',
      HULEI_LOG_LEVEL: 'info',
      HULEI_H5_DIR: `${database.dataDir}/no-h5`,
      // Tests fire clocks and send notifications themselves (fireDue, sendDue) unless they ask.
      HULEI_SCHEDULERS: 'off',
      ...options.env,
    }),
    database: database.config,
    ...options.config,
  };
  const logStream = new PassThrough();
  let logText = '';
  logStream.on('data', (chunk: Buffer) => {
    logText += chunk.toString('utf8');
  });
  // As in production: the schema is migrated (and the data there) before the server starts.
  const boot = async (prepare?: (app: NestExpressApplication) => Promise<void>) => {
    const app = await createApp(config, { logStream });
    await prepare?.(app);
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    return { app, dataSource: app.get(DataSource), baseUrl: `http://127.0.0.1:${address.port}` };
  };
  const first = await boot(async (app) => {
    await app.get(DataSource).runMigrations({ transaction: 'each' });
    const regionRoot = options.regionRoot === undefined ? '431222114' : options.regionRoot;
    if (regionRoot !== null) await app.get(RegionsService).importDivisions({ root: regionRoot });
    if (options.demoAccounts) {
      for (const account of DEMO_ACCOUNTS) {
        await app.get(AccountsService).ensureAccount({ ...account, password: DEMO_PASSWORD });
      }
    }
  });
  const t: TestApp = {
    ...first,
    config,
    http: () => request(t.baseUrl),
    logs: () => logText,
    login: async (phone, password = DEMO_PASSWORD) => {
      const res = await request(t.baseUrl).post('/api/auth/login').send({ phone, password });
      if (res.status !== 200) throw new Error(`login ${phone} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return (res.body as { accessToken: string }).accessToken;
    },
    restart: async () => {
      await t.app.close();
      Object.assign(t, await boot());
    },
    close: async () => {
      await t.app.close();
      await database.drop();
    },
  };
  return t;
}
