import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The WeChat build under test; `pnpm build:weapp` makes it. */
export const WEAPP_DIR = resolve(__dirname, '../dist/weapp');

export function assertBuilt(): void {
  if (!existsSync(join(WEAPP_DIR, 'app.json'))) {
    throw new Error(`${WEAPP_DIR} is missing: run "pnpm --filter @hulei/miniapp build:weapp" first`);
  }
}

export interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
}

export function readAppJson(): AppJson {
  return JSON.parse(readFileSync(join(WEAPP_DIR, 'app.json'), 'utf8')) as AppJson;
}

/** Every page path the app declares, main package first. */
export function allPages(app: AppJson): string[] {
  return [...app.pages, ...(app.subPackages ?? []).flatMap(({ root, pages }) => pages.map((p) => `${root}/${p}`))];
}

/** A throwaway upload key: miniprogram-ci wants one even for offline checks; it is never used to upload. */
export function throwawayPrivateKey(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hulei-mpci-'));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const path = join(dir, 'private.key');
  writeFileSync(path, privateKey.export({ type: 'pkcs1', format: 'pem' }));
  return path;
}
