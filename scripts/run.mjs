// npm run <name>: the root scripts that need dependencies installed and the server built first.
import { buildServer, ensureInstalled, main, run, runPnpm, say } from './lib.mjs';

const [name, ...args] = process.argv.slice(2);

/** A script that needs the built server: builds it when its sources changed, then runs the script. */
function serverScript(path) {
  buildServer();
  run(process.execPath, [path, ...args]);
}

const COMMANDS = {
  'build:weapp': () => runPnpm(['--filter', '@hulei/miniapp', 'build:weapp']),
  'build:h5': () => runPnpm(['--filter', '@hulei/miniapp', 'build:h5']),
  'regions:import': () => {
    buildServer();
    run(process.execPath, ['server/dist/cli.js', 'migrate']);
    run(process.execPath, ['server/dist/cli.js', 'regions:import', ...args]);
  },
  'bench:regions': () => serverScript('server/bench/regions.mjs'),
  'bench:help': () => serverScript('server/bench/help.mjs'),
  'bench:identity': () => serverScript('server/bench/identity.mjs'),
  'bench:clocks': () => serverScript('server/bench/clocks.mjs'),
  'bench:markets': () => serverScript('server/bench/markets.mjs'),
  'bench:screening': () => serverScript('server/bench/screening.mjs'),
  'bench:reports': () => serverScript('server/bench/reports.mjs'),
  'bench:size': () => runPnpm(['--filter', '@hulei/miniapp', 'bench:size', ...args]),
  proof: () => serverScript('server/proof/run.mjs'),
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
