import { hash, verify } from '@node-rs/argon2';

// Argon2id at OWASP's minimum (m = 19 MiB, t = 2, p = 1): ~10–30 ms a hash on our machines.
const ARGON2ID = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** A hash no password matches, verified for unknown phones so their answer takes as long. */
let decoy: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoy ??= hash(`decoy-${Math.random()}`, ARGON2ID);
  return decoy;
}

/** Argon2id with a fixed system salt: the same input always gives the same hash, so it can be looked up. */
export function hashWithSystemSalt(secret: string, salt: Buffer): Promise<string> {
  return hash(secret, { ...ARGON2ID, salt }).then((encoded) => encoded.slice(encoded.lastIndexOf('$') + 1));
}

/** At least 8 characters with letters and digits; said in Chinese because a cadre reads it. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return '密码至少 8 位';
  if (password.length > 128) return '密码最多 128 位';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return '密码需同时包含字母和数字';
  return null;
}
