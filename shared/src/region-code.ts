import type { RegionLevel } from './domain';

// National statistical division codes: 2/4/6/9/12 digits for province/city/county/town/village.
// A code's prefixes are its ancestors, so jurisdiction is a prefix test.
const LEVEL_BY_LENGTH: Record<number, RegionLevel> = {
  2: 'province',
  4: 'city',
  6: 'county',
  9: 'town',
  12: 'village',
};
const LENGTH_BY_LEVEL: Record<RegionLevel, number> = {
  province: 2,
  city: 4,
  county: 6,
  town: 9,
  village: 12,
};

export const REGION_CODE_PATTERN = /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/;

export function isRegionCode(code: string): boolean {
  return REGION_CODE_PATTERN.test(code);
}

export function regionLevelOf(code: string): RegionLevel | undefined {
  return isRegionCode(code) ? LEVEL_BY_LENGTH[code.length] : undefined;
}

export function regionCodeLength(level: RegionLevel): number {
  return LENGTH_BY_LEVEL[level];
}

/** The code of `code`'s ancestor at `level`, or undefined when `level` is not above or at it. */
export function ancestorCode(code: string, level: RegionLevel): string | undefined {
  const length = LENGTH_BY_LEVEL[level];
  return code.length >= length ? code.slice(0, length) : undefined;
}

/** The parent's code, or null for a province. */
export function parentRegionCode(code: string): string | null {
  const lengths = [2, 4, 6, 9, 12];
  const index = lengths.indexOf(code.length);
  return index > 0 ? code.slice(0, lengths[index - 1]) : null;
}

/** True when `code` is `scope` itself or lies under it. */
export function isWithinRegion(code: string, scope: string): boolean {
  return code.startsWith(scope);
}

/**
 * The name people say: the official village name carries the committee suffix
 * ("太平铺村村委会", "多福巷社区居委会"); people say "太平铺村", "多福巷社区".
 */
export function displayRegionName(officialName: string): string {
  const name = officialName.trim();
  for (const suffix of ['村民委员会', '居民委员会', '村委会', '居委会']) {
    if (name.endsWith(suffix) && name.length > suffix.length) {
      const stem = name.slice(0, -suffix.length);
      if (suffix.startsWith('村')) {
        return stem.endsWith('村') || stem.endsWith('社区') ? stem : `${stem}村`;
      }
      return stem.endsWith('社区') || stem.endsWith('村') ? stem : `${stem}社区`;
    }
  }
  return name;
}
