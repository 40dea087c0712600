// bench:size — builds 护蕾 and a bare two-page Taro React app (the floor) with the same toolchain, and
// prints, for each: WeChat main package and subpackage bytes, H5 first-load JS (gzip) and the
// Lighthouse mobile performance score of the H5 home page. Nothing here is a test: it only measures.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, get } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { FLOOR_FILES } from './floor-app.mjs';

const require = createRequire(import.meta.url);
const MINIAPP = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARO = join(MINIAPP, 'node_modules/.bin/taro');
const TARGETS = { mainKB: 340, h5GzipKB: 120, lighthouse: 95 };
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function log(line) {
  process.stderr.write(`[bench:size] ${line}\n`);
}

function build(appDir, type) {
  const started = Date.now();
  const result = spawnSync(TARO, ['build', '--type', type], { cwd: appDir, encoding: 'utf8', env: process.env });
  if (result.status !== 0)
    throw new Error(`taro build --type ${type} failed in ${appDir}:\n${result.stdout}\n${result.stderr}`);
  return (Date.now() - started) / 1000;
}

/** The floor app lives in a temp folder inside miniapp/ so it resolves the same node_modules. */
function writeFloorApp() {
  const parent = join(MINIAPP, '.bench');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'floor-'));
  for (const [path, content] of Object.entries(FLOOR_FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Bytes per package as WeChat's own analyser counts them (miniprogram-ci analyseCode). */
async function weappSizes(weappDir, keyPath) {
  const ci = require('miniprogram-ci');
  ci.proxy('http://127.0.0.1:9'); // the tool asks a WeChat host for a list; keep it on this machine
  const project = new ci.Project({
    appid: 'touristappid',
    type: 'miniProgram',
    projectPath: weappDir,
    privateKeyPath: keyPath,
    ignores: ['node_modules/**/*'],
  });
  const quiet = console.log;
  console.log = () => undefined;
  try {
    const analysis = await ci.analyseCode(project, { silent: true });
    const sizes = { main: 0 };
    for (const file of analysis.files) {
      const name = file.subPackage ? file.subPackage.replace(/\/$/, '') : 'main';
      sizes[name] = (sizes[name] ?? 0) + file.size;
    }
    return sizes;
  } finally {
    console.log = quiet;
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** Serves an H5 build like a production web server would: gzip, and index.html for app routes. */
async function serveStatic(root) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    const gzip = /gzip/.test(req.headers['accept-encoding'] ?? '') && /text|javascript|json/.test(type);
    res.writeHead(200, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    res.end(gzip ? gzipSync(body, { level: 9 }) : body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

function chromiumPath() {
  return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
}

/** JS the browser fetches to show the home page, each file gzip -9 as a server would send it. */
async function firstLoadJs(origin, h5Dir) {
  const { chromium } = require('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'hulei-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: FLAGS,
    viewport: { width: 390, height: 844 },
  });
  try {
    const page = await context.newPage();
    const scripts = new Set();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    let gzip = 0;
    let raw = 0;
    for (const path of scripts) {
      const body = readFileSync(join(h5Dir, path));
      raw += body.length;
      gzip += gzipSync(body, { level: 9 }).length;
    }
    return { files: scripts.size, raw, gzip };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function freePort() {
  const probe = createServer();
  await new Promise((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  return port;
}

/** Lighthouse's mobile preset (simulated slow 4G, mid-range phone) on the home page, same Chromium. */
async function lighthouseScore(url) {
  const { default: lighthouse } = await import('lighthouse');
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'hulei-lh-'));
  const chrome = spawn(
    chromiumPath(),
    [...FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  try {
    for (let i = 0; i < 100; i++) {
      const up = await new Promise((done) => {
        get(`http://127.0.0.1:${port}/json/version`, (res) => {
          res.resume();
          done(res.statusCode === 200);
        }).on('error', () => done(false));
      });
      if (up) break;
      await sleep(100);
    }
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    return Math.round(result.lhr.categories.performance.score * 100);
  } finally {
    chrome.kill('SIGKILL');
    await sleep(200);
    rmSync(profile, { recursive: true, force: true });
  }
}

async function measure(name, appDir) {
  log(`${name}: building weapp and h5…`);
  const weappSeconds = build(appDir, 'weapp');
  const h5Seconds = build(appDir, 'h5');
  const keyDir = mkdtempSync(join(tmpdir(), 'hulei-key-'));
  const keyPath = join(keyDir, 'private.key');
  writeFileSync(
    keyPath,
    generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }),
  );
  const packages = await weappSizes(join(appDir, 'dist/weapp'), keyPath);
  rmSync(keyDir, { recursive: true, force: true });
  const h5Dir = join(appDir, 'dist/h5');
  const server = await serveStatic(h5Dir);
  try {
    log(`${name}: measuring the H5 home page in Chromium…`);
    const js = await firstLoadJs(server.origin, h5Dir);
    const score = await lighthouseScore(`${server.origin}/`);
    return { packages, js, score, weappSeconds, h5Seconds };
  } finally {
    await server.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (ours, floor) => (floor ? `${(ours / floor).toFixed(2)}×` : '—');

async function main() {
  const floorDir = writeFloorApp();
  try {
    const ours = await measure('护蕾', MINIAPP);
    const floor = await measure('floor', floorDir);
    const rows = [
      [
        'weapp main package',
        kb(ours.packages.main),
        kb(floor.packages.main),
        ratio(ours.packages.main, floor.packages.main),
        `≤ ${TARGETS.mainKB} KB`,
        ours.packages.main <= TARGETS.mainKB * 1024,
      ],
      ...Object.keys(ours.packages)
        .filter((name) => name !== 'main')
        .sort()
        .map((name) => [`weapp subpackage ${name}`, kb(ours.packages[name]), '—', '—', '', true]),
      [
        'H5 first-load JS (gzip)',
        kb(ours.js.gzip),
        kb(floor.js.gzip),
        ratio(ours.js.gzip, floor.js.gzip),
        `≤ ${TARGETS.h5GzipKB} KB`,
        ours.js.gzip <= TARGETS.h5GzipKB * 1024,
      ],
      ['H5 first-load JS (raw)', kb(ours.js.raw), kb(floor.js.raw), ratio(ours.js.raw, floor.js.raw), '', true],
      ['H5 JS files on first load', String(ours.js.files), String(floor.js.files), '', '', true],
      [
        'Lighthouse mobile performance',
        String(ours.score),
        String(floor.score),
        ratio(ours.score, floor.score),
        `≥ ${TARGETS.lighthouse}`,
        ours.score >= TARGETS.lighthouse,
      ],
      [
        'build time weapp / h5',
        `${ours.weappSeconds.toFixed(1)} s / ${ours.h5Seconds.toFixed(1)} s`,
        `${floor.weappSeconds.toFixed(1)} s / ${floor.h5Seconds.toFixed(1)} s`,
        '',
        '',
        true,
      ],
    ];
    const header = ['measure', '护蕾', 'floor', 'ours / floor', 'target', 'met'];
    const table = [header, ...rows.map((row) => [...row.slice(0, 5), row[4] ? (row[5] ? 'yes' : 'NO') : ''])];
    const widths = header.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
    console.log(`\n| ${header.map((h, i) => h.padEnd(widths[i])).join(' | ')} |`);
    console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const row of table.slice(1))
      console.log(`| ${row.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`);
    console.log(
      '\nweapp bytes: miniprogram-ci analyseCode; H5: files the home page loads, gzip -9; Lighthouse: mobile preset, simulated throttling.',
    );
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
    // The floor build leaves nothing else behind; 护蕾's dist is rebuilt as a side effect, as `build:*` would.
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
