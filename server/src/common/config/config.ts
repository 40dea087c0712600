import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseSlaPolicy, type SlaPolicy } from './sla-policy';

export type HuleiMode = 'demo' | 'production';

export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'mysql'; url: string };

export interface DataKey {
  id: string;
  key: Buffer;
}

/** Everything the server reads from the environment, validated once at boot. */
export interface HuleiConfig {
  mode: HuleiMode;
  port: number;
  repoRoot: string;
  dataDir: string;
  database: DatabaseConfig;
  redisUrl?: string;
  /** The key new ciphertext is written with; older keys stay readable by id. */
  dataKey: DataKey;
  dataKeys: ReadonlyMap<string, Buffer>;
  tokenSecret: Buffer;
  receiptSalt: Buffer;
  /** Folder of the H5 build served at `/`, when it exists. */
  h5Dir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Hops of reverse proxies in front of the server whose X-Forwarded-For is trusted. */
  trustProxy: number;
  wechat: { appId?: string; secret?: string; apiBase: string };
  /** Days a closed help request keeps its free text before it is erased. */
  retentionDays: number;
  sla: SlaPolicy;
  /**
   * How receipt codes are hashed: Argon2id always, except that a benchmark may measure the rest
   * of the intake without it (HULEI_RECEIPT_HASH=sha256, refused outside demo mode).
   */
  receiptHashing: 'argon2id' | 'sha256';
  /** Connections in the MySQL/MariaDB pool of each instance (HULEI_DB_POOL, default 20). */
  dbPool: number;
  /** How often the clock scheduler and the notification sender look for due work. */
  pollMs: number;
  /** Whether this process runs the clock scheduler and the notification sender (HULEI_SCHEDULERS=off to not). */
  schedulers: boolean;
  sms?: {
    apiBase: string;
    secretId: string;
    secretKey: string;
    sdkAppId: string;
    signName: string;
    templateId: string;
    region?: string;
  };
  /** WeChat subscribe-message template for cadre reminders; long-term for government accounts. */
  wechatTemplate?: { id: string; longTerm: boolean };
}

