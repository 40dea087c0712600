import { subtreeEnd } from './regions.repository';

describe('subtree range of a division code', () => {
  it('ends at the next code of the same length', () => {
    expect(subtreeEnd('431222')).toBe('431223');
    expect(subtreeEnd('431222114')).toBe('431222115');
  });

  it('carries over trailing nines', () => {
    expect(subtreeEnd('4399')).toBe('44');
    expect(subtreeEnd('431229')).toBe('43123');
  });

  it('has no end after the last possible code', () => {
    expect(subtreeEnd('99')).toBeNull();
  });
});
