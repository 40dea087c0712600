// Writes the OpenAPI document (server/openapi.json) and the types-only TypeScript generated from it
// (shared/src/api-types.ts). With --check, writes nothing and fails when either file is stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const documentPath = join(serverDir, 'openapi.json');
const typesPath = resolve(serverDir, '../shared/src/api-types.ts');
const check = process.argv.includes('--check');

const tmp = mkdtempSync(join(tmpdir(), 'hulei-openapi-'));
try {
  const freshDocument = join(tmp, 'openapi.json');
  execFileSync(process.execPath, [join(serverDir, 'dist/cli.js'), 'openapi', '--out', freshDocument], {
    stdio: ['ignore', 'inherit', 'pipe'],
    env: { ...process.env, HULEI_DATA_DIR: tmp, HULEI_MODE: 'demo', DATABASE_URL: '' },
  });
  const documentText = readFileSync(freshDocument, 'utf8');
  const ast = await openapiTS(JSON.parse(documentText));
  const typesText =
    '// Generated from server/openapi.json by server/scripts/api-contract.mjs. Do not edit by hand.\n' +
    '/* eslint-disable */\n' +
    astToString(ast);

  const stale = [];
  for (const [path, text] of [
    [documentPath, documentText],
    [typesPath, typesText],
  ]) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current === text) continue;
    if (check) stale.push(path);
    else writeFileSync(path, text);
  }
  if (stale.length) {
    console.error(`API contract is stale: ${stale.join(', ')}\nRun: pnpm --filter @hulei/server api:contract`);
    process.exit(1);
  }
  console.error(check ? 'API contract is up to date' : `wrote ${documentPath} and ${typesPath}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
