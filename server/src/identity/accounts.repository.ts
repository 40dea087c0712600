import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { whereInScope, type JurisdictionScope } from '../common/jurisdiction/scope';
import { inTransaction } from '../database/transactions';
import { Account } from './account.entity';
import { Invitation } from './invitation.entity';

@Injectable()
export class AccountsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private accounts(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(Account);
  }

  findById(id: string): Promise<Account | null> {
    return this.accounts().findOneBy({ id });
  }

  findByPhone(phone: string): Promise<Account | null> {
    return this.accounts().findOneBy({ phone });
  }

  findByOpenid(openid: string): Promise<Account | null> {
    return this.accounts().findOneBy({ wechatOpenid: openid });
  }

  async insert(account: Account, manager?: EntityManager): Promise<void> {
    await this.accounts(manager).insert(account);
  }

  async update(id: string, changes: Partial<Omit<Account, 'id'>>, manager?: EntityManager): Promise<void> {
    await this.accounts(manager).update({ id }, changes);
  }

  /** Accounts in the scope, newest first, one page. */
  findPageInScope(scope: JurisdictionScope, page: number, pageSize: number): Promise<[Account[], number]> {
    const query = this.accounts().createQueryBuilder('a');
    whereInScope(query, 'a', scope);
    return query
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
  }

  /** Active accounts of the given regions, each with its region's federation role. */
  findActiveFederation(regionCodes: string[], roles: Account['role'][]): Promise<Account[]> {
    return this.accounts()
      .createQueryBuilder('a')
      .where('a.region_code IN (:...regionCodes)', { regionCodes })
      .andWhere('a.role IN (:...roles)', { roles })
      .andWhere("a.status = 'active'")
      .getMany();
  }

  /** Active federation accounts of one region and role, to route work to. */
  findActiveByRegionAndRole(regionCode: string, role: Account['role'], manager?: EntityManager): Promise<Account[]> {
    return this.accounts(manager).findBy({ regionCode, role, status: 'active' });
  }

  /** Active accounts of some roles, within a scope or everywhere: who reports, who is reminded. */
  findActiveByRoles(
    roles: readonly Account['role'][],
    scope: JurisdictionScope | null,
  ): Promise<Array<Pick<Account, 'id' | 'regionCode' | 'role'>>> {
    const query = this.accounts()
      .createQueryBuilder('a')
      .select(['a.id', 'a.regionCode', 'a.role'])
      .where("a.status = 'active'")
      .andWhere('a.role IN (:...roles)', { roles });
    if (scope) whereInScope(query, 'a', scope);
    return query.orderBy('a.region_code', 'ASC').getMany();
  }

  findInvitationByCodeHash(codeHash: string): Promise<Invitation | null> {
    return this.dataSource.getRepository(Invitation).findOneBy({ codeHash });
  }

  async insertInvitation(invitation: Invitation): Promise<void> {
    await this.dataSource.getRepository(Invitation).insert(invitation);
  }

  /** Marks the invitation used; false when someone else used it first. */
  async claimInvitation(id: string, accountId: string, at: Date, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .getRepository(Invitation)
      .update({ id, redeemedAt: IsNull() }, { redeemedAt: at, accountId });
    return result.affected === 1;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }
}
