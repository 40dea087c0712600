import { REGION_LEVELS, ancestorCode, type RegionLevel } from '@hulei/shared';
import type { RegionSearchResult, RegionSummary } from '../../api/regions';

/** The chain province → … → result, rebuilt from the code's prefixes and the path's names. */
export function trailFromSearchResult(result: RegionSearchResult): RegionSummary[] {
  const names = result.path ? result.path.split(/\s+/).filter(Boolean) : [];
  const ancestors: RegionSummary[] = [];
  names.forEach((name, index) => {
    const level: RegionLevel | undefined = REGION_LEVELS[index];
    const code = level && ancestorCode(result.code, level);
    if (level && code && code !== result.code) ancestors.push({ code, name, level });
  });
  return [...ancestors, { code: result.code, name: result.name, level: result.level }];
}

/** The level the next list offers, or undefined once a village is chosen. */
export function nextLevel(trail: readonly RegionSummary[]): RegionLevel | undefined {
  const last = trail[trail.length - 1];
  if (!last) return 'province';
  return REGION_LEVELS[REGION_LEVELS.indexOf(last.level) + 1];
}
