import {
  ancestorCode,
  displayRegionName,
  isRegionCode,
  isWithinRegion,
  parentRegionCode,
  regionLevelOf,
} from './region-code';

describe('division codes', () => {
  it('tell their level by their length', () => {
    expect(regionLevelOf('43')).toBe('province');
    expect(regionLevelOf('4312')).toBe('city');
    expect(regionLevelOf('431222')).toBe('county');
    expect(regionLevelOf('431222114')).toBe('town');
    expect(regionLevelOf('431222114200')).toBe('village');
    expect(regionLevelOf('43122')).toBeUndefined();
    expect(isRegionCode('43122211420a')).toBe(false);
  });

  it('carry their ancestors as prefixes', () => {
    expect(parentRegionCode('431222114200')).toBe('431222114');
    expect(parentRegionCode('431222114')).toBe('431222');
    expect(parentRegionCode('43')).toBeNull();
    expect(ancestorCode('431222114200', 'county')).toBe('431222');
    expect(ancestorCode('431222', 'town')).toBeUndefined();
    expect(isWithinRegion('431222114200', '431222114')).toBe(true);
    expect(isWithinRegion('431222114203', '431222114200')).toBe(false);
  });
});

describe('names people say', () => {
  it.each([
    ['太平铺村村委会', '太平铺村'],
    ['上街社区村委会', '上街社区'],
    ['多福巷社区居委会', '多福巷社区'],
    ['宁乡铺村', '宁乡铺村'],
    ['黄土村民委员会', '黄土村'],
    ['东城居委会', '东城社区'],
    ['官庄镇', '官庄镇'],
  ])('%s → %s', (official, spoken) => {
    expect(displayRegionName(official)).toBe(spoken);
  });
});
