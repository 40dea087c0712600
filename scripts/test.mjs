// npm test: every check and every test, in the order a failure is cheapest to find.
// `npm test -- <word>` runs only the steps whose name contains the word (e.g. "mariadb", "h5").
import { buildMiniapp, buildServer, ensureInstalled, hasScript, main, run, runPnpm, say } from './lib.mjs';

const server = (script, env) => () => runPnpm(['--filter', '@hulei/server', 'exec', ...script], { env });
const miniapp = (script) => () => runPnpm(['--filter', '@hulei/miniapp', script]);
const miniappHas = (script) => hasScript('miniapp', script);

const STEPS = [
  { name: 'lint', run: () => runPnpm(['exec', 'eslint', '--max-warnings', '0', '.']) },
  { name: 'format', run: () => runPnpm(['exec', 'prettier', '--check', '--log-level', 'warn', '.']) },
  {
    name: 'types',
    run: () => {
      runPnpm(['--filter', '@hulei/shared', 'exec', 'tsc', '--noEmit', '-p', 'tsconfig.json']);
      runPnpm(['--filter', '@hulei/server', 'exec', 'tsc', '--noEmit', '-p', 'tsconfig.json']);
      if (miniappHas('build:h5'))
        runPnpm(['--filter', '@hulei/miniapp', 'exec', 'tsc', '--noEmit', '-p', 'tsconfig.json']);
    },
  },
  { name: 'build server', run: () => buildServer() },
  { name: 'api contract is current', run: server(['node', 'scripts/api-contract.mjs', '--check']) },
  // Two workers even on two cores (jest's default would be one): the suites mostly wait on the
  // database and on the servers they start, and each test file has a database of its own.
  { name: 'server tests on SQLite', run: server(['jest', '--maxWorkers=2'], { HULEI_TEST_DB: 'sqlite' }) },
  { name: 'server tests on MariaDB', run: server(['jest', '--maxWorkers=2'], { HULEI_TEST_DB: 'mariadb' }) },
  { name: 'proof (short mode)', run: () => run(process.execPath, ['server/proof/run.mjs', '--short']) },
  { name: 'miniapp unit tests', when: () => miniappHas('test'), run: miniapp('test') },
  { name: 'build weapp', when: () => miniappHas('build:weapp'), run: () => buildMiniapp('weapp') },
  {
    name: 'weapp checks (WeChat compiler, code quality, simulator)',
    when: () => miniappHas('test:weapp'),
    run: miniapp('test:weapp'),
  },
  { name: 'build h5', when: () => miniappHas('build:h5'), run: () => buildMiniapp('h5') },
  { name: 'h5 end to end in Chromium', when: () => miniappHas('test:e2e'), run: miniapp('test:e2e') },
];

main(() => {
  const filter = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  ensureInstalled();
  const timings = [];
  for (const step of STEPS) {
    if (filter.length && !filter.some((word) => step.name.includes(word))) continue;
    if (step.when && !step.when()) continue;
    say(`▶ ${step.name}`);
    const started = Date.now();
    try {
      step.run();
    } catch (error) {
      say(`✗ ${step.name} failed`);
      throw error;
    }
    timings.push(`${step.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  say(`all passed\n  ${timings.join('\n  ')}`);
  return 0;
});
