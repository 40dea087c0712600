import { Injectable } from '@nestjs/common';
import { parentRegionCode } from '@hulei/shared';
import { AppError } from '../common/errors/app-error';
import type { RegionDto, RegionSearchResultDto, RegionSummaryDto } from './dto/region.dto';
import type { Region } from './region.entity';
import { importRegions, type ImportResult } from './region-import';
import { RegionsRepository } from './regions.repository';

const SEARCH_LIMIT = 20;
const KNOWN_REGION_MS = 10 * 60 * 1000;

@Injectable()
export class RegionsService {
  private readonly known = new Map<string, { region: Region; until: number }>();

  constructor(private readonly regions: RegionsRepository) {}

  async getRegion(code: string): Promise<RegionDto> {
    return toRegionDto(await this.requireRegion(code));
  }

  /** The region, or 404 with the error body. Other capabilities use it to check a code they are given. */
  async requireRegion(code: string): Promise<Region> {
    const region = await this.regions.findByCode(code);
    if (!region) throw AppError.notFound('没有这个区划');
    return region;
  }

  /**
   * The same, remembered for ten minutes: every help request asks for its village, and divisions
   * change once a year at most (a re-import shows here within ten minutes).
   */
  async knownRegion(code: string): Promise<Region> {
    const cached = this.known.get(code);
    if (cached && cached.until > Date.now()) return cached.region;
    const region = await this.requireRegion(code);
    if (this.known.size > 50_000) this.known.clear();
    this.known.set(code, { region, until: Date.now() + KNOWN_REGION_MS });
    return region;
  }

  async listChildren(code: string): Promise<RegionSummaryDto[]> {
    const children = await this.regions.findChildren(code);
    // An empty list is either a leaf or an unknown code; only the latter is a 404.
    if (children.length === 0) await this.requireRegion(code);
    return children;
  }

  /** Names of many regions at once (reports list hundreds of villages); unknown codes are left out. */
  async namesOf(codes: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(codes)];
    const names = new Map<string, string>();
    for (let i = 0; i < unique.length; i += 500) {
      for (const region of await this.regions.findByCodes(unique.slice(i, i + 500)))
        names.set(region.code, region.name);
    }
    return names;
  }

  async listProvinces(): Promise<RegionSearchResultDto[]> {
    return this.withPaths(await this.regions.findRoots());
  }

  /** Loads the national division codes (all, or one subtree with its ancestors). */
  importDivisions(options: Parameters<typeof importRegions>[1]): Promise<ImportResult> {
    return importRegions(this.regions, options);
  }

  /** Names containing `q` (or the region whose whole code is `q`) under `under`, each with its path. */
  async search(q: string, under: string | null): Promise<RegionSearchResultDto[]> {
    if (under !== null) await this.requireRegion(under);
    const text = q.trim();
    let found: RegionSummaryDto[];
    if (/^\d+$/.test(text)) {
      const scope = under === null || text.startsWith(under) ? text : null;
      found = scope === null ? [] : await this.regions.findByCodes([text]).then((rows) => rows.map(toSummary));
    } else {
      found = await this.regions.searchByName(text, under, SEARCH_LIMIT);
    }
    return this.withPaths(found);
  }

  private async withPaths(found: RegionSummaryDto[]): Promise<RegionSearchResultDto[]> {
    const ancestorCodes = new Set<string>();
    for (const region of found) {
      for (let code = parentRegionCode(region.code); code !== null; code = parentRegionCode(code)) {
        ancestorCodes.add(code);
      }
    }
    const names = new Map((await this.regions.findByCodes([...ancestorCodes])).map((r) => [r.code, r.name]));
    return found.map((region) => {
      const path: string[] = [];
      for (let code = parentRegionCode(region.code); code !== null; code = parentRegionCode(code)) {
        const name = names.get(code);
        if (name) path.unshift(name);
      }
      return { ...region, path: path.join(' ') };
    });
  }
}

function toSummary(region: Region): RegionSummaryDto {
  return { code: region.code, name: region.name, level: region.level };
}

function toRegionDto(region: Region): RegionDto {
  return {
    code: region.code,
    name: region.name,
    level: region.level,
    parentCode: region.parentCode,
    officialName: region.officialName,
  };
}
