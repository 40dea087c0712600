import { sealedRead, sealedWrite } from '../../lib/sealed-storage';
import type { Household } from './screening-api';

// The grid worker's households, kept sealed on the phone so the visit form opens with no signal.

const slot = (villageCode: string) => `hulei.screening.households.${villageCode}`;

export interface CachedHouseholds {
  villageCode: string;
  savedAt: string;
  items: Household[];
}

export function cachedHouseholds(villageCode: string): CachedHouseholds | undefined {
  return sealedRead<CachedHouseholds>(slot(villageCode));
}

export function cacheHouseholds(villageCode: string, items: Household[]): void {
  try {
    sealedWrite(slot(villageCode), { villageCode, savedAt: new Date().toISOString(), items });
  } catch {
    // Storage full: the list is shown, just not kept.
  }
}

/** After a visit is stored at the server, the cached list shows the household as visited. */
export function markCachedVisited(villageCode: string, householdId: string): void {
  const cached = cachedHouseholds(villageCode);
  if (!cached) return;
  cacheHouseholds(
    villageCode,
    cached.items.map((h) =>
      h.id === householdId ? { ...h, visited: true, lastVisitedAt: new Date().toISOString() } : h,
    ),
  );
}

export function cachedHousehold(villageCode: string, id: string): Household | undefined {
  return cachedHouseholds(villageCode)?.items.find((h) => h.id === id);
}
