// npm start: install what is missing, build what changed, migrate, seed demo data once, serve.
import { buildMiniapp, buildServer, ensureInstalled, main, run, runForeground, say } from './lib.mjs';

main(async () => {
  ensureInstalled();
  buildServer();
  buildMiniapp('h5');
  run(process.execPath, ['server/dist/cli.js', 'migrate']);
  run(process.execPath, ['server/dist/cli.js', 'seed']);
  say(`starting on http://localhost:${process.env.PORT || 3000}  (Ctrl+C to stop)`);
  return runForeground(process.execPath, ['server/dist/main.js']);
});