/** A configuration problem: the message names the variable and is printed as one line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function findRepoRoot(from: string = __dirname): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new ConfigError('找不到项目根目录 (pnpm-workspace.yaml)');
    dir = parent;
  }
  return dir;
}

type Env = Record<string, string | undefined>;

function nonEmpty(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function parsePort(env: Env): number {
  const raw = nonEmpty(env, 'PORT');
  if (raw === undefined) return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number (0–65535), got "${raw}"`);
  }
  return port;
}

function parseDatabase(env: Env, dataDir: string): DatabaseConfig {
  const url = nonEmpty(env, 'DATABASE_URL');
  if (url === undefined) return { kind: 'sqlite', path: join(dataDir, 'hulei.sqlite') };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError('DATABASE_URL is not a URL (expected mysql://user:password@host:3306/database)');
  }
  if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
    throw new ConfigError(`DATABASE_URL must start with mysql:// or mariadb://, got ${parsed.protocol}//`);
  }
  if (!parsed.hostname || parsed.pathname.length <= 1) {
    throw new ConfigError('DATABASE_URL must name a host and a database (mysql://user:password@host:3306/database)');
  }
  return { kind: 'mysql', url: url.replace(/^mariadb:/, 'mysql:') };
}

function parseKey(name: string, raw: string, bytes: number): Buffer {
  const key = Buffer.from(raw, 'base64');
  if (key.length !== bytes || key.toString('base64').replace(/=+$/, '') !== raw.replace(/=+$/, '')) {
    throw new ConfigError(`${name} must be ${bytes} random bytes in base64 (e.g. openssl rand -base64 ${bytes})`);
  }
  return key;
}

interface DemoSecrets {
  dataKey: string;
  tokenSecret: string;
  receiptSalt: string;
}

/** Demo mode keeps generated secrets beside the embedded database, readable by the owner only. */
function loadOrCreateDemoSecrets(dataDir: string): DemoSecrets {
  const file = join(dataDir, 'demo-secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DemoSecrets;
  mkdirSync(dataDir, { recursive: true });
  const secrets: DemoSecrets = {
    dataKey: randomBytes(32).toString('base64'),
    tokenSecret: randomBytes(32).toString('base64'),
    receiptSalt: randomBytes(16).toString('base64'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

const SMS_VARIABLES = [
  'SMS_API_BASE',
  'SMS_SECRET_ID',
  'SMS_SECRET_KEY',
  'SMS_SDK_APP_ID',
  'SMS_SIGN_NAME',
  'SMS_TEMPLATE_ID',
] as const;

/** SMS is configured all at once or not at all; half a configuration names what is missing. */
function smsConfig(env: Env): HuleiConfig['sms'] {
  const present = SMS_VARIABLES.filter((name) => nonEmpty(env, name));
  if (present.length === 0) return undefined;
  const missing = SMS_VARIABLES.filter((name) => !nonEmpty(env, name));
  if (missing.length) throw new ConfigError(`${missing[0]} is required when ${present[0]} is set (SMS channel)`);
  return {
    apiBase: nonEmpty(env, 'SMS_API_BASE')!,
    secretId: nonEmpty(env, 'SMS_SECRET_ID')!,
    secretKey: nonEmpty(env, 'SMS_SECRET_KEY')!,
    sdkAppId: nonEmpty(env, 'SMS_SDK_APP_ID')!,
    signName: nonEmpty(env, 'SMS_SIGN_NAME')!,
    templateId: nonEmpty(env, 'SMS_TEMPLATE_ID')!,
    region: nonEmpty(env, 'SMS_REGION'),
  };
}

/**
 * Reads and validates the environment. Throws ConfigError naming the variable at fault.
 * Production refuses to start without a real database, secrets and a data key.
 */
export function loadConfig(env: Env = process.env): HuleiConfig {
  const repoRoot = findRepoRoot();
  const dataDir = resolve(repoRoot, nonEmpty(env, 'HULEI_DATA_DIR') ?? 'data');
  const database = parseDatabase(env, dataDir);

  const modeRaw = nonEmpty(env, 'HULEI_MODE');
  if (modeRaw !== undefined && modeRaw !== 'demo' && modeRaw !== 'production') {
    throw new ConfigError(`HULEI_MODE must be "demo" or "production", got "${modeRaw}"`);
  }
  const mode: HuleiMode = modeRaw ?? (database.kind === 'sqlite' ? 'demo' : 'production');

  let dataKeyRaw = nonEmpty(env, 'HULEI_DATA_KEY');
  let tokenSecretRaw = nonEmpty(env, 'HULEI_TOKEN_SECRET');
  let receiptSaltRaw = nonEmpty(env, 'HULEI_RECEIPT_SALT');
  if (mode === 'production') {
    if (database.kind !== 'mysql') throw new ConfigError('DATABASE_URL is required in production mode (mysql://…)');
    if (!dataKeyRaw) throw new ConfigError('HULEI_DATA_KEY is required in production mode (32 bytes, base64)');
    if (!tokenSecretRaw) throw new ConfigError('HULEI_TOKEN_SECRET is required in production mode (32 bytes, base64)');
    if (!receiptSaltRaw) throw new ConfigError('HULEI_RECEIPT_SALT is required in production mode (16 bytes, base64)');
  } else if (!dataKeyRaw || !tokenSecretRaw || !receiptSaltRaw) {
    const demo = loadOrCreateDemoSecrets(dataDir);
    dataKeyRaw ??= demo.dataKey;
    tokenSecretRaw ??= demo.tokenSecret;
    receiptSaltRaw ??= demo.receiptSalt;
  }

  const dataKey: DataKey = {
    id: nonEmpty(env, 'HULEI_DATA_KEY_ID') ?? 'k1',
    key: parseKey('HULEI_DATA_KEY', dataKeyRaw, 32),
  };
  if (!/^[A-Za-z0-9_-]{1,16}$/.test(dataKey.id)) {
    throw new ConfigError('HULEI_DATA_KEY_ID must be 1–16 letters, digits, "-" or "_"');
  }
  const dataKeys = new Map<string, Buffer>([[dataKey.id, dataKey.key]]);
  // Retired keys stay readable: "k0:base64,kx:base64".
  for (const entry of (nonEmpty(env, 'HULEI_OLD_DATA_KEYS') ?? '').split(',').filter(Boolean)) {
    const [id, raw] = entry.split(':');
    if (!id || !raw) throw new ConfigError('HULEI_OLD_DATA_KEYS must look like "k0:<base64>,k00:<base64>"');
    dataKeys.set(id, parseKey('HULEI_OLD_DATA_KEYS', raw, 32));
  }

  const logLevelRaw = nonEmpty(env, 'HULEI_LOG_LEVEL') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevelRaw)) {
    throw new ConfigError(`HULEI_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  }
  const trustProxyRaw = nonEmpty(env, 'HULEI_TRUST_PROXY') ?? '0';
  const trustProxy = Number(trustProxyRaw);
  if (!Number.isInteger(trustProxy) || trustProxy < 0) {
    throw new ConfigError('HULEI_TRUST_PROXY must be the number of proxy hops in front of the server (0, 1, 2…)');
  }

  const retentionRaw = nonEmpty(env, 'HULEI_RETENTION_DAYS') ?? '180';
  const retentionDays = Number(retentionRaw);
  if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 3650) {
    throw new ConfigError('HULEI_RETENTION_DAYS must be a whole number of days between 1 and 3650');
  }

  let sla: SlaPolicy;
  try {
    sla = parseSlaPolicy(env.HULEI_SLA_POLICY);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const pollMs = Number(nonEmpty(env, 'HULEI_POLL_MS') ?? '250');
  if (!Number.isInteger(pollMs) || pollMs < 10 || pollMs > 60_000) {
    throw new ConfigError('HULEI_POLL_MS must be a whole number of milliseconds between 10 and 60000');
  }

  const receiptHashing = nonEmpty(env, 'HULEI_RECEIPT_HASH') ?? 'argon2id';
  if (receiptHashing !== 'argon2id' && receiptHashing !== 'sha256') {
    throw new ConfigError('HULEI_RECEIPT_HASH must be "argon2id" (or "sha256" for benchmarks in demo mode)');
  }
  if (receiptHashing === 'sha256' && mode !== 'demo') {
    throw new ConfigError('HULEI_RECEIPT_HASH=sha256 is for benchmarks only and is refused in production mode');
  }

  const dbPool = Number(nonEmpty(env, 'HULEI_DB_POOL') ?? '20');
  if (!Number.isInteger(dbPool) || dbPool < 1 || dbPool > 500) {
    throw new ConfigError('HULEI_DB_POOL must be a whole number of connections between 1 and 500');
  }

  const redisUrl = nonEmpty(env, 'REDIS_URL');
  if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl)) {
    throw new ConfigError('REDIS_URL must start with redis:// or rediss://');
  }

  return {
    mode,
    port: parsePort(env),
    repoRoot,
    dataDir,
    database,
    redisUrl,
    dataKey,
    dataKeys,
    tokenSecret: parseKey('HULEI_TOKEN_SECRET', tokenSecretRaw, 32),
    receiptSalt: parseKey('HULEI_RECEIPT_SALT', receiptSaltRaw, 16),
    h5Dir: resolve(repoRoot, nonEmpty(env, 'HULEI_H5_DIR') ?? 'miniapp/dist/h5'),
    logLevel: logLevelRaw as HuleiConfig['logLevel'],
    trustProxy,
    wechat: {
      appId: nonEmpty(env, 'WECHAT_APPID'),
      secret: nonEmpty(env, 'WECHAT_SECRET'),
      apiBase: nonEmpty(env, 'WECHAT_API_BASE') ?? 'https://api.weixin.qq.com',
    },
    retentionDays,
    sla,
    receiptHashing,
    dbPool,
    pollMs,
    schedulers: nonEmpty(env, 'HULEI_SCHEDULERS') !== 'off',
    sms: smsConfig(env),
    wechatTemplate: nonEmpty(env, 'WECHAT_TEMPLATE_ID')
      ? { id: nonEmpty(env, 'WECHAT_TEMPLATE_ID')!, longTerm: nonEmpty(env, 'WECHAT_TEMPLATE_LONG_TERM') === 'true' }
      : undefined,
  };
}

/** Injection token for the HuleiConfig object. */
export const HULEI_CONFIG = Symbol('HULEI_CONFIG');
