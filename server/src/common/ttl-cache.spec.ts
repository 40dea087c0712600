import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  it('computes once for callers within the time to live, again after it', async () => {
    jest.useFakeTimers({ now: 0 });
    let computed = 0;
    const cache = new TtlCache<number>(5000);
    const compute = () => Promise.resolve(++computed);
    expect(await Promise.all([cache.get('k', compute), cache.get('k', compute)])).toEqual([1, 1]);
    jest.setSystemTime(4999);
    expect(await cache.get('k', compute)).toBe(1);
    jest.setSystemTime(5001);
    expect(await cache.get('k', compute)).toBe(2);
    jest.useRealTimers();
  });

  it('keeps only the results worth keeping', async () => {
    const cache = new TtlCache<number>(60_000);
    let count = 0;
    const small = () => Promise.resolve(++count);
    expect(await cache.get('k', small, (n) => n >= 1000)).toBe(1);
    expect(await cache.get('k', small, (n) => n >= 1000)).toBe(2);
    expect(
      await cache.get(
        'big',
        () => Promise.resolve(5000),
        (n) => n >= 1000,
      ),
    ).toBe(5000);
    expect(
      await cache.get(
        'big',
        () => Promise.resolve(1),
        (n) => n >= 1000,
      ),
    ).toBe(5000);
  });

  it('forgets failures and keeps no more than its bound', async () => {
    const cache = new TtlCache<number>(60_000, 2);
    await expect(cache.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('a', () => Promise.resolve(1))).toBe(1);
    await cache.get('b', () => Promise.resolve(2));
    await cache.get('c', () => Promise.resolve(3));
    expect(await cache.get('a', () => Promise.resolve(9))).toBe(9);
  });
});
