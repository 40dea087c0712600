import Taro from '@tarojs/taro';
import type { ApiPaths } from '@hulei/shared';
import { ApiError, OFFLINE_MESSAGE, errorFromResponse, errorFromTransportFailure } from './errors';

// Typed access to the server: paths, parameters and bodies come from the generated OpenAPI types.

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Verb<M extends HttpMethod> = Lowercase<M>;

/** Paths of the API that define method M. */
export type PathsWith<M extends HttpMethod> = {
  [P in keyof ApiPaths]: ApiPaths[P] extends { [K in Verb<M>]: infer Op } ? ([Op] extends [never] ? never : P) : never;
}[keyof ApiPaths];

type Operation<P extends keyof ApiPaths, M extends HttpMethod> = NonNullable<ApiPaths[P][Verb<M> & keyof ApiPaths[P]]>;

type JsonContent<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;

/** The body of the operation's 200 or 201 answer. */
export type ResponseOf<Op> = Op extends { responses: infer R }
  ? R extends { 200: infer S }
    ? JsonContent<S>
    : R extends { 201: infer S }
      ? JsonContent<S>
      : undefined
  : never;

type PathParamsOf<Op> = Op extends { parameters: { path: infer PP } } ? PP : never;
type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? Q : never;
type BodyOf<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

type Maybe<Key extends string, T> = [T] extends [never] | [undefined] ? { [K in Key]?: never } : { [K in Key]: T };
type MaybeOptional<Key extends string, T> = [T] extends [never] | [undefined]
  ? { [K in Key]?: never }
  : { [K in Key]?: T };

export type CallOptions<Op> = Maybe<'path', PathParamsOf<Op>> &
  MaybeOptional<'query', QueryOf<Op>> &
  MaybeOptional<'body', BodyOf<Op>> & {
    /** Sent as the Idempotency-Key header; it also makes a POST safe to retry. */
    idempotencyKey?: string;
  };

export interface TransportRequest {
  url: string;
  method: HttpMethod;
  header: Record<string, string>;
  data?: unknown;
  timeout: number;
}
export interface TransportResponse {
  statusCode: number;
  data: unknown;
  header: Record<string, string | undefined>;
}
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** A cadre's session as the wrapper sees it; the cadre subpackage supplies it (cadre/session.ts). */
export interface SessionHooks {
  /** Whether a call to this path carries the bearer token (anonymous routes never do). */
  sendsTokenTo(path: string): boolean;
  accessToken(): string | undefined;
  /** Trades the refresh token for new tokens after `refused` was refused; false when the session has ended. */
  renew(refused: string): Promise<boolean>;
  /** The server refused the session for good: forget it and ask the cadre to log in again. */
  end(error: ApiError): void;
}

/** The only place in the app that calls Taro.request. */
export const taroTransport: Transport = async ({ url, method, header, data, timeout }) => {
  const response = await Taro.request({ url, method, header, data, timeout, dataType: 'json' });
  return { statusCode: response.statusCode, data: response.data, header: response.header ?? {} };
};

export interface ApiClientOptions {
  /** Server origin; '' for the same origin (H5). A function is read at each call. */
  baseUrl: string | (() => string);
  timeoutMs?: number;
  /** Extra attempts after the first, for calls that are safe to repeat. */
  retries?: number;
  /** First backoff delay; doubles with each retry. */
  backoffMs?: number;
  /** Longest Retry-After we are willing to wait before retrying a 429. */
  maxRetryAfterMs?: number;
  transport?: Transport;
  /** The cadre's session, read at each call; absent for anonymous use. */
  session?: () => SessionHooks | undefined;
  sleep?: (ms: number) => Promise<void>;
}

const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);

function isRetryable(error: ApiError): boolean {
  return error.kind === 'offline' || error.kind === 'timeout' || error.kind === 'busy' || error.kind === 'rate_limited';
}

