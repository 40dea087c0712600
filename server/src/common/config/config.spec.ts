import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

const KEY32 = Buffer.alloc(32, 7).toString('base64');
const KEY16 = Buffer.alloc(16, 3).toString('base64');
const production = {
  DATABASE_URL: 'mysql://app:app@127.0.0.1:3306/hulei',
  HULEI_DATA_KEY: KEY32,
  HULEI_TOKEN_SECRET: KEY32,
  HULEI_RECEIPT_SALT: KEY16,
};

function dataDir(): string {
  return mkdtempSync(join(tmpdir(), 'hulei-config-'));
}

function errorOf(env: Record<string, string>): string {
  try {
    loadConfig({ HULEI_DATA_DIR: dataDir(), ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('runs in demo mode on the embedded database with nothing configured, generating its secrets once', () => {
    const dir = dataDir();
    const first = loadConfig({ HULEI_DATA_DIR: dir });
    expect(first.mode).toBe('demo');
    expect(first.port).toBe(3000);
    expect(first.database).toEqual({ kind: 'sqlite', path: join(dir, 'hulei.sqlite') });
    expect(first.dataKey.key).toHaveLength(32);
    expect(statSync(join(dir, 'demo-secrets.json')).mode & 0o777).toBe(0o600);
    const second = loadConfig({ HULEI_DATA_DIR: dir });
    expect(second.dataKey.key.equals(first.dataKey.key)).toBe(true);
    expect(readFileSync(join(dir, 'demo-secrets.json'), 'utf8')).toContain(first.dataKey.key.toString('base64'));
  });

  it('is production by default once DATABASE_URL is set, and then needs every secret', () => {
    expect(errorOf({ DATABASE_URL: production.DATABASE_URL })).toMatch(/^HULEI_DATA_KEY is required/);
    expect(errorOf({ ...production, HULEI_TOKEN_SECRET: '' })).toMatch(/^HULEI_TOKEN_SECRET is required/);
    expect(errorOf({ ...production, HULEI_RECEIPT_SALT: '' })).toMatch(/^HULEI_RECEIPT_SALT is required/);
    const config = loadConfig({ HULEI_DATA_DIR: dataDir(), ...production });
    expect(config.mode).toBe('production');
    expect(config.database).toEqual({ kind: 'mysql', url: production.DATABASE_URL });
  });

  it('refuses production mode on the embedded database', () => {
    expect(errorOf({ HULEI_MODE: 'production' })).toMatch(/^DATABASE_URL is required in production mode/);
  });

  it('names the variable at fault', () => {
    expect(errorOf({ PORT: 'eighty' })).toMatch(/^PORT /);
    expect(errorOf({ HULEI_MODE: 'staging' })).toMatch(/^HULEI_MODE /);
    expect(errorOf({ DATABASE_URL: 'postgres://x@y/z' })).toMatch(/^DATABASE_URL must start with mysql:\/\//);
    expect(errorOf({ DATABASE_URL: 'not a url' })).toMatch(/^DATABASE_URL is not a URL/);
    expect(errorOf({ DATABASE_URL: 'mysql://app@host' })).toMatch(/^DATABASE_URL must name a host and a database/);
    expect(errorOf({ ...production, HULEI_DATA_KEY: 'c2hvcnQ=' })).toMatch(/^HULEI_DATA_KEY must be 32 random bytes/);
    expect(errorOf({ REDIS_URL: 'localhost:6379' })).toMatch(/^REDIS_URL /);
    expect(errorOf({ HULEI_LOG_LEVEL: 'loud' })).toMatch(/^HULEI_LOG_LEVEL /);
  });

  it('allows the benchmark receipt hashing only in demo mode', () => {
    expect(loadConfig({ HULEI_DATA_DIR: dataDir(), HULEI_RECEIPT_HASH: 'sha256' }).receiptHashing).toBe('sha256');
    expect(errorOf({ ...production, HULEI_RECEIPT_HASH: 'sha256' })).toMatch(
      /^HULEI_RECEIPT_HASH=sha256 is for benchmarks only/,
    );
    expect(errorOf({ HULEI_RECEIPT_HASH: 'md5' })).toMatch(/^HULEI_RECEIPT_HASH must be/);
  });

  it('accepts mariadb:// as an alias of mysql://', () => {
    const config = loadConfig({ HULEI_DATA_DIR: dataDir(), ...production, DATABASE_URL: 'mariadb://a:b@h:3306/d' });
    expect(config.database).toEqual({ kind: 'mysql', url: 'mysql://a:b@h:3306/d' });
  });

  it('keeps retired data keys readable by id', () => {
    const old = Buffer.alloc(32, 9).toString('base64');
    const config = loadConfig({
      HULEI_DATA_DIR: dataDir(),
      ...production,
      HULEI_DATA_KEY_ID: 'k2',
      HULEI_OLD_DATA_KEYS: `k1:${old}`,
    });
    expect(config.dataKey.id).toBe('k2');
    expect([...config.dataKeys.keys()]).toEqual(['k2', 'k1']);
  });
});

describe('the SLA policy', () => {
  it('defaults to the campaign’s deadlines and takes overrides in minutes, fractions allowed', () => {
    const defaults = loadConfig({ HULEI_DATA_DIR: dataDir() }).sla;
    expect(defaults.helpRequest.acknowledgeMinutes).toEqual({ urgent: 30, normal: 1440 });
    expect(defaults.publicOpinion).toEqual({
      provinceToCityMinutes: 20,
      cityToCountyMinutes: 10,
      countyToTownMinutes: 10,
      feedbackMinutes: 120,
    });
    const fast = loadConfig({
      HULEI_DATA_DIR: dataDir(),
      HULEI_SLA_POLICY: '{"helpRequest":{"acknowledgeMinutes":{"urgent":0.05,"normal":0.1}}}',
    }).sla;
    expect(fast.helpRequest.acknowledgeMinutes).toEqual({ urgent: 0.05, normal: 0.1 });
    expect(fast.helpRequest.policeReportMinutes).toBe(120);
  });

  it('stops the start with one line naming the key at fault', () => {
    expect(errorOf({ HULEI_SLA_POLICY: '{"helpRequest":' })).toBe('HULEI_SLA_POLICY is not valid JSON');
    expect(errorOf({ HULEI_SLA_POLICY: '{"helpRequest":{"acknowledgeMinute":{}}}' })).toBe(
      'HULEI_SLA_POLICY.helpRequest.acknowledgeMinute is not a policy setting',
    );
    expect(errorOf({ HULEI_SLA_POLICY: '{"publicOpinion":{"cityToCountyMinutes":-1}}' })).toBe(
      'HULEI_SLA_POLICY.publicOpinion.cityToCountyMinutes must be a positive number of minutes',
    );
    expect(errorOf({ HULEI_SLA_POLICY: '{"helpRequest":{"acknowledgeMinutes":{"urgent":"soon"}}}' })).toBe(
      'HULEI_SLA_POLICY.helpRequest.acknowledgeMinutes.urgent must be a positive number of minutes',
    );
  });

  it('wants the SMS channel configured whole', () => {
    expect(errorOf({ SMS_API_BASE: 'http://127.0.0.1:9' })).toMatch(
      /^SMS_SECRET_ID is required when SMS_API_BASE is set/,
    );
  });
});
