// npm run proof [-- --short] [--seed N] [--only dropped,crashes,…] — the whole system under stress:
// dropped responses, crashes, two instances, hostile input, what leaks, dependencies. Full mode by
// default; `--short` is the run `npm test` makes. Needs MariaDB (TEST_DATABASE_URL), Redis
// (TEST_REDIS_URL) and a built server (server/dist). Exits 1 when any check fails.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crashes } from './crashes.mjs';
import { droppedResponses } from './dropped-responses.mjs';
import { seededRandom } from './lib/net.mjs';
import { markdown } from './lib/report.mjs';
import { dropDatabases, runDir } from './lib/stack.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const short = args.includes('--short');
const mode = short ? 'short' : 'full';
const seed = Number(option('--seed') ?? Math.floor(Math.random() * 2 ** 31));
const only = option('--only')?.split(',');
const wanted = (name) => !only || only.includes(name);
const random = seededRandom(seed);

const SIZES = {
  full: { requests: 10_000, kills: 10, crashLoadSeconds: 180, crashRate: 6 },
  short: { requests: 500, kills: 3, crashLoadSeconds: 75, crashRate: 4 },
}[mode];

console.log(`护蕾 proof, ${mode} mode, seed ${seed} (replay with --seed ${seed})`);
const started = Date.now();
const parts = [];
let failed = false;
try {
  if (wanted('dropped'))
    parts.push(await droppedResponses({ count: Number(option('--requests') ?? SIZES.requests), random }));
  if (wanted('crashes'))
    parts.push(
      await crashes({ kills: SIZES.kills, loadSeconds: SIZES.crashLoadSeconds, rate: SIZES.crashRate, random }),
    );
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  if (!args.includes('--keep')) await dropDatabases().catch((error) => console.error(error));
}
const seconds = (Date.now() - started) / 1000;
const report = markdown({ mode, seed, seconds, parts });
writeFileSync(join(runDir(), 'report.md'), report);
const failures = parts.flatMap((p) => p.checks.filter((c) => !c.ok).map((c) => `${p.title}: ${c.name}`));
const total = parts.reduce((n, p) => n + p.checks.length, 0);
console.log(`\nproof ${mode} mode took ${(seconds / 60).toFixed(1)} min; report in ${join(runDir(), 'report.md')}`);
for (const f of failures) console.log(`✗ ${f}`);
console.log(`${total - failures.length} passed, ${failures.length} failed`);
process.exit(failed || failures.length ? 1 : 0);
