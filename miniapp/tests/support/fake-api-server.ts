import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Reply =
  | {
      status: number;
      body?: unknown;
      headers?: Record<string, string>;
      /** Send `body` as it is, not as JSON. */ raw?: boolean;
    }
  | 'hang';
export type Handler = (request: RecordedRequest) => Reply;

/**
 * A real HTTP server on loopback that answers like the 护蕾 API, so requests go through Taro's
 * browser request code (fetch over jsdom's XMLHttpRequest) exactly as in the H5 build.
 */
export class FakeApiServer {
  readonly requests: RecordedRequest[] = [];
  private server?: Server;
  private readonly hanging = new Set<ServerResponse>();
  private lastRequestAt = 0;

  constructor(public handler: Handler) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      // jsdom enforces CORS: the page origin is http://localhost, this server another port.
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Idempotency-Key, Accept');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, HEAD');
      res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
      if (req.method === 'OPTIONS') {
        res.writeHead(204).end();
        return;
      }
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        const recorded = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body };
        this.requests.push(recorded);
        this.lastRequestAt = Date.now();
        const reply = this.handler(recorded);
        if (reply === 'hang') {
          this.hanging.add(res);
          return;
        }
        res.writeHead(reply.status, { 'Content-Type': 'application/json; charset=utf-8', ...reply.headers });
        res.end(reply.body === undefined ? '' : reply.raw ? String(reply.body) : JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** Waits until no request has arrived for a while, so a test's late calls do not spill into the next. */
  async settle(quietMs = 100): Promise<void> {
    while (Date.now() - this.lastRequestAt < quietMs) await new Promise((resolve) => setTimeout(resolve, quietMs));
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** A closed loopback port: connecting to it fails at once, like a phone with no signal. */
export async function unusedOrigin(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
