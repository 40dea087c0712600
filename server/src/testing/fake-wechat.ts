import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';

/**
 * A local stand-in for api.weixin.qq.com: the four endpoints 护蕾 calls, with WeChat's request and
 * answer shapes and errcodes, on a loopback port.
 *
 *   const wechat = await startFakeWechat();
 *   const client = new WechatClient({ appId: wechat.appId, secret: wechat.secret, apiBase: wechat.baseUrl });
 *   const { code, openid } = wechat.issueLoginCode();
 *   wechat.failNext({ errcode: 45011 });   // the next business call answers 45011
 *   wechat.calls;                          // everything received, secrets left out
 *   await wechat.close();
 */

export type FakeWechatEndpoint = 'jscode2session' | 'stable_token' | 'getwxacodeunlimit' | 'subscribe/send';

/** How a call can be made to fail; `hang` never answers, `drop` closes the socket, `malformed` sends broken JSON. */
export type FakeWechatFailure =
  'hang' | 'drop' | 'malformed' | { errcode: number; errmsg?: string } | { status: number; body?: string };

export interface FailNextOptions {
  /** How many calls fail; 1 by default. */
  times?: number;
  /** Which endpoint; by default any except stable_token, so a token fetch does not eat the failure. */
  endpoint?: FakeWechatEndpoint;
}

export interface FakeWechatCall {
  endpoint: FakeWechatEndpoint | 'unknown';
  method: string;
  /** Query and body with `secret` and `access_token` removed. */
  query: Record<string, string>;
  body?: unknown;
  /** Which issued token was presented (1 for the first issued), when it was one of ours. */
  tokenNo?: number;
  /** What the fake answered: 0 for success, an errcode, or the injected failure. */
  outcome: number | 'hang' | 'drop' | 'malformed' | `http ${number}`;
}

export interface FakeWechatOptions {
  appId?: string;
  secret?: string;
  /** Lifetime of issued access tokens; WeChat's is 7200 s. */
  tokenLifetimeSeconds?: number;
  /** Published pages; when given, a page outside it answers 41030 unless check_path is false. */
  pages?: string[];
  /** Approved templates and their keywords; when given, others answer 40037, wrong keywords 47003. */
  templates?: Record<string, string[]>;
}

export interface FakeWechatUser {
  openid: string;
  unionid?: string;
}

export interface FakeWechat {
  baseUrl: string;
  appId: string;
  secret: string;
  calls: FakeWechatCall[];
  /** Subscribe messages accepted, in order. */
  sentMessages: Array<{ touser: string; templateId: string; page?: string; data: Record<string, string> }>;
  /** Number of access tokens issued so far. */
  readonly tokensIssued: number;
  /** A one-time js_code for wx.login, mapped to a user (a fresh openid unless given). */
  issueLoginCode(user?: Partial<FakeWechatUser>): { code: string } & FakeWechatUser;
  failNext(failure: FakeWechatFailure, options?: FailNextOptions): void;
  /** This user has not subscribed, or refused: subscribe/send answers 43101. */
  refuse(openid: string): void;
  /** Every token issued so far is past its lifetime: the next use answers 42001. */
  expireAccessTokens(): void;
  /** Every token issued so far is invalidated: the next use answers 40001. */
  revokeAccessTokens(): void;
  close(): Promise<void>;
}

/** A plausible openid: 28 characters starting with "o", like WeChat's. */
export function fakeOpenId(): string {
  return `o${randomBytes(21).toString('base64url').slice(0, 27)}`;
}

const OPENID = /^o[A-Za-z0-9_-]{27}$/;
const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/;
const ENV_VERSIONS = new Set(['release', 'trial', 'develop']);
const MINIPROGRAM_STATES = new Set(['developer', 'trial', 'formal']);
/** Prefix of the text inside the fake's QR codes; decodeFakeWxaCode reads it back. */
const WXACODE_PREFIX = 'hulei-fake-wxacode:';

interface IssuedToken {
  no: number;
  expiresAt: number;
  revoked: boolean;
}

interface PendingFailure {
  failure: FakeWechatFailure;
  remaining: number;
  endpoint?: FakeWechatEndpoint;
}

