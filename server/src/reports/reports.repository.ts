import { Injectable } from '@nestjs/common';
import type { RegionLevel } from '@hulei/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { JurisdictionScope } from '../common/jurisdiction/scope';
import { Report, ReportEvent, type StoredReportStatus } from './report.entities';

const CHUNK = 500;

@Injectable()
export class ReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findOne(regionCode: string, period: string, manager?: EntityManager): Promise<Report | null> {
    return this.manager(manager).getRepository(Report).findOneBy({ period, regionCode });
  }

  /** Reports of one level below a region for a period (a town's villages), through (level column, period). */
  findBelow(scope: JurisdictionScope, level: RegionLevel, period: string): Promise<Report[]> {
    return this.dataSource
      .getRepository(Report)
      .createQueryBuilder('r')
      .where(`r.${scope.column} = :scopeCode`, { scopeCode: scope.code })
      .andWhere('r.period = :period', { period })
      .andWhere('r.level = :level', { level })
      .orderBy('r.region_code', 'ASC')
      .getMany();
  }

  /** The status of these regions' reports for the period (regions without one are absent). */
  async statusesFor(
    period: string,
    regionCodes: string[],
    manager?: EntityManager,
  ): Promise<Map<string, StoredReportStatus>> {
    const found = new Map<string, StoredReportStatus>();
    for (let i = 0; i < regionCodes.length; i += CHUNK) {
      const rows = await this.manager(manager)
        .getRepository(Report)
        .find({
          select: { regionCode: true, status: true },
          where: { period, regionCode: In(regionCodes.slice(i, i + CHUNK)) },
        });
      for (const row of rows) found.set(row.regionCode, row.status);
    }
    return found;
  }

  /** Inserts reports; a region that already has one for the period makes the whole insert fail (unique index). */
  async insert(reports: Report[], manager?: EntityManager): Promise<void> {
    for (let i = 0; i < reports.length; i += CHUNK) {
      await this.manager(manager)
        .createQueryBuilder()
        .insert()
        .into(Report)
        .values(reports.slice(i, i + CHUNK))
        .execute();
    }
  }

  /** Changes a report only while it is in one of `from`: of two concurrent submissions exactly one wins. */
  async updateIf(
    id: string,
    from: readonly StoredReportStatus[],
    changes: Partial<Omit<Report, 'id' | 'path'>>,
    manager?: EntityManager,
  ): Promise<boolean> {
    const result = await this.manager(manager)
      .createQueryBuilder()
      .update(Report)
      .set(changes)
      .where('id = :id', { id })
      .andWhere('status IN (:...from)', { from })
      .execute();
    return result.affected === 1;
  }

  async insertEvents(events: ReportEvent[], manager?: EntityManager): Promise<void> {
    for (let i = 0; i < events.length; i += CHUNK) {
      await this.manager(manager)
        .createQueryBuilder()
        .insert()
        .into(ReportEvent)
        .values(events.slice(i, i + CHUNK))
        .execute();
    }
  }

  findEvents(reportId: string): Promise<ReportEvent[]> {
    return this.dataSource.getRepository(ReportEvent).find({ where: { reportId }, order: { at: 'ASC', id: 'ASC' } });
  }
}
