import { createCipheriv, randomBytes as nodeRandomBytes } from 'node:crypto';
import { aesCtr, sealedRead, sealedRemove, sealedWrite, uuidV4 } from '../src/lib/sealed-storage';

const hex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));

beforeEach(() => localStorage.clear());

describe('sealed storage', () => {
  it('encrypts the FIPS-197 example block to the published ciphertext', () => {
    // FIPS-197 appendix B; the key schedule is checked through its result.
    const key = hex('2b7e151628aed2a6abf7158809cf4f3c');
    const out = aesCtr(key, hex('3243f6a8885a308d313198a2e0370734'), new Uint8Array(16));
    // CTR with a zero plaintext yields E(counter): the block cipher's own output.
    expect(Buffer.from(out).toString('hex')).toBe('3925841d02dc09fbdc118597196a0b32');
  });

  it('matches Node’s AES-128-CTR on text longer than one block, across a counter carry', () => {
    const key = Uint8Array.from(nodeRandomBytes(16));
    const iv = hex('000102030405060708090a0b0c0d0eff');
    const plain = Uint8Array.from(Buffer.from('有人碰我身体的隐私部位。'.repeat(40)));
    const cipher = createCipheriv('aes-128-ctr', key, iv);
    const expected = Buffer.concat([cipher.update(plain), cipher.final()]);
    expect(Buffer.from(aesCtr(key, iv, plain)).equals(expected)).toBe(true);
  });

  it('reads back what it wrote, while storage shows no plain text', () => {
    const secret = { description: '他晚上来我房间', contactPhone: '13912345678' };
    sealedWrite('hulei.test', secret);
    expect(sealedRead('hulei.test')).toEqual(secret);
    const everything = Object.keys(localStorage)
      .map((k) => localStorage.getItem(k))
      .join('\n');
    expect(everything).not.toContain('13912345678');
    expect(everything).not.toContain('他晚上');
    expect(everything).not.toContain(encodeURIComponent('他晚上'));
    sealedRemove('hulei.test');
    expect(sealedRead('hulei.test')).toBeUndefined();
  });

  it('makes random version-4 UUIDs', () => {
    const keys = new Set(Array.from({ length: 100 }, uuidV4));
    expect(keys.size).toBe(100);
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