const ERRMSG: Record<number, string> = {
  [-1]: 'system error',
  40001: 'invalid credential, access_token is invalid or not latest',
  40002: 'invalid grant_type',
  40003: 'invalid openid',
  40013: 'invalid appid',
  40014: 'invalid access_token',
  40029: 'invalid code',
  40037: 'invalid template_id',
  40097: 'invalid args',
  40125: 'invalid appsecret',
  40129: 'invalid scene',
  40163: 'code been used',
  40169: 'invalid length for scene, or the data is not json string',
  40226: 'code blocked',
  41001: 'access_token missing',
  41008: 'missing code',
  41030: 'invalid page',
  42001: 'access_token expired',
  43002: 'require POST method',
  43101: 'user refuse to accept the msg',
  45009: 'reach max api daily quota limit',
  45011: 'api minute-quota reach limit  mustslower  retry next minute',
  47001: 'data format error',
  47003: 'argument invalid!',
  85096: 'not allow include scancode_time field',
};

export async function startFakeWechat(options: FakeWechatOptions = {}): Promise<FakeWechat> {
  const appId = options.appId ?? 'wxfake0000000001';
  const secret = options.secret ?? randomBytes(16).toString('hex');
  const lifetimeMs = (options.tokenLifetimeSeconds ?? 7200) * 1000;
  const renewWindowMs = Math.min(5 * 60_000, lifetimeMs / 10);
  const calls: FakeWechatCall[] = [];
  const sentMessages: FakeWechat['sentMessages'] = [];
  const tokens = new Map<string, IssuedToken>();
  const loginCodes = new Map<string, FakeWechatUser & { used: boolean }>();
  const refused = new Set<string>();
  const failures: PendingFailure[] = [];
  let current: string | undefined;
  let tokensIssued = 0;

  function rid(): string {
    return `${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}`;
  }

  function errorBody(errcode: number, detail = ''): { errcode: number; errmsg: string } {
    return { errcode, errmsg: `${ERRMSG[errcode] ?? 'error'}${detail ? ` ${detail}` : ''} rid: ${rid()}` };
  }

  function issueToken(): { value: string; token: IssuedToken } {
    tokensIssued += 1;
    const value = `${tokensIssued}_${randomBytes(48).toString('base64url')}`;
    const token = { no: tokensIssued, expiresAt: Date.now() + lifetimeMs, revoked: false };
    tokens.set(value, token);
    current = value;
    return { value, token };
  }

  function takeFailure(endpoint: FakeWechatEndpoint): FakeWechatFailure | undefined {
    const index = failures.findIndex((pending) =>
      pending.endpoint === undefined ? endpoint !== 'stable_token' : pending.endpoint === endpoint,
    );
    if (index < 0) return undefined;
    const pending = failures[index];
    pending.remaining -= 1;
    if (pending.remaining <= 0) failures.splice(index, 1);
    return pending.failure;
  }

  /** 0 when the token is good, else the errcode WeChat would answer. */
  function checkToken(value: string | null, call: FakeWechatCall): number {
    if (!value) return 41001;
    const token = tokens.get(value);
    if (!token) return /^\d+_[A-Za-z0-9_-]{20,}$/.test(value) ? 40001 : 40014;
    call.tokenNo = token.no;
    if (token.revoked) return 40001;
    if (Date.now() >= token.expiresAt) return 42001;
    return 0;
  }

  function stableToken(body: Record<string, unknown>): object {
    if (body.grant_type !== 'client_credential') return errorBody(40002);
    if (body.appid !== appId) return errorBody(40013);
    if (body.secret !== secret) return errorBody(40125);
    const live = current ? tokens.get(current) : undefined;
    if (body.force_refresh === true) {
      // Force mode invalidates the previous token at once, for every holder.
      if (live) live.revoked = true;
    } else if (current && live && !live.revoked && live.expiresAt - Date.now() > renewWindowMs) {
      // Normal mode hands out the same token with its remaining lifetime; inside the renewal
      // window (5 min at WeChat, a tenth of short test lifetimes) it issues the next one, and the
      // old one stays valid until it expires.
      return { access_token: current, expires_in: Math.floor((live.expiresAt - Date.now()) / 1000) };
    }
    const { value } = issueToken();
    return { access_token: value, expires_in: Math.floor(lifetimeMs / 1000) };
  }

  function code2Session(query: URLSearchParams): object {
    if (query.get('appid') !== appId) return errorBody(40013);
    if (query.get('secret') !== secret) return errorBody(40125);
    if (query.get('grant_type') !== 'authorization_code') return errorBody(40002);
    const code = query.get('js_code');
    if (!code) return errorBody(41008);
    const login = loginCodes.get(code);
    if (!login) return errorBody(40029);
    if (login.used) return errorBody(40163);
    login.used = true;
    const answer: Record<string, string> = {
      session_key: randomBytes(16).toString('base64'),
      openid: login.openid,
    };
    if (login.unionid) answer.unionid = login.unionid;
    return answer;
  }

  async function wxaCode(body: Record<string, unknown>): Promise<Buffer | object> {
    const { scene, page, check_path: checkPath, env_version: envVersion, width } = body;
    if (typeof scene !== 'string' || scene.length === 0 || scene.length > 32) return errorBody(40169);
    if (!SCENE_CHARS.test(scene)) return errorBody(40129);
    if (page !== undefined && typeof page !== 'string') return errorBody(40097);
    if (typeof page === 'string' && page.includes('scancode_time')) return errorBody(85096);
    if (typeof page === 'string' && (page.startsWith('/') || page.includes('?'))) return errorBody(41030);
    if (checkPath !== undefined && typeof checkPath !== 'boolean') return errorBody(40097);
    if (checkPath !== false && options.pages && typeof page === 'string' && !options.pages.includes(page)) {
      return errorBody(41030);
    }
    if (envVersion !== undefined && (typeof envVersion !== 'string' || !ENV_VERSIONS.has(envVersion))) {
      return errorBody(40097);
    }
    if (width !== undefined && (typeof width !== 'number' || width < 280 || width > 1280)) return errorBody(40097);
    const text = WXACODE_PREFIX + JSON.stringify({ scene, page: page ?? '', env_version: envVersion ?? 'release' });
    return QRCode.toBuffer(text, { type: 'png', width: typeof width === 'number' ? width : 430, margin: 2 });
  }

  function subscribeSend(body: Record<string, unknown>): object {
    const { touser, template_id: templateId, data, page, miniprogram_state: state } = body;
    if (typeof touser !== 'string' || !OPENID.test(touser)) return errorBody(40003);
    if (typeof templateId !== 'string' || templateId.length === 0) return errorBody(40037);
    const keywords = options.templates?.[templateId];
    if (options.templates && !keywords) return errorBody(40037);
    if (state !== undefined && (typeof state !== 'string' || !MINIPROGRAM_STATES.has(state))) return errorBody(40097);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return errorBody(47003, 'data invalid');
    const values: Record<string, string> = {};
    for (const [key, entry] of Object.entries(data as Record<string, unknown>)) {
      const value = (entry as { value?: unknown } | null)?.value;
      if (typeof value !== 'string' || !keywordValueValid(key, value))
        return errorBody(47003, `data.${key}.value invalid`);
      if (keywords && !keywords.includes(key)) return errorBody(47003, `data.${key} not in template`);
      values[key] = value;
    }
    if (keywords?.some((key) => !(key in values))) return errorBody(47003, 'data missing keyword');
    if (refused.has(touser)) return errorBody(43101);
    sentMessages.push({ touser, templateId, page: typeof page === 'string' ? page : undefined, data: values });
    return { errcode: 0, errmsg: 'ok', msgid: Number(randomBytes(4).readUInt32BE()) };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const endpoint = endpointOf(url.pathname);
    const query = Object.fromEntries(
      [...url.searchParams].filter(([key]) => key !== 'secret' && key !== 'access_token'),
    );
    const call: FakeWechatCall = { endpoint: endpoint ?? 'unknown', method: req.method ?? 'GET', query, outcome: 0 };
    calls.push(call);
    const raw = await readBody(req);

    let body: Record<string, unknown> | undefined;
    if (req.method === 'POST') {
      try {
        const parsed: unknown = JSON.parse(raw.toString('utf8'));
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
          body = parsed as Record<string, unknown>;
          const { secret: _secret, ...recorded } = body;
          call.body = recorded;
        }
      } catch {
        body = undefined;
      }
    }

    if (!endpoint) {
      res.writeHead(404, { 'Content-Type': 'text/html' }).end('<html><body>404 Not Found</body></html>');
      call.outcome = 'http 404';
      return;
    }
    const failure = takeFailure(endpoint);
    if (failure !== undefined && injectFailure(failure, req, res, call)) return;

    // jscode2session's JSON is labelled text/plain here, as it has been seen to be: clients must not rely on the header.
    const jsonType = endpoint === 'jscode2session' ? 'text/plain' : 'application/json; encoding=utf-8';
    const answerJson = (payload: object): void => {
      const errcode = (payload as { errcode?: number }).errcode;
      call.outcome = errcode ?? 0;
      res.writeHead(200, { 'Content-Type': jsonType }).end(JSON.stringify(payload));
    };

    if (failure !== undefined && typeof failure === 'object' && 'errcode' in failure) {
      answerJson({
        errcode: failure.errcode,
        errmsg: `${failure.errmsg ?? ERRMSG[failure.errcode] ?? 'error'} rid: ${rid()}`,
      });
      return;
    }

    if (endpoint === 'jscode2session') {
      answerJson(req.method === 'GET' ? code2Session(url.searchParams) : errorBody(43002));
      return;
    }
    if (req.method !== 'POST') return answerJson(errorBody(43002));
    if (!body) return answerJson(errorBody(47001));
    if (endpoint === 'stable_token') return answerJson(stableToken(body));

    const tokenError = checkToken(url.searchParams.get('access_token'), call);
    if (tokenError !== 0) return answerJson(errorBody(tokenError));
    if (endpoint === 'subscribe/send') return answerJson(subscribeSend(body));

    const image = await wxaCode(body);
    if (!Buffer.isBuffer(image)) return answerJson(image);
    call.outcome = 0;
    // WeChat labels the code image/jpeg; the bytes here are PNG, which the client accepts too.
    res.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Length': image.length }).end(image);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`fake wechat error: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    appId,
    secret,
    calls,
    sentMessages,
    get tokensIssued() {
      return tokensIssued;
    },
    issueLoginCode(user = {}) {
      const code = randomBytes(16).toString('hex');
      const entry = { openid: user.openid ?? fakeOpenId(), unionid: user.unionid, used: false };
      loginCodes.set(code, entry);
      return { code, openid: entry.openid, ...(entry.unionid ? { unionid: entry.unionid } : {}) };
    },
    failNext(failure, failOptions = {}) {
      failures.push({ failure, remaining: failOptions.times ?? 1, endpoint: failOptions.endpoint });
    },
    refuse(openid) {
      refused.add(openid);
    },
    expireAccessTokens() {
      for (const token of tokens.values()) token.expiresAt = Math.min(token.expiresAt, Date.now());
    },
    revokeAccessTokens() {
      for (const token of tokens.values()) token.revoked = true;
    },
    close: () => closeServer(server),
  };
}

