// Helpers for the root commands: find or fetch pinned pnpm, install only when manifests changed,
// rebuild only when sources changed, run steps with their output visible.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

export function say(line) {
  process.stderr.write(`\x1b[36m[hulei]\x1b[0m ${line}\n`);
}

/** pnpm at the pinned version: the one on PATH if it matches, else through npx (downloads once). */
let pnpmCache;
export function pnpm() {
  if (pnpmCache) return pnpmCache;
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  pnpmCache =
    probe.status === 0 && probe.stdout.trim() === PNPM_VERSION
      ? { cmd: 'pnpm', pre: [] }
      : { cmd: 'npx', pre: ['-y', `pnpm@${PNPM_VERSION}`] };
  return pnpmCache;
}

/** Environment for installs and builds: better-sqlite3 compiles against the running Node's headers. */
export function toolEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  const nodeDir = resolve(process.execPath, '..', '..');
  if (!env.npm_config_nodedir && existsSync(join(nodeDir, 'include', 'node'))) env.npm_config_nodedir = nodeDir;
  return env;
}

/** Runs a command with inherited output; throws with the command's name when it fails. */
export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options, env: toolEnv(options.env) });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const error = new Error(`${[cmd, ...args].join(' ')} exited with ${result.status ?? result.signal}`);
    error.exitCode = result.status ?? 1;
    throw error;
  }
}

export function runPnpm(args, options) {
  const { cmd, pre } = pnpm();
  run(cmd, [...pre, ...args], options);
}

/** Runs a long-lived process with inherited output, forwarding SIGINT/SIGTERM; resolves with its exit code. */
export function runForeground(cmd, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { stdio: 'inherit', cwd: root, env: toolEnv(options.env) });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

function hashFiles(paths) {
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(relative(root, path));
    hash.update(existsSync(path) ? readFileSync(path) : '');
  }
  return hash.digest('hex');
}

const MANIFESTS = [
  'package.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'shared/package.json',
  'server/package.json',
  'miniapp/package.json',
];

/** Installs dependencies unless the lockfile and manifests are what the last install saw. */
export function ensureInstalled() {
  const stamp = join(root, 'node_modules', '.hulei-install-stamp');
  const expected = hashFiles(MANIFESTS.map((m) => join(root, m)));
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === expected) return false;
  say('installing dependencies (the first time takes 2–3 minutes: better-sqlite3 compiles)…');
  runPnpm(['install', '--frozen-lockfile']);
  writeFileSync(stamp, expected);
  return true;
}

function listFiles(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(path, out);
    else out.push(path);
  }
  return out;
}

/** A fingerprint of source trees from paths, sizes and modification times: cheap on every start. */
function fingerprint(inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    const abs = join(root, input);
    const files = existsSync(abs) && statSync(abs).isDirectory() ? listFiles(abs).sort() : [abs];
    for (const file of files) {
      if (!existsSync(file)) continue;
      const stat = statSync(file);
      hash.update(`${relative(root, file)}:${stat.size}:${stat.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

/** Runs `build` unless `inputs` are unchanged since the stamp left in `outputDir` by the last build. */
export function buildIfChanged(name, inputs, outputDir, build) {
  const stamp = join(root, outputDir, '.hulei-build-stamp');
  const expected = fingerprint(inputs);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === expected) return false;
  say(`building ${name}…`);
  build();
  if (existsSync(join(root, outputDir))) writeFileSync(stamp, expected);
  return true;
}

export function hasScript(pkgDir, script) {
  const path = join(root, pkgDir, 'package.json');
  return existsSync(path) && Boolean(JSON.parse(readFileSync(path, 'utf8')).scripts?.[script]);
}

export function buildServer() {
  return buildIfChanged(
    'the server',
    [
      'shared/src',
      'shared/tsconfig.json',
      'shared/tsconfig.build.json',
      'server/src',
      'server/tsconfig.json',
      'server/tsconfig.build.json',
      'tsconfig.base.json',
    ],
    'server/dist',
    () => runPnpm(['--filter', '@hulei/server', 'build']),
  );
}

export function buildMiniapp(target) {
  if (!hasScript('miniapp', `build:${target}`)) return false;
  return buildIfChanged(
    `the ${target === 'h5' ? 'H5' : 'WeChat'} app`,
    [
      'shared/src',
      'miniapp/src',
      'miniapp/config',
      'miniapp/package.json',
      'miniapp/tsconfig.json',
      'miniapp/babel.config.js',
      'miniapp/project.config.json',
    ],
    `miniapp/dist/${target}`,
    () => runPnpm(['--filter', '@hulei/miniapp', `build:${target}`]),
  );
}

/** Runs a main function and turns a failure into a short message and the exit code. */
export function main(fn) {
  Promise.resolve()
    .then(fn)
    .then((code) => process.exit(typeof code === 'number' ? code : 0))
    .catch((error) => {
      say(`failed: ${error.message}`);
      process.exit(error.exitCode || 1);
    });
}
