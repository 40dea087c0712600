import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { whereInScope, type JurisdictionScope } from '../common/jurisdiction/scope';
import { isSqlite } from '../database/data-source';
import { OpinionCase, OpinionCaseStep } from './opinion-case.entity';

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
}
