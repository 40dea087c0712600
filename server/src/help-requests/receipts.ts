import { randomInt } from 'node:crypto';
import { hashWithSystemSalt } from '../common/crypto/passwords';

/** A 16-digit receipt code: 10^16 possibilities, guessed only at the rate limits allow. */
export function newReceiptCode(): string {
  let code = String(randomInt(1, 10));
  for (let i = 1; i < 16; i += 1) code += String(randomInt(0, 10));
  return code;
}

/** What is stored of a receipt code: Argon2id with the system salt, so it can be looked up. */
export function receiptHash(code: string, salt: Buffer): Promise<string> {
  return hashWithSystemSalt(`receipt:${code}`, salt);
}
