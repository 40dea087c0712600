import { WechatApiError, type WechatApiName } from './wechat-api-error';

export interface WechatClientOptions {
  appId: string;
  secret: string;
  /** `https://api.weixin.qq.com` in production; a fake server's base URL in tests. */
  apiBase: string;
  /** Per request, reading the answer included. Default 8 s. */
  timeoutMs?: number;
}

/** Who logged in. The session_key is dropped on purpose: nothing in 护蕾 decrypts WeChat data. */
export interface WechatSession {
  openid: string;
  unionid?: string;
}

export type WxaEnvVersion = 'release' | 'trial' | 'develop';

export interface UnlimitedQrCodeRequest {
  /** At most 32 visible characters of `0-9 A-Z a-z !#$&'()*+,/:;=?@-._~`; the landing page reads it. */
  scene: string;
  /** A page of the published mini-program, without a leading `/` or a query: `pages/market/index`. */
  page: string;
  /** Default true at WeChat: the page must exist in the published version. */
  checkPath?: boolean;
  envVersion?: WxaEnvVersion;
  /** 280–1280 px; WeChat's default is 430. */
  width?: number;
}

export type MiniprogramState = 'developer' | 'trial' | 'formal';

export interface SubscribeMessage {
  toOpenId: string;
  templateId: string;
  /** Page opened from the message card; may carry a query (`pages/cadre/inbox?id=1`). */
  page?: string;
  /** Template keywords, e.g. `{ thing1: '您有一条新的求助，请及时处理', time2: '2025-01-01 08:00' }`. */
  data: Record<string, string | number>;
  miniprogramState?: MiniprogramState;
  lang?: 'zh_CN' | 'en_US' | 'zh_HK' | 'zh_TW';
}

const DEFAULT_TIMEOUT_MS = 8_000;
const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]*$/;
const ENV_VERSIONS: ReadonlySet<string> = new Set(['release', 'trial', 'develop']);
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);

interface RawAnswer {
  status: number;
  contentType: string;
  body: Buffer;
}

interface CachedToken {
  value: string;
  /** Refresh from this instant on, a little before WeChat's own expiry. */
  refreshAt: number;
}

/**
 * The WeChat server APIs 护蕾 uses, over Node's fetch. The access token is kept in memory, one
 * refresh at a time; a token WeChat rejects (40001/40014/42001) is refreshed once and the call is
 * retried once. Nothing here logs: errors carry everything, and never a secret.
 */
export class WechatClient {
  private readonly apiBase: string;
  private readonly timeoutMs: number;
  private cached?: CachedToken;
  private inFlight?: Promise<string>;

