import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { whereInScope, type JurisdictionScope } from '../common/jurisdiction/scope';
import { isSqlite } from '../database/data-source';
import { OpinionCase, OpinionCaseStep } from './opinion-case.entity';

/** Cases started in a period, per region of a breakdown column: the 2-hour feedback kept or missed. */
export interface OpinionCaseReportRow {
  code: string | null;
  cases: number;
  feedbackMet: number;
  feedbackMissed: number;
}

/** The hand-on steps (province → city → county → town) of those cases, per level. */
export interface OpinionStepReportRow {
  code: string | null;
  level: OpinionCaseStep['level'];
  steps: number;
  met: number;
  missed: number;
}

const count = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

@Injectable()
export class PublicOpinionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertCase(item: OpinionCase, manager: EntityManager): Promise<void> {
    await manager.getRepository(OpinionCase).insert(item);
  }

  async insertStep(step: OpinionCaseStep, manager: EntityManager): Promise<void> {
    await manager.getRepository(OpinionCaseStep).insert(step);
  }

  findCase(id: string): Promise<OpinionCase | null> {
    return this.dataSource.getRepository(OpinionCase).findOneBy({ id });
  }

  /** The case locked for the caller's transaction (a hand-on and a deadline do not cross). */
  lockCase(manager: EntityManager, id: string): Promise<OpinionCase | null> {
    const query = manager.getRepository(OpinionCase).createQueryBuilder('c').where('c.id = :id', { id });
    if (!isSqlite(this.dataSource)) query.setLock('pessimistic_write');
    return query.getOne();
  }

  async updateCase(
    id: string,
    changes: Partial<Omit<OpinionCase, 'id' | 'path'>>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(OpinionCase).update({ id }, changes);
  }

  findSteps(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<OpinionCaseStep[]> {
    return manager.getRepository(OpinionCaseStep).find({ where: { caseId }, order: { receivedAt: 'ASC', id: 'ASC' } });
  }

  /** The step the case is at now (not yet handed on). */
  findOpenStep(caseId: string, manager: EntityManager): Promise<OpinionCaseStep | null> {
    return manager.getRepository(OpinionCaseStep).findOneBy({ caseId, handedOnAt: IsNull() });
  }

  async updateStep(id: string, changes: Partial<Omit<OpinionCaseStep, 'id'>>, manager: EntityManager): Promise<void> {
    await manager.getRepository(OpinionCaseStep).update({ id }, changes);
  }

  findPageInScope(scope: JurisdictionScope, page: number, pageSize: number): Promise<[OpinionCase[], number]> {
    const query = this.dataSource.getRepository(OpinionCase).createQueryBuilder('c');
    whereInScope(query, 'c', scope);
    return query
      .orderBy('c.started_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
  }

  /** Reports: cases started in [from, to) in the scope, per region of `column`. */
  async countCasesForReport(
    scope: JurisdictionScope,
    column: string,
    from: Date,
    to: Date,
  ): Promise<OpinionCaseReportRow[]> {
    const query = this.dataSource
      .getRepository(OpinionCase)
      .createQueryBuilder('c')
      .select(`c.${column}`, 'code')
      .addSelect('COUNT(*)', 'cases')
      .addSelect(count('c.feedback_at IS NOT NULL AND c.feedback_at <= c.feedback_due_at'), 'feedbackMet')
      .addSelect(
        count('c.feedback_at > c.feedback_due_at OR (c.feedback_at IS NULL AND c.feedback_overdue_at IS NOT NULL)'),
        'feedbackMissed',
      )
      .where('c.started_at >= :from AND c.started_at < :to', { from, to });
    whereInScope(query, 'c', scope);
    const rows = await query.groupBy(`c.${column}`).getRawMany<Record<string, string | number | null>>();
    return rows.map((r) => ({
      code: r.code === null ? null : String(r.code),
      cases: Number(r.cases),
      feedbackMet: Number(r.feedbackMet),
      feedbackMissed: Number(r.feedbackMissed),
    }));
  }

  /** Reports: the hand-on steps of the cases started in [from, to), per region of `column` and level. */
  async countStepsForReport(
    scope: JurisdictionScope,
    column: string,
    from: Date,
    to: Date,
  ): Promise<OpinionStepReportRow[]> {
    const query = this.dataSource
      .createQueryBuilder()
      .select(`c.${column}`, 'code')
      .addSelect('s.level', 'level')
      .addSelect('COUNT(*)', 'steps')
      .addSelect(count('s.handed_on_at IS NOT NULL AND s.missed_at IS NULL'), 'met')
      .addSelect(count('s.missed_at IS NOT NULL'), 'missed')
      .from(OpinionCaseStep, 's')
      .innerJoin(OpinionCase, 'c', 'c.id = s.case_id')
      .where('c.started_at >= :from AND c.started_at < :to', { from, to })
      .andWhere("s.level <> 'town'");
    whereInScope(query, 'c', scope);
    const rows = await query
      .groupBy(`c.${column}`)
      .addGroupBy('s.level')
      .getRawMany<Record<string, string | number | null>>();
    return rows.map((r) => ({
      code: r.code === null ? null : String(r.code),
      level: r.level as OpinionCaseStep['level'],
      steps: Number(r.steps),
      met: Number(r.met),
      missed: Number(r.missed),
    }));
  }

  /** A county's detail list: cases started in [from, to) with their steps, without any free text. */
  async findForReport(
    scope: JurisdictionScope,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<Array<{ item: OpinionCase; steps: OpinionCaseStep[] }>> {
    const query = this.dataSource
      .getRepository(OpinionCase)
      .createQueryBuilder('c')
      .where('c.started_at >= :from AND c.started_at < :to', { from, to });
    whereInScope(query, 'c', scope);
    const cases = await query.orderBy('c.started_at', 'ASC').addOrderBy('c.id', 'ASC').limit(limit).getMany();
    if (cases.length === 0) return [];
    const steps = await this.dataSource
      .getRepository(OpinionCaseStep)
      .find({ where: { caseId: In(cases.map((c) => c.id)) }, order: { receivedAt: 'ASC', id: 'ASC' } });
    return cases.map((item) => ({ item, steps: steps.filter((s) => s.caseId === item.id) }));
  }
}
