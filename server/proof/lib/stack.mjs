// The real parts under proof: databases of their own, server processes started from dist/ with
// their logs kept in files, and the fake WeChat and SMS providers on loopback.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConnection } from 'mysql2/promise';
import { freePort } from '../../bench/lib.mjs';
import { startSlowLink } from './net.mjs';
import { requireServerSource } from './typescript.mjs';

export const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = resolve(serverDir, '..');
export const DB_SERVER = process.env.TEST_DATABASE_URL || 'mysql://app:app@127.0.0.1:3306/test';
export const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const cli = join(serverDir, 'dist/cli.js');
const main = join(serverDir, 'dist/main.js');

/** Where a proof run keeps its logs, data dirs and report: `.proof/<run id>/` at the root. */
export function runDir() {
  if (!runDir.path) {
    const id = new Date().toISOString().replace(/[:.]/g, '-');
    runDir.path = join(repoRoot, '.proof', id);
    mkdirSync(runDir.path, { recursive: true });
  }
  return runDir.path;
}

/** Every MariaDB database the run created: part 5 scans the data files they left. */
export const createdDatabases = [];
/** Every server log file and SQLite file, for the same scan. */
export const logFiles = [];
export const dataDirs = [];

/**
 * A stack's database and data dir: MariaDB (a database of its own on TEST_DATABASE_URL's server)
 * or the embedded SQLite file. Migrated and seeded with the demo data, through the real CLI.
 */
export async function createStack(label, { kind = 'mariadb' } = {}) {
  const dataDir = join(runDir(), `data-${label}`);
  mkdirSync(dataDir, { recursive: true });
  dataDirs.push(dataDir);
  const env = { HULEI_MODE: 'demo', HULEI_DATA_DIR: dataDir };
  let name = null;
  if (kind === 'mariadb') {
    name = `hulei_proof_${label.replace(/\W/g, '_')}_${process.pid}_${randomBytes(3).toString('hex')}`;
    const admin = await createConnection({ uri: DB_SERVER });
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    const url = new URL(DB_SERVER);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    createdDatabases.push(name);
  }
  for (const command of ['migrate', 'seed']) {
    const result = spawnSync(process.execPath, [cli, command], {
      env: { ...process.env, ...env, HULEI_LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`cli ${command} failed for ${label}:\n${result.stderr}`);
  }
  return {
    label,
    kind,
    name,
    env,
    dataDir,
    sqlitePath: kind === 'sqlite' ? join(dataDir, 'hulei.sqlite') : null,
    /** A mysql2 connection to this stack's database (UTC, like the server). */
    connect: () => createConnection({ uri: env.DATABASE_URL, timezone: 'Z', dateStrings: false }),
  };
}

export async function dropDatabases() {
  if (createdDatabases.length === 0) return;
  const admin = await createConnection({ uri: DB_SERVER });
  for (const name of createdDatabases) await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.end();
}

/**
 * A stand-in for the H5 build (index and one hashed asset): the proof checks the headers the
 * server puts on the H5 app, and must not depend on whether, or when, someone built it.
 */
export function h5Dir() {
  // Outside .proof/: Express's sendFile refuses any path through a dot-folder.
  const stub = join(tmpdir(), `hulei-proof-h5-${process.pid}`);
  mkdirSync(join(stub, 'js'), { recursive: true });
  writeFileSync(
    join(stub, 'index.html'),
    '<!doctype html><title>护蕾</title><script src="/js/app.0123456789abcdef.js"></script>',
  );
  writeFileSync(join(stub, 'js/app.0123456789abcdef.js'), 'void 0;\n');
  return stub;
}

/** GET /api/health until it answers 200, or throw after `timeoutMs`. */
export async function waitHealthy(port, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise((resolveOk) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/api/health', agent: false }, (res) => {
        res.resume();
        resolveOk(res.statusCode === 200);
      });
      req.setTimeout(2000, () => req.destroy());
      req.on('error', () => resolveOk(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`server on port ${port} did not become healthy`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * One real server process (dist/main.js). Its stdout and stderr go to a log file that outlives
 * kills; it keeps its port across restarts, so proxies in front need no change.
 */
export class ServerProcess {
  constructor({ name, stack, env = {} }) {
    this.name = name;
    this.stack = stack;
    this.extraEnv = env;
    this.logFile = join(runDir(), `server-${name}.log`);
    logFiles.push(this.logFile);
    this.child = null;
    this.port = null;
    this.starts = 0;
    this.kills = 0;
  }

  async start() {
    this.port ??= await freePort();
    const fd = openSync(this.logFile, 'a');
    this.child = spawn(process.execPath, [main], {
      env: {
        ...process.env,
        HULEI_LOG_LEVEL: 'info',
        HULEI_TRUST_PROXY: '1',
        HULEI_H5_DIR: h5Dir(),
        ...this.stack.env,
        ...this.extraEnv,
        PORT: String(this.port),
      },
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    this.starts += 1;
    const exited = once(this.child, 'exit').then(([code]) => {
      throw new Error(`server ${this.name} exited with ${code} while starting (see ${this.logFile})`);
    });
    await Promise.race([waitHealthy(this.port), exited]);
    exited.catch(() => {});
    return this;
  }

  get running() {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** kill -9: no shutdown hook runs, nothing is flushed. */
  async kill9() {
    if (!this.running) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGKILL');
    await exited;
    this.kills += 1;
  }

  async stop() {
    if (!this.running) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}

/**
 * The fake WeChat and SMS providers in this process, and the server environment that uses them.
 * With `delayMs`, their answers come through slow links: accepted at once, acknowledged late.
 */
export async function startProviders({ delayMs = 0 } = {}) {
  const { startFakeWechat } = requireServerSource('testing/fake-wechat.ts');
  const { startFakeSms } = requireServerSource('testing/fake-sms.ts');
  const wechat = await startFakeWechat();
  const sms = await startFakeSms();
  const links = [];
  const via = async (baseUrl) => {
    if (!delayMs) return baseUrl;
    const link = await startSlowLink({ targetPort: Number(new URL(baseUrl).port), delayMs });
    links.push(link);
    return `http://127.0.0.1:${link.port}`;
  };
  const env = {
    WECHAT_APPID: wechat.appId,
    WECHAT_SECRET: wechat.secret,
    WECHAT_API_BASE: await via(wechat.baseUrl),
    WECHAT_TEMPLATE_ID: 'proof-template',
    WECHAT_TEMPLATE_LONG_TERM: 'true',
    SMS_API_BASE: await via(sms.baseUrl),
    SMS_SECRET_ID: sms.secretId,
    SMS_SECRET_KEY: sms.secretKey,
    SMS_SDK_APP_ID: sms.sdkAppId,
    SMS_SIGN_NAME: sms.signName,
    SMS_TEMPLATE_ID: '1110',
  };
  return {
    wechat,
    sms,
    env,
    /** Provider answers held on the slow links right now. */
    held: () => links.reduce((n, link) => n + link.held, 0),
    close: async () => {
      for (const link of links) await link.close();
      await wechat.close();
      await sms.close();
    },
  };
}
