import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

// The real server and a real browser, both on this machine only.

const REPO = resolve(__dirname, '../..');
export const H5_DIR = resolve(__dirname, '../dist/h5');
export const SERVER_DIST = join(REPO, 'server/dist');

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium is not installed: apt-get install -y chromium');
  }
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise<void>((done) => probe.close(() => done()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function waitForHealth(origin: string, server: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (server.exitCode !== null) throw new Error(`the server exited:\n${log()}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the server did not answer /api/health:\n${log()}`);
}

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Extra environment, e.g. HULEI_SLA_POLICY with deadlines of seconds. */
  env?: Record<string, string>;
  /** Runs after the seed, before the server starts, with the server's environment (e.g. to add accounts). */
  prepare?: (env: NodeJS.ProcessEnv) => void;
}

/** Migrates and seeds a fresh data folder, then serves the API and the H5 build on loopback. */
export async function startServer(h5Dir = H5_DIR, options: ServerOptions = {}): Promise<RunningServer> {
  for (const [what, path] of [
    ['server/dist', join(SERVER_DIST, 'main.js')],
    ['miniapp/dist/h5', join(h5Dir, 'index.html')],
  ]) {
    if (!existsSync(path)) throw new Error(`${what} is missing: build it first (npm run build:h5, server build)`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'hulei-e2e-'));
  const port = await freePort();
  const env = { ...process.env, ...options.env, HULEI_DATA_DIR: dataDir, HULEI_H5_DIR: h5Dir, PORT: String(port) };
  for (const command of ['migrate', 'seed']) {
    execFileSync(process.execPath, [join(SERVER_DIST, 'cli.js'), command], { env, stdio: 'pipe' });
  }
  options.prepare?.(env);
  const server = spawn(process.execPath, [join(SERVER_DIST, 'main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  await waitForHealth(origin, server, () => output);
  return {
    origin,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((done) => server.once('exit', done));
        server.kill('SIGTERM');
        await Promise.race([exited, new Promise((done) => setTimeout(done, 3000))]);
        if (server.exitCode === null) server.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Debian Chromium with an empty profile, sized like a phone. */
export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'hulei-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    isMobile: true,
    hasTouch: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
