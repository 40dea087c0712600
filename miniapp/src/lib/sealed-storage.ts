import Taro from '@tarojs/taro';

// Local storage that a casual look (a family member opening WeChat's storage, a browser's devtools)
// cannot read: AES-128-CTR, with the key in storage too. It hides, it does not defend against an
// attacker who has the phone and knows the app. WeChat has no WebCrypto, so AES is written out here.

const KEY_SLOT = 'hulei.k';

const SBOX = new Uint8Array(256);
const xtime = (a: number) => ((a << 1) ^ (a & 0x80 ? 0x1b : 0)) & 0xff;
const rotl8 = (x: number, s: number) => ((x << s) | (x >> (8 - s))) & 0xff;
// The S-box from its definition (multiplicative inverse, then the affine map) instead of a 256-entry table.
for (let p = 1, q = 1, first = true; first || p !== 1; first = false) {
  p = p ^ xtime(p);
  q ^= q << 1;
  q ^= q << 2;
  q ^= q << 4;
  q &= 0xff;
  if (q & 0x80) q ^= 0x09;
  SBOX[p] = q ^ rotl8(q, 1) ^ rotl8(q, 2) ^ rotl8(q, 3) ^ rotl8(q, 4) ^ 0x63;
}
SBOX[0] = 0x63;

/** AES-128 key schedule: 11 round keys of 16 bytes. */
function expandKey(key: Uint8Array): Uint8Array {
  const w = new Uint8Array(176);
  w.set(key);
  for (let i = 16, rcon = 1; i < 176; i += 4) {
    let t = [w[i - 4], w[i - 3], w[i - 2], w[i - 1]];
    if (i % 16 === 0) {
      t = [SBOX[t[1]] ^ rcon, SBOX[t[2]], SBOX[t[3]], SBOX[t[0]]];
      rcon = xtime(rcon);
    }
    for (let j = 0; j < 4; j++) w[i + j] = w[i + j - 16] ^ t[j];
  }
  return w;
}

/** Encrypts one 16-byte block (FIPS-197); CTR mode never needs the inverse cipher. */
function aesEncryptBlock(roundKeys: Uint8Array, block: Uint8Array): Uint8Array {
  let s = block.map((b, i) => b ^ roundKeys[i]);
  for (let round = 1; round <= 10; round++) {
    // SubBytes and ShiftRows in one pass: byte (row r, column c) comes from column c + r.
    const t = s.map((_, i) => SBOX[s[(i + 4 * (i % 4)) % 16]]);
    if (round < 10) {
      for (let c = 0; c < 16; c += 4) {
        const [a0, a1, a2, a3] = [t[c], t[c + 1], t[c + 2], t[c + 3]];
        const all = a0 ^ a1 ^ a2 ^ a3;
        t[c] ^= all ^ xtime(a0 ^ a1);
        t[c + 1] ^= all ^ xtime(a1 ^ a2);
        t[c + 2] ^= all ^ xtime(a2 ^ a3);
        t[c + 3] ^= all ^ xtime(a3 ^ a0);
      }
    }
    s = t.map((b, i) => b ^ roundKeys[16 * round + i]);
  }
  return s;
}

/** AES-128-CTR: the same call encrypts and decrypts. */
export function aesCtr(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const roundKeys = expandKey(key);
  const counter = iv.slice();
  const out = new Uint8Array(data.length);
  for (let offset = 0; offset < data.length; offset += 16) {
    const stream = aesEncryptBlock(roundKeys, counter);
    for (let i = 0; i < 16 && offset + i < data.length; i++) out[offset + i] = data[offset + i] ^ stream[i];
    for (let i = 15; i >= 0 && ++counter[i] === 256; i--) counter[i] = 0;
  }
  return out;
}

export function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  if (typeof crypto !== 'undefined' && crypto.getRandomValues) crypto.getRandomValues(bytes);
  // WeChat's JS engine has no crypto global; Math.random is enough to hide text and to name a request.
  else for (let i = 0; i < length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => (b < 16 ? '0' : '') + b.toString(16)).join('');
const fromHex = (hex: string) => new Uint8Array((hex.match(/../g) ?? []).map((pair) => parseInt(pair, 16)));

/** A random UUID v4, for the Idempotency-Key of a help request. */
export function uuidV4(): string {
  const b = randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = toHex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function storageKey(): Uint8Array {
  const stored: unknown = Taro.getStorageSync(KEY_SLOT);
  if (typeof stored === 'string' && stored.length === 32) return fromHex(stored);
  const key = randomBytes(16);
  Taro.setStorageSync(KEY_SLOT, toHex(key));
  return key;
}

/** Stores `value` as JSON, encrypted. Throws when storage refuses (full, private mode). */
export function sealedWrite(slot: string, value: unknown): void {
  const iv = randomBytes(16);
  const utf8 = unescape(encodeURIComponent(JSON.stringify(value)));
  const plain = Uint8Array.from(utf8, (ch) => ch.charCodeAt(0));
  Taro.setStorageSync(slot, toHex(iv) + toHex(aesCtr(storageKey(), iv, plain)));
}

/** The value stored by sealedWrite, or undefined when there is none or it cannot be read. */
export function sealedRead<T>(slot: string): T | undefined {
  try {
    const stored: unknown = Taro.getStorageSync(slot);
    if (typeof stored !== 'string' || stored.length < 34) return undefined;
    const bytes = fromHex(stored);
    const plain = aesCtr(storageKey(), bytes.slice(0, 16), bytes.slice(16));
    return JSON.parse(decodeURIComponent(escape(Array.from(plain, (b) => String.fromCharCode(b)).join('')))) as T;
  } catch {
    return undefined;
  }
}

export function sealedRemove(slot: string): void {
  try {
    Taro.removeStorageSync(slot);
  } catch {
    // Nothing stored.
  }
}
