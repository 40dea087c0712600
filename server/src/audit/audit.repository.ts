import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { whereInScope, type JurisdictionScope } from '../common/jurisdiction/scope';
import { AuditEvent } from './audit-event.entity';

/** Inserts and reads only: there is deliberately no update or delete here. */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(event: AuditEvent): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(AuditEvent).values(event).execute();
  }

  findInScope(
    scope: JurisdictionScope,
    filter: { action?: string; before?: Date; limit: number },
  ): Promise<AuditEvent[]> {
    const query = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    whereInScope(query, 'e', scope);
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.before) query.andWhere('e.at < :before', { before: filter.before });
    return query.orderBy('e.at', 'DESC').addOrderBy('e.id', 'DESC').limit(filter.limit).getMany();
  }

  /** For tests and reports: events about one subject, oldest first. */
  findBySubject(subjectType: string, subjectId: string): Promise<AuditEvent[]> {
    return this.dataSource.getRepository(AuditEvent).find({
      where: { subjectType, subjectId },
      order: { at: 'ASC' },
    });
  }
}