  constructor(private readonly options: WechatClientOptions) {
    if (!options.appId || !options.secret) throw new TypeError('WechatClient needs an appId and a secret');
    this.apiBase = new URL(options.apiBase).toString().replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** auth.code2Session: the openid (and unionid, when the app is bound to an open platform account). */
  async code2Session(jsCode: string): Promise<WechatSession> {
    if (typeof jsCode !== 'string' || jsCode.length === 0) {
      throw WechatApiError.invalidArgument('code2Session', 41008, 'js_code is empty');
    }
    if (jsCode.length > 256 || /\s/.test(jsCode)) {
      throw WechatApiError.invalidArgument('code2Session', 40029, 'js_code is not a login code');
    }
    const query = new URLSearchParams({
      appid: this.options.appId,
      secret: this.options.secret,
      js_code: jsCode,
      grant_type: 'authorization_code',
    });
    const answer = await this.exchange('code2Session', `/sns/jscode2session?${query}`, { method: 'GET' });
    const json = this.parseJson('code2Session', answer);
    this.throwOnErrcode('code2Session', json, jsCode);
    if (typeof json.openid !== 'string' || json.openid.length === 0) {
      throw new WechatApiError({ api: 'code2Session', kind: 'retryable', reason: 'malformed', detail: 'no openid' });
    }
    const session: WechatSession = { openid: json.openid };
    if (typeof json.unionid === 'string' && json.unionid.length > 0) session.unionid = json.unionid;
    return session;
  }

  /** wxacode.getUnlimited: the mini-program code image (PNG or JPEG bytes). */
  async getUnlimitedQrCode(request: UnlimitedQrCodeRequest): Promise<Buffer> {
    validateQrCodeRequest(request);
    const body: Record<string, unknown> = { scene: request.scene, page: request.page };
    if (request.checkPath !== undefined) body.check_path = request.checkPath;
    if (request.envVersion !== undefined) body.env_version = request.envVersion;
    if (request.width !== undefined) body.width = request.width;

    return this.withAccessToken(async (token) => {
      const answer = await this.postJson('getUnlimitedQrCode', '/wxa/getwxacodeunlimit', token, body);
      // Success is the image itself; failure is JSON, whatever the status line says.
      if (answer.contentType.startsWith('image/')) {
        if (startsWith(answer.body, PNG_MAGIC) || startsWith(answer.body, JPEG_MAGIC)) return answer.body;
        throw new WechatApiError({
          api: 'getUnlimitedQrCode',
          kind: 'retryable',
          reason: 'malformed',
          detail: 'image is neither PNG nor JPEG',
        });
      }
      const json = this.parseJson('getUnlimitedQrCode', answer);
      this.throwOnErrcode('getUnlimitedQrCode', json, token);
      throw new WechatApiError({
        api: 'getUnlimitedQrCode',
        kind: 'retryable',
        reason: 'malformed',
        detail: 'no image in the answer',
      });
    });
  }

  /** subscribeMessage.send: one subscribe message to one user. */
  async sendSubscribeMessage(message: SubscribeMessage): Promise<void> {
    if (!message.toOpenId) throw WechatApiError.invalidArgument('sendSubscribeMessage', 40003, 'touser is empty');
    if (!message.templateId) {
      throw WechatApiError.invalidArgument('sendSubscribeMessage', 40037, 'template_id is empty');
    }
    const entries = Object.entries(message.data ?? {});
    if (entries.length === 0) throw WechatApiError.invalidArgument('sendSubscribeMessage', 47003, 'data is empty');
    const body: Record<string, unknown> = {
      touser: message.toOpenId,
      template_id: message.templateId,
      data: Object.fromEntries(entries.map(([key, value]) => [key, { value: String(value) }])),
    };
    if (message.page !== undefined) body.page = message.page;
    if (message.miniprogramState !== undefined) body.miniprogram_state = message.miniprogramState;
    if (message.lang !== undefined) body.lang = message.lang;

    await this.withAccessToken(async (token) => {
      const answer = await this.postJson('sendSubscribeMessage', '/cgi-bin/message/subscribe/send', token, body);
      this.throwOnErrcode('sendSubscribeMessage', this.parseJson('sendSubscribeMessage', answer), token);
    });
  }

  /**
   * A valid access token from getStableAccessToken, from memory while it is fresh. Concurrent
   * callers share one request.
   */
  async getAccessToken(): Promise<string> {
    if (this.cached && Date.now() < this.cached.refreshAt) return this.cached.value;
    return this.refresh(false);
  }

  private refresh(forceRefresh: boolean): Promise<string> {
    this.inFlight ??= this.fetchStableToken(forceRefresh).finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async fetchStableToken(forceRefresh: boolean): Promise<string> {
    const answer = await this.exchange('stableToken', '/cgi-bin/stable_token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credential',
        appid: this.options.appId,
        secret: this.options.secret,
        force_refresh: forceRefresh,
      }),
    });
    const json = this.parseJson('stableToken', answer);
    this.throwOnErrcode('stableToken', json);
    const { access_token: value, expires_in: expiresIn } = json;
    if (typeof value !== 'string' || value.length === 0 || typeof expiresIn !== 'number' || !(expiresIn > 0)) {
      throw new WechatApiError({ api: 'stableToken', kind: 'retryable', reason: 'malformed', detail: 'no token' });
    }
    // Five minutes early at the usual 7200 s, a tenth of the lifetime for short-lived tokens.
    const marginMs = Math.min(5 * 60_000, (expiresIn * 1000) / 10);
    this.cached = { value, refreshAt: Date.now() + expiresIn * 1000 - marginMs };
    return value;
  }

  /** Runs `call` with a token; on a rejected token, refreshes once and retries once. */
  private async withAccessToken<T>(call: (token: string) => Promise<T>): Promise<T> {
    const token = await this.getAccessToken();
    try {
      return await call(token);
    } catch (error) {
      if (!(error instanceof WechatApiError) || error.kind !== 'tokenExpired') throw error;
      return call(await this.replaceRejectedToken(token));
    }
  }

  /**
   * A token other than `rejected`. Normal mode first, so other server instances sharing the stable
   * token keep theirs; force_refresh only when WeChat hands back the very token it just rejected.
   */
  private async replaceRejectedToken(rejected: string): Promise<string> {
    for (const forceRefresh of [false, true]) {
      if (this.cached?.value === rejected) this.cached = undefined;
      const token = await (this.inFlight ?? (this.cached ? this.cached.value : this.refresh(forceRefresh)));
      if (token !== rejected) return token;
    }
    return rejected;
  }

  private postJson(api: WechatApiName, path: string, token: string, body: unknown): Promise<RawAnswer> {
    return this.exchange(api, `${path}?access_token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  /** One HTTP exchange with a deadline covering the body too; transport failures become WechatApiError. */
  private async exchange(api: WechatApiName, pathAndQuery: string, init: RequestInit): Promise<RawAnswer> {
    let status: number;
    let contentType: string;
    let body: Buffer;
    try {
      const response = await fetch(`${this.apiBase}${pathAndQuery}`, {
        ...init,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = response.status;
      contentType = (response.headers.get('content-type') ?? '').toLowerCase();
      body = Buffer.from(await response.arrayBuffer());
    } catch (error) {
      // The URL can hold the secret or a token: only a name or an errno code leaves this block.
      if (isTimeout(error)) {
        throw new WechatApiError({ api, kind: 'retryable', reason: 'timeout', detail: `${this.timeoutMs} ms` });
      }
      throw new WechatApiError({ api, kind: 'retryable', reason: 'network', detail: networkCode(error) });
    }
    if (status >= 500 || status === 429) {
      throw new WechatApiError({ api, kind: 'retryable', reason: 'httpStatus', httpStatus: status });
    }
    if (status < 200 || status >= 300) {
      throw new WechatApiError({ api, kind: 'permanent', reason: 'httpStatus', httpStatus: status });
    }
    return { status, contentType, body };
  }

  private parseJson(api: WechatApiName, answer: RawAnswer): Record<string, unknown> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(answer.body.toString('utf8'));
    } catch {
      throw new WechatApiError({ api, kind: 'retryable', reason: 'malformed', detail: 'not JSON' });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new WechatApiError({ api, kind: 'retryable', reason: 'malformed', detail: 'not a JSON object' });
    }
    return parsed as Record<string, unknown>;
  }

  /** `sensitive`: what this call sent that must not come back in the error (token, js_code). */
  private throwOnErrcode(api: WechatApiName, json: Record<string, unknown>, ...sensitive: string[]): void {
    const errcode = json.errcode;
    if (errcode === undefined || errcode === 0) return;
    if (typeof errcode !== 'number') {
      throw new WechatApiError({ api, kind: 'retryable', reason: 'malformed', detail: 'errcode is not a number' });
    }
    const errmsg = typeof json.errmsg === 'string' ? this.scrub(json.errmsg, sensitive) : undefined;
    throw WechatApiError.fromErrcode(api, errcode, errmsg);
  }

  /**
   * WeChat's errmsg is free text: cut it short, blank what this client holds secret and any long
   * token-like run (access tokens are over 100 characters; a rid is 26).
   */
  private scrub(text: string, sensitive: string[]): string {
    let result = text;
    for (const secret of [this.options.secret, this.cached?.value, ...sensitive]) {
      if (secret) result = result.split(secret).join('***');
    }
    return result.replace(/[A-Za-z0-9_-]{40,}/g, '***').slice(0, 200);
  }
}

function validateQrCodeRequest(request: UnlimitedQrCodeRequest): void {
  const { scene, page, width, envVersion } = request;
  if (typeof scene !== 'string' || scene.length === 0 || scene.length > 32) {
    throw WechatApiError.invalidArgument('getUnlimitedQrCode', 40169, 'scene must be 1–32 characters');
  }
  if (!SCENE_CHARS.test(scene)) {
    throw WechatApiError.invalidArgument('getUnlimitedQrCode', 40129, "scene allows 0-9 A-Z a-z !#$&'()*+,/:;=?@-._~");
  }
  if (typeof page !== 'string' || page.length === 0 || page.startsWith('/') || page.includes('?')) {
    throw WechatApiError.invalidArgument('getUnlimitedQrCode', 41030, 'page is a path like pages/x/index');
  }
  if (page.includes('scancode_time')) {
    throw WechatApiError.invalidArgument('getUnlimitedQrCode', 85096, 'page may not name scancode_time');
  }
  if (width !== undefined && (!Number.isInteger(width) || width < 280 || width > 1280)) {
    throw WechatApiError.invalidArgument('getUnlimitedQrCode', 40097, 'width must be 280–1280');
  }
  if (envVersion !== undefined && !ENV_VERSIONS.has(envVersion)) {
    throw WechatApiError.invalidArgument('getUnlimitedQrCode', 40097, 'envVersion must be release, trial or develop');
  }
}

function startsWith(body: Buffer, magic: Buffer): boolean {
  return body.length >= magic.length && body.subarray(0, magic.length).equals(magic);
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown })?.name;
  const causeName = (error as { cause?: { name?: unknown } })?.cause?.name;
  return name === 'TimeoutError' || causeName === 'TimeoutError';
}

/** `ECONNREFUSED`, `UND_ERR_SOCKET`…: says what failed without repeating the URL. */
function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; name?: unknown } })?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.name === 'string') return cause.name;
  const name = (error as { name?: unknown })?.name;
  return typeof name === 'string' ? name : 'unknown';
}
