import Taro from '@tarojs/taro';
import { REGION_LEVELS, type RegionLevel } from '@hulei/shared';
import type { RegionSummary } from '../api/regions';

// Kept only when the person ticks "记住": a shared phone must not tell others where a child lives.
const STORAGE_KEY = 'hulei.region.remembered';

function isRegionSummary(value: unknown): value is RegionSummary {
  const region = value as RegionSummary;
  return (
    typeof region?.code === 'string' &&
    typeof region.name === 'string' &&
    REGION_LEVELS.includes(region.level as RegionLevel)
  );
}

export function loadRememberedTrail(): RegionSummary[] | undefined {
  try {
    const stored: unknown = Taro.getStorageSync(STORAGE_KEY);
    return Array.isArray(stored) && stored.length > 0 && stored.every(isRegionSummary) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** The code of the remembered region (its deepest level), only if the person ticked "记住". */
export function rememberedRegionCode(): string | undefined {
  const trail = loadRememberedTrail();
  return trail?.[trail.length - 1]?.code;
}

export function rememberTrail(trail: RegionSummary[]): void {
  try {
    Taro.setStorageSync(STORAGE_KEY, trail);
  } catch {
    // Storage full or refused: remembering is a convenience, never a requirement.
  }
}

export function forgetTrail(): void {
  try {
    Taro.removeStorageSync(STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
}
