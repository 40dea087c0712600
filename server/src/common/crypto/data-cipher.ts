import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { DataKey } from '../config/config';

const VERSION = 'v1';

/**
 * AES-256-GCM for free text at rest. A sealed value is "v1.<keyId>.<iv>.<tag>.<ciphertext>"
 * (base64url parts), so the key that wrote it is known and old keys can stay readable after a
 * rotation. `context` (e.g. "help_request.description") is bound as associated data: a ciphertext
 * copied into another column does not decrypt.
 */
export class DataCipher {
  constructor(
    private readonly current: DataKey,
    private readonly keys: ReadonlyMap<string, Buffer>,
  ) {}

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [
      VERSION,
      this.current.id,
      iv.toString('base64url'),
      tag.toString('base64url'),
      ciphertext.toString('base64url'),
    ].join('.');
  }

  open(sealed: string, context: string): string {
    const [version, keyId, iv, tag, ciphertext] = sealed.split('.');
    if (version !== VERSION || ciphertext === undefined) throw new Error('not a sealed value');
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`data key "${keyId}" is not configured (HULEI_OLD_DATA_KEYS)`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }

  sealOptional(plaintext: string | null | undefined, context: string): string | null {
    return plaintext === null || plaintext === undefined || plaintext === '' ? null : this.seal(plaintext, context);
  }

  openOptional(sealed: string | null, context: string): string | null {
    return sealed === null ? null : this.open(sealed, context);
  }
}
