import { DataCipher } from './data-cipher';
import { hashPassword, hashWithSystemSalt, passwordProblem, verifyPassword } from './passwords';
import { signAccessToken, verifyAccessToken } from './tokens';
import { base32Decode, base32Encode, matchTotp, totpCode, totpStep } from './totp';

const key = (fill: number) => Buffer.alloc(32, fill);

describe('DataCipher', () => {
  const cipher = new DataCipher(
    { id: 'k2', key: key(2) },
    new Map([
      ['k2', key(2)],
      ['k1', key(1)],
    ]),
  );

  it('round-trips text and never stores it in the clear', () => {
    const sealed = cipher.seal('他晚上来我房间', 'help_request.description');
    expect(sealed).toMatch(/^v1\.k2\./);
    expect(sealed).not.toContain('房间');
    expect(cipher.open(sealed, 'help_request.description')).toBe('他晚上来我房间');
  });

  it('refuses a value moved to another column or tampered with', () => {
    const sealed = cipher.seal('13800000000', 'help_request.contact_phone');
    expect(() => cipher.open(sealed, 'help_request.description')).toThrow();
    const parts = sealed.split('.');
    parts[4] = Buffer.from('x'.repeat(11)).toString('base64url');
    expect(() => cipher.open(parts.join('.'), 'help_request.contact_phone')).toThrow();
  });

  it('reads values written with a retired key', () => {
    const old = new DataCipher({ id: 'k1', key: key(1) }, new Map([['k1', key(1)]]));
    expect(cipher.open(old.seal('旧数据', 'c'), 'c')).toBe('旧数据');
  });
});

describe('passwords', () => {
  it('hashes with Argon2id and verifies', async () => {
    const stored = await hashPassword('Hulei@2026');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'Hulei@2026')).toBe(true);
    expect(await verifyPassword(stored, 'hulei@2026')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });

  it('hashes with a system salt deterministically', async () => {
    const salt = Buffer.alloc(16, 5);
    expect(await hashWithSystemSalt('1234567812345678', salt)).toBe(await hashWithSystemSalt('1234567812345678', salt));
    expect(await hashWithSystemSalt('1234567812345678', salt)).not.toBe(
      await hashWithSystemSalt('1234567812345679', salt),
    );
  });

  it('explains a weak password in Chinese', () => {
    expect(passwordProblem('short1')).toBe('密码至少 8 位');
    expect(passwordProblem('onlyletters')).toBe('密码需同时包含字母和数字');
    expect(passwordProblem('Hulei@2026')).toBeNull();
  });
});

describe('access tokens', () => {
  const secret = key(9);
  const claims = { sub: 'a1', sid: 's1', iat: 1000, exp: 1900 };

  it('verify when genuine and unexpired', () => {
    expect(verifyAccessToken(signAccessToken(claims, secret), secret, 1500)).toEqual(claims);
  });

  it('are refused when expired, forged, re-signed with another key or with alg none', () => {
    const token = signAccessToken(claims, secret);
    expect(verifyAccessToken(token, secret, 1900)).toBeNull();
    expect(verifyAccessToken(signAccessToken(claims, key(8)), secret, 1500)).toBeNull();
    const [h, , s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'admin' })).toString('base64url');
    expect(verifyAccessToken(`${h}.${forged}.${s}`, secret, 1500)).toBeNull();
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(verifyAccessToken(`${none}.${token.split('.')[1]}.`, secret, 1500)).toBeNull();
    expect(verifyAccessToken('garbage', secret, 1500)).toBeNull();
  });
});

describe('TOTP', () => {
  // RFC 6238 appendix B, SHA-1 seed "12345678901234567890", 8 digits → our 6 digits are its last 6.
  const rfcSecret = base32Encode(Buffer.from('12345678901234567890'));

  it('matches the RFC 6238 test vectors', () => {
    expect(totpCode(rfcSecret, totpStep(59_000))).toBe('287082');
    expect(totpCode(rfcSecret, totpStep(1_111_111_109_000))).toBe('081804');
    expect(totpCode(rfcSecret, totpStep(2_000_000_000_000))).toBe('279037');
  });

  it('accepts one step of clock drift and nothing beyond', () => {
    const now = 1_800_000_000_000;
    const step = totpStep(now);
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, step - 1), now)).toBe(step - 1);
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, step - 2), now)).toBeNull();
    expect(matchTotp(rfcSecret, '12345', now)).toBeNull();
  });

  it('round-trips base32', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
  });
});