function fillPath(template: string, params: Record<string, string | number> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const pairs = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

function headerOf(header: Record<string, string | undefined>, name: string): string | undefined {
  return Object.entries(header).find(([key]) => key.toLowerCase() === name)?.[1];
}

function retryAfterMs(header: Record<string, string | undefined>): number | undefined {
  const raw = headerOf(header, 'retry-after');
  const seconds = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createApiClient(options: ApiClientOptions) {
  const {
    baseUrl,
    timeoutMs = 10_000,
    retries = 2,
    backoffMs = 500,
    maxRetryAfterMs = 5_000,
    transport = taroTransport,
    session: sessionOf = () => undefined,
    sleep = defaultSleep,
  } = options;

  async function send(request: TransportRequest): Promise<unknown> {
    let response: TransportResponse;
    try {
      response = await transport(request);
    } catch (failure) {
      throw errorFromTransportFailure(failure);
    }
    if (response.statusCode >= 200 && response.statusCode < 300) {
      // A web page where JSON was due: a Wi-Fi login page or an operator's proxy answered, not the server.
      if (!/json/i.test(headerOf(response.header, 'content-type') ?? 'json'))
        throw new ApiError('offline', OFFLINE_MESSAGE);
      return response.data;
    }
    const error = errorFromResponse(response.statusCode, response.data);
    throw Object.assign(error, { retryAfterMs: retryAfterMs(response.header) });
  }

  async function call<M extends HttpMethod, P extends PathsWith<M>>(
    method: M,
    path: P,
    ...[callOptions]: OptionsArg<P, M>
  ): Promise<ResponseOf<Operation<P, M>>> {
    const {
      path: pathParams,
      query,
      body,
      idempotencyKey,
    } = (callOptions ?? {}) as {
      path?: Record<string, string | number>;
      query?: Record<string, unknown>;
      body?: unknown;
      idempotencyKey?: string;
    };
    const header: Record<string, string> = { Accept: 'application/json' };
    const session = sessionOf();
    const authenticated = Boolean(session?.sendsTokenTo(path));
    let sentToken: string | undefined;
    const authorize = () => {
      sentToken = authenticated ? session?.accessToken() : undefined;
      if (sentToken) header.Authorization = `Bearer ${sentToken}`;
      return Boolean(sentToken);
    };
    authorize();
    let renewed = false;
    if (idempotencyKey) header['Idempotency-Key'] = idempotencyKey;
    if (body !== undefined) header['Content-Type'] = 'application/json';
    const request: TransportRequest = {
      url: `${typeof baseUrl === 'function' ? baseUrl() : baseUrl}${fillPath(path, pathParams)}${queryString(query)}`,
      method,
      header,
      data: body,
      timeout: timeoutMs,
    };
    const mayRepeat = IDEMPOTENT_METHODS.has(method) || Boolean(idempotencyKey);
    for (let attempt = 0; ; attempt++) {
      try {
        return (await send(request)) as ResponseOf<Operation<P, M>>;
      } catch (error) {
        if (session && authenticated && error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
          // An expired access token: renew once and repeat the call; a second refusal ends the session.
          if (sentToken && !renewed && (await session.renew(sentToken)) && authorize()) {
            renewed = true;
            attempt--;
            continue;
          }
          session.end(error);
          throw error;
        }
        if (!(error instanceof ApiError) || !mayRepeat || !isRetryable(error) || attempt >= retries) throw error;
        const asked = (error as ApiError & { retryAfterMs?: number }).retryAfterMs;
        if (asked !== undefined && asked > maxRetryAfterMs) throw error;
        // Exponential backoff with jitter, so many phones on one tower do not retry in step.
        const delay = Math.max(asked ?? 0, backoffMs * 2 ** attempt + Math.random() * (backoffMs / 2));
        await sleep(delay);
      }
    }
  }

  return {
    get: <P extends PathsWith<'GET'>>(path: P, ...rest: OptionsArg<P, 'GET'>) => call('GET', path, ...rest),
    post: <P extends PathsWith<'POST'>>(path: P, ...rest: OptionsArg<P, 'POST'>) => call('POST', path, ...rest),
    put: <P extends PathsWith<'PUT'>>(path: P, ...rest: OptionsArg<P, 'PUT'>) => call('PUT', path, ...rest),
    delete: <P extends PathsWith<'DELETE'>>(path: P, ...rest: OptionsArg<P, 'DELETE'>) => call('DELETE', path, ...rest),
    call,
  };
}

/** The options argument may be left out when the operation needs no path parameter. */
type OptionsArg<P extends keyof ApiPaths, M extends HttpMethod> =
  Partial<CallOptions<Operation<P, M>>> extends CallOptions<Operation<P, M>>
    ? [CallOptions<Operation<P, M>>?]
    : [CallOptions<Operation<P, M>>];

export type ApiClient = ReturnType<typeof createApiClient>;
