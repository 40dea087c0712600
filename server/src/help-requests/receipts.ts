import { createHmac, randomInt } from 'node:crypto';
import { hashWithSystemSalt } from '../common/crypto/passwords';

/** A 16-digit receipt code: 10^16 possibilities, guessed only at the rate limits allow. */
export function newReceiptCode(): string {
  let code = String(randomInt(1, 10));
  for (let i = 1; i < 16; i += 1) code += String(randomInt(0, 10));
  return code;
}

/** What is stored of a receipt code: Argon2id with the system salt, so it can be looked up. */
export function receiptHash(code: string, salt: Buffer, hashing: 'argon2id' | 'sha256' = 'argon2id'): Promise<string> {
  if (hashing === 'sha256') {
    return Promise.resolve(createHmac('sha256', salt).update(`receipt:${code}`).digest('base64url'));
  }
  return hashWithSystemSalt(`receipt:${code}`, salt);
}
