// npm run proof [-- --short] [--seed N] [--only dropped,crashes,two,hostile,leaks,deps] [--keep]:
// the whole system under stress — dropped responses, crashes, two instances, hostile input, what
// leaks, dependencies — with real server processes, MariaDB, Redis and the fake providers. Full
// mode by default; `--short` is what `npm test` runs (parts 1–4 in two chains side by side). Needs
// TEST_DATABASE_URL, TEST_REDIS_URL and a built server/dist. Exits 1 when any check fails.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crashes } from './crashes.mjs';
import { dependencies } from './dependencies.mjs';
import { droppedResponses } from './dropped-responses.mjs';
import { hostileInput } from './hostile-input.mjs';
import { seededRandom } from './lib/net.mjs';
import { markdown } from './lib/report.mjs';
import { dropDatabases, runDir } from './lib/stack.mjs';
import { twoInstances } from './two-instances.mjs';
import { whatLeaks } from './what-leaks.mjs';

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
// Each part draws from its own stream, so a seed replays a part whatever runs beside it.
const randomFor = (n) => seededRandom(seed + n * 1_000_003);

const SIZES = {
  full: { requests: 10_000, kills: 10, crashSeconds: 180, crashRate: 6, soakSeconds: 600, fuzzRuns: 150 },
  short: { requests: 500, kills: 3, crashSeconds: 75, crashRate: 4, soakSeconds: 120, fuzzRuns: 15 },
}[mode];

const PARTS = {
  dropped: () => droppedResponses({ count: Number(option('--requests') ?? SIZES.requests), random: randomFor(1) }),
  crashes: () =>
    crashes({ kills: SIZES.kills, loadSeconds: SIZES.crashSeconds, rate: SIZES.crashRate, random: randomFor(2) }),
  two: () => twoInstances({ seconds: Number(option('--soak') ?? SIZES.soakSeconds), random: randomFor(3) }),
  hostile: () =>
    hostileInput({ runsPerRoute: Number(option('--fuzz-runs') ?? SIZES.fuzzRuns), seed, random: randomFor(4) }),
  leaks: () => whatLeaks({ seed }),
  deps: () => dependencies(),
};

console.log(`护蕾 proof, ${mode} mode, seed ${seed} (replay with --seed ${seed})`);
const started = Date.now();
const parts = [];
let failed = false;
const runPart = async (name) => {
  if (!wanted(name)) return;
  try {
    parts.push(await PARTS[name]());
  } catch (error) {
    failed = true;
    console.error(`✗ part "${name}" stopped: ${error.stack ?? error}`);
  }
};
try {
  if (short) {
    // The soak and the crash run mostly wait; two chains side by side keep CI to a few minutes.
    const chain = async (...names) => {
      for (const name of names) await runPart(name);
    };
    await Promise.all([chain('two', 'hostile'), chain('dropped', 'crashes')]);
  } else {
    for (const name of ['dropped', 'crashes', 'two', 'hostile']) await runPart(name);
  }
  // Last: the scan looks for everything the parts above put in.
  await runPart('leaks');
  await runPart('deps');
} finally {
  if (!args.includes('--keep')) await dropDatabases().catch((error) => console.error(error));
}
const seconds = (Date.now() - started) / 1000;
const order = ['1.', '2.', '3.', '4.', '5.', '6.'];
parts.sort((a, b) => order.findIndex((o) => a.title.startsWith(o)) - order.findIndex((o) => b.title.startsWith(o)));
writeFileSync(join(runDir(), 'report.md'), markdown({ mode, seed, seconds, parts }));
const failures = parts.flatMap((p) => p.checks.filter((c) => !c.ok).map((c) => `${p.title}: ${c.name}`));
const total = parts.reduce((n, p) => n + p.checks.length, 0);
console.log(
  `\nproof ${mode} mode took ${(seconds / 60).toFixed(1)} min (seed ${seed}); report in ${join(runDir(), 'report.md')}`,
);
for (const f of failures) console.log(`✗ ${f}`);
console.log(`proof: ${total - failures.length} passed, ${failures.length} failed`);
process.exit(failed || failures.length ? 1 : 0);