/** Reads back what a fake mini-program code points to: the scene and page it was made for. */
export function decodeFakeWxaCode(image: Buffer): { scene: string; page: string; envVersion: string } {
  const png = PNG.sync.read(image);
  const decoded = jsQR(
    new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
    png.width,
    png.height,
  );
  if (!decoded) throw new Error('no QR code found in the image');
  if (!decoded.data.startsWith(WXACODE_PREFIX)) throw new Error('not a fake mini-program code');
  const payload = JSON.parse(decoded.data.slice(WXACODE_PREFIX.length)) as {
    scene: string;
    page: string;
    env_version: string;
  };
  return { scene: payload.scene, page: payload.page, envVersion: payload.env_version };
}

/** WeChat's own length rules for the keyword kinds a 护蕾 template uses. */
function keywordValueValid(key: string, value: string): boolean {
  const kind = key.replace(/\d+$/, '');
  const length = [...value].length;
  switch (kind) {
    case 'thing':
      return length > 0 && length <= 20;
    case 'phrase':
      return length > 0 && length <= 5;
    case 'name':
      return length > 0 && length <= 10;
    case 'character_string':
      return length > 0 && length <= 32 && /^[A-Za-z0-9_\-.:]+$/.test(value);
    case 'number':
      return length > 0 && length <= 32 && /^\d+(\.\d+)?$/.test(value);
    default:
      return length > 0;
  }
}

