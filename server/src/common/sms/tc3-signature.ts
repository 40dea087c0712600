import { createHash, createHmac } from 'node:crypto';

/** Tencent Cloud API 3.0 request signing, "签名方法 v3" (TC3-HMAC-SHA256). */
export const TC3_ALGORITHM = 'TC3-HMAC-SHA256';

export interface Tc3SignInput {
  secretId: string;
  secretKey: string;
  /** Product name, the first label of the endpoint: `sms`. */
  service: string;
  /** Unix seconds, the same value as the X-TC-Timestamp header. */
  timestamp: number;
  method?: 'POST' | 'GET';
  /** Always `/` for API 3.0. */
  canonicalUri?: string;
  /** Empty for POST. */
  canonicalQuery?: string;
  /** The headers that take part, by name; content-type and host are required. */
  headers: Record<string, string>;
  /** The exact bytes sent as the body. */
  payload: string | Buffer;
}

export interface Tc3Signature {
  authorization: string;
  signature: string;
  signedHeaders: string;
  canonicalRequest: string;
  stringToSign: string;
  credentialScope: string;
}

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

/** The UTC date of the timestamp: a local-time date breaks every call between 00:00 and 08:00 in China. */
export function tc3Date(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

/** Signs one request: the Authorization header value and every intermediate string, for tests. */
export function signTc3(input: Tc3SignInput): Tc3Signature {
  const names = Object.keys(input.headers)
    .map((name) => name.toLowerCase())
    .sort();
  const lowered = new Map(Object.entries(input.headers).map(([name, value]) => [name.toLowerCase(), value]));
  if (!lowered.has('content-type') || !lowered.has('host')) {
    throw new TypeError('TC3 signing needs the content-type and host headers');
  }
  // Names and values lowercased and trimmed, sorted by name: the documented canonical form.
  const canonicalHeaders = names.map((name) => `${name}:${(lowered.get(name) ?? '').trim().toLowerCase()}\n`).join('');
  const signedHeaders = names.join(';');
  const canonicalRequest = [
    input.method ?? 'POST',
    input.canonicalUri ?? '/',
    input.canonicalQuery ?? '',
    canonicalHeaders,
    signedHeaders,
    sha256Hex(input.payload),
  ].join('\n');

  const date = tc3Date(input.timestamp);
  const credentialScope = `${date}/${input.service}/tc3_request`;
  const stringToSign = [TC3_ALGORITHM, String(input.timestamp), credentialScope, sha256Hex(canonicalRequest)].join(
    '\n',
  );
  const secretDate = hmac(`TC3${input.secretKey}`, date);
  const secretService = hmac(secretDate, input.service);
  const secretSigning = hmac(secretService, 'tc3_request');
  const signature = createHmac('sha256', secretSigning).update(stringToSign, 'utf8').digest('hex');

  const authorization =
    `${TC3_ALGORITHM} Credential=${input.secretId}/${credentialScope}, ` +
    `SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { authorization, signature, signedHeaders, canonicalRequest, stringToSign, credentialScope };
}

export interface ParsedTc3Authorization {
  secretId: string;
  date: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

/** Reads an Authorization header back into its parts; undefined when it is not TC3 at all. */
export function parseTc3Authorization(header: string): ParsedTc3Authorization | undefined {
  const match =
    /^TC3-HMAC-SHA256 Credential=([^/\s,]+)\/(\d{4}-\d{2}-\d{2})\/([a-z0-9]+)\/tc3_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
      header.trim(),
    );
  if (!match) return undefined;
  const [, secretId, date, service, signedHeaders, signature] = match;
  return { secretId, date, service, signedHeaders: signedHeaders.split(';'), signature };
}
