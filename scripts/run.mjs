// npm run <name>: the root scripts that need dependencies installed and the server built first.
import { buildServer, ensureInstalled, main, run, runPnpm, say } from './lib.mjs';

const [name, ...args] = process.argv.slice(2);

const COMMANDS = {
  'build:weapp': () => runPnpm(['--filter', '@hulei/miniapp', 'build:weapp']),
  'build:h5': () => runPnpm(['--filter', '@hulei/miniapp', 'build:h5']),
  'regions:import': () => {
    buildServer();
    run(process.execPath, ['server/dist/cli.js', 'migrate']);
    run(process.execPath, ['server/dist/cli.js', 'regions:import', ...args]);
  },
  'bench:regions': () => {
    buildServer();
    run(process.execPath, ['server/bench/regions.mjs', ...args]);
  },
  'bench:help': () => {
    buildServer();
    run(process.execPath, ['server/bench/help.mjs', ...args]);
  },
  'bench:identity': () => {
    buildServer();
    run(process.execPath, ['server/bench/identity.mjs', ...args]);
  },
  'bench:clocks': () => {
    buildServer();
    run(process.execPath, ['server/bench/clocks.mjs', ...args]);
  },
  'bench:markets': () => {
    buildServer();
    run(process.execPath, ['server/bench/markets.mjs', ...args]);
  },
  'bench:screening': () => {
    buildServer();
    run(process.execPath, ['server/bench/screening.mjs', ...args]);
  },
  'bench:reports': () => {
    buildServer();
    run(process.execPath, ['server/bench/reports.mjs', ...args]);
  },
  'bench:size': () => runPnpm(['--filter', '@hulei/miniapp', 'bench:size', ...args]),
  proof: () => {
    buildServer();
    run(process.execPath, ['server/proof/run.mjs', ...args]);
  },
};

main(() => {
  const command = COMMANDS[name];
  if (!command) {
    say(`unknown command "${name}"; one of: ${Object.keys(COMMANDS).join(', ')}`);
    return 2;
  }
  ensureInstalled();
  command();
  return 0;
});