function endpointOf(pathname: string): FakeWechatEndpoint | undefined {
  switch (pathname) {
    case '/sns/jscode2session':
      return 'jscode2session';
    case '/cgi-bin/stable_token':
      return 'stable_token';
    case '/wxa/getwxacodeunlimit':
      return 'getwxacodeunlimit';
    case '/cgi-bin/message/subscribe/send':
      return 'subscribe/send';
    default:
      return undefined;
  }
}

/** Plays a transport-level failure; false when the failure is an errcode the endpoint must answer. */
function injectFailure(
  failure: FakeWechatFailure,
  req: IncomingMessage,
  res: ServerResponse,
  call: FakeWechatCall,
): boolean {
  if (failure === 'hang') {
    call.outcome = 'hang';
    return true;
  }
  if (failure === 'drop') {
    call.outcome = 'drop';
    req.socket.destroy();
    return true;
  }
  if (failure === 'malformed') {
    call.outcome = 'malformed';
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"errcode":0,"errmsg":');
    return true;
  }
  if ('status' in failure) {
    call.outcome = `http ${failure.status}`;
    res.writeHead(failure.status, { 'Content-Type': 'text/html' }).end(failure.body ?? '<html>Bad Gateway</html>');
    return true;
  }
  return false;
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Closes the server, cutting hanging requests and idle keep-alive sockets. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
