import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RegionLevel, Role } from '@hulei/shared';
import { randomInt, randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { DataCipher } from '../common/crypto/data-cipher';
import { hashPassword, passwordProblem, verifyPassword } from '../common/crypto/passwords';
import { sha256 } from '../common/crypto/tokens';
import { matchTotp, newTotpSecret, totpUri } from '../common/crypto/totp';
import { AppError } from '../common/errors/app-error';
import { levelOfCode, regionPathOf } from '../common/jurisdiction/region-path';
import { notFoundOutsideScope, scopeOf } from '../common/jurisdiction/scope';
import { RegionsService } from '../regions/regions.service';
import type { Account } from './account.entity';
import { AccountsRepository } from './accounts.repository';
import { AuthService } from './auth.service';
import type { Cadre } from './auth/cadre';
import type {
  AccountDto,
  AccountPageDto,
  CreateInvitationDto,
  InvitationCreatedDto,
  TotpEnrolmentDto,
} from './dto/accounts.dto';
import type { LoginResultDto, RedeemInvitationDto } from './dto/auth.dto';
import type { Invitation } from './invitation.entity';
import { JurisdictionService } from './jurisdiction.service';
import { FEDERATION_ROLE_OF_LEVEL, outranks, ROLE_LEVEL } from './roles';
import { WECHAT_SESSIONS, type WechatSessions } from './wechat-sessions';

const INVITATION_DAYS = 7;
// No 0/O, 1/I/L: an invitation code is read out over the phone.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(7)}`;
}

/** Who issued an invitation made at the server rather than by a cadre. */
const OPERATOR = 'operator';

@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly regions: RegionsService,
    private readonly cipher: DataCipher,
    private readonly jurisdiction: JurisdictionService,
    @Inject(WECHAT_SESSIONS) private readonly wechat: WechatSessions,
  ) {}

  async createInvitation(cadre: Cadre, input: CreateInvitationDto): Promise<InvitationCreatedDto> {
    await this.jurisdiction.assertWithin(cadre, input.regionCode, { type: 'region', id: input.regionCode });
    await this.regions.requireRegion(input.regionCode);
    if (levelOfCode(input.regionCode) !== ROLE_LEVEL[input.role]) {
      throw AppError.validation('regionCode', '区划级别与角色不符');
    }
    if (!outranks(cadre.role, input.role)) throw new AppError('FORBIDDEN', '只能邀请比自己级别低的账号');
    return this.issueInvitation(input, cadre);
  }

  /**
   * An invitation issued at the server by whoever runs it (`node dist/cli.js invite`): production
   * seeds no accounts, so this is how a deployment gets its first, highest account. Audited.
   */
  async createOperatorInvitation(input: CreateInvitationDto): Promise<InvitationCreatedDto> {
    await this.regions.requireRegion(input.regionCode);
    if (levelOfCode(input.regionCode) !== ROLE_LEVEL[input.role]) {
      throw AppError.validation('regionCode', '区划级别与角色不符');
    }
    return this.issueInvitation(input, null);
  }

  private async issueInvitation(input: CreateInvitationDto, cadre: Cadre | null): Promise<InvitationCreatedDto> {
    if (await this.accounts.findByPhone(input.phone)) throw new AppError('CONFLICT', '这个手机号已经有账号了');

    const code = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    const now = new Date();
    const invitation: Invitation = {
      id: randomUUID(),
      codeHash: sha256(`invitation:${code}`),
      name: input.name,
      phone: input.phone,
      role: input.role,
      regionCode: input.regionCode,
      path: regionPathOf(input.regionCode),
      createdBy: cadre?.accountId ?? OPERATOR,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
      redeemedAt: null,
      accountId: null,
    };
    await this.accounts.insertInvitation(invitation);
    await this.audit.record({
      action: 'invitation_created',
      outcome: 'ok',
      actor: cadre,
      subject: { type: 'invitation', id: invitation.id },
      regionCode: input.regionCode,
      detail: cadre ? input.role : `${input.role} by ${OPERATOR}`,
    });
    const { id, expiresAt, name, role, regionCode } = invitation;
    return { id, code, expiresAt, name, role, regionCode };
  }

  /** The new cadre sets her password (and binds WeChat in the mini-program); she is then logged in. */
  async redeemInvitation(input: RedeemInvitationDto): Promise<LoginResultDto> {
    const invitation = await this.accounts.findInvitationByCodeHash(sha256(`invitation:${input.code.toUpperCase()}`));
    const refuse = async (message: string, detail: string, code: 'NOT_FOUND' | 'CONFLICT'): Promise<never> => {
      await this.audit.record({
        action: 'invitation_refused',
        outcome: 'denied',
        subject: invitation ? { type: 'invitation', id: invitation.id } : null,
        regionCode: invitation?.regionCode ?? null,
        detail,
      });
      throw new AppError(code, message);
    };
    if (!invitation) return refuse('邀请码不正确，请核对后再输入', 'unknown_code', 'NOT_FOUND');
    if (invitation.redeemedAt) return refuse('这个邀请码已经用过了', 'reused', 'CONFLICT');
    if (invitation.expiresAt <= new Date()) return refuse('邀请码已过期，请联系上级重新发放', 'expired', 'CONFLICT');
    const weak = passwordProblem(input.password);
    if (weak) throw AppError.validation('password', weak);
    const openid = input.wechatCode ? await this.wechat.openidFor(input.wechatCode) : null;
    if (openid && (await this.accounts.findByOpenid(openid))) {
      return refuse('这个微信已绑定了另一个账号', 'wechat_taken', 'CONFLICT');
    }
    if (await this.accounts.findByPhone(invitation.phone))
      return refuse('这个手机号已经有账号了', 'phone_taken', 'CONFLICT');

    const now = new Date();
    const account: Account = {
      id: randomUUID(),
      phone: invitation.phone,
      name: invitation.name,
      role: invitation.role,
      regionCode: invitation.regionCode,
      path: regionPathOf(invitation.regionCode),
      status: 'active',
      passwordHash: await hashPassword(input.password),
      totpSecret: null,
      totpEnrolledAt: null,
      totpLastStep: null,
      wechatOpenid: openid,
      createdBy: invitation.createdBy,
      createdAt: now,
      updatedAt: now,
      passwordChangedAt: now,
    };
    const claimed = await this.accounts.transaction(async (manager) => {
      if (!(await this.accounts.claimInvitation(invitation.id, account.id, now, manager))) return false;
      await this.accounts.insert(account, manager);
      return true;
    });
    if (!claimed) return refuse('这个邀请码已经用过了', 'reused', 'CONFLICT');
    await this.audit.record({
      action: 'invitation_redeemed',
      outcome: 'ok',
      actor: { accountId: account.id, role: account.role },
      subject: { type: 'account', id: account.id },
      regionCode: account.regionCode,
      detail: openid ? 'wechat_bound' : null,
    });
    return this.auth.login(account.phone, input.password);
  }

  /** Creates an account directly (demo seed, first administrator); a no-op when the phone exists. */
  async ensureAccount(input: {
    phone: string;
    name: string;
    role: Role;
    regionCode: string;
    password: string;
  }): Promise<boolean> {
    if (await this.accounts.findByPhone(input.phone)) return false;
    await this.regions.requireRegion(input.regionCode);
    const now = new Date();
    await this.accounts.insert({
      id: randomUUID(),
      phone: input.phone,
      name: input.name,
      role: input.role,
      regionCode: input.regionCode,
      path: regionPathOf(input.regionCode),
      status: 'active',
      passwordHash: await hashPassword(input.password),
      totpSecret: null,
      totpEnrolledAt: null,
      totpLastStep: null,
      wechatOpenid: null,
      createdBy: null,
      createdAt: now,
      updatedAt: now,
      passwordChangedAt: now,
    });
    return true;
  }

  /** Whether an active federation account of `level` serves `regionCode` (routing of help requests). */
  async hasActiveFederationAccount(regionCode: string): Promise<boolean> {
    const role = FEDERATION_ROLE_OF_LEVEL[levelOfCode(regionCode)];
    return (await this.accounts.findActiveByRegionAndRole(regionCode, role)).length > 0;
  }

  /** Active federation accounts serving exactly this region (the recipients of its reminders). */
  async activeFederationAccountsAt(
    regionCode: string,
    manager?: EntityManager,
  ): Promise<Array<{ id: string; regionCode: string }>> {
    const role = FEDERATION_ROLE_OF_LEVEL[levelOfCode(regionCode)];
    return (await this.accounts.findActiveByRegionAndRole(regionCode, role, manager)).map((a) => ({
      id: a.id,
      regionCode: a.regionCode,
    }));
  }

  /**
   * Active federation accounts of some levels, within a region or everywhere (reports: who is expected
   * to report, whose drafts to prepare, whom to remind).
   */
  async federationAccounts(
    levels: readonly RegionLevel[],
    withinCode: string | null = null,
  ): Promise<Array<{ id: string; regionCode: string }>> {
    const roles = levels.map((level) => FEDERATION_ROLE_OF_LEVEL[level]);
    const rows = await this.accounts.findActiveByRoles(roles, withinCode ? scopeOf(withinCode) : null);
    return rows.map((a) => ({ id: a.id, regionCode: a.regionCode }));
  }

  /** Where a reminder can reach a cadre: her phone and, once bound, her WeChat. */
  async contactOf(accountId: string): Promise<{ phone: string; wechatOpenid: string | null } | null> {
    const account = await this.accounts.findById(accountId);
    return account && account.status === 'active' ? { phone: account.phone, wechatOpenid: account.wechatOpenid } : null;
  }

  /**
   * Active federation accounts along a village's chain of regions, by region code, in one query:
   * routing a help request needs the nearest level that has someone.
   */
  async federationAlong(villageCode: string): Promise<Map<string, Array<{ id: string; regionCode: string }>>> {
    const levels = ['village', 'town', 'county', 'city'] as const;
    const codes = levels.map((level) => villageCode.slice(0, { village: 12, town: 9, county: 6, city: 4 }[level]));
    const accounts = await this.accounts.findActiveFederation(
      codes,
      levels.map((level) => FEDERATION_ROLE_OF_LEVEL[level]),
    );
    const byRegion = new Map<string, Array<{ id: string; regionCode: string }>>();
    for (const account of accounts) {
      if (account.role !== FEDERATION_ROLE_OF_LEVEL[levelOfCode(account.regionCode)]) continue;
      byRegion.set(account.regionCode, [
        ...(byRegion.get(account.regionCode) ?? []),
        { id: account.id, regionCode: account.regionCode },
      ]);
    }
    return byRegion;
  }

  /** Display names of accounts, for timelines. */
  async namesOf(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const accounts = await Promise.all(unique.map((id) => this.accounts.findById(id)));
    return new Map(accounts.filter((a): a is Account => a !== null).map((a) => [a.id, a.name]));
  }

  async listAccounts(cadre: Cadre, page: number, pageSize: number): Promise<AccountPageDto> {
    const [rows, total] = await this.accounts.findPageInScope(cadre.scope, page, pageSize);
    return { items: await Promise.all(rows.map((a) => this.toDto(a))), total };
  }

  async getAccount(cadre: Cadre, id: string): Promise<AccountDto> {
    const account = await this.requireAccountInScope(cadre, id);
    await this.jurisdiction.recordRead(cadre, account.regionCode, { type: 'account', id });
    return this.toDto(account);
  }

  async setStatus(cadre: Cadre, id: string, status: 'active' | 'disabled'): Promise<AccountDto> {
    const account = await this.requireAccountInScope(cadre, id);
    if (account.id === cadre.accountId) throw new AppError('FORBIDDEN', '不能停用自己的账号');
    if (!outranks(cadre.role, account.role)) throw new AppError('FORBIDDEN', '只能管理比自己级别低的账号');
    if (account.status !== status) {
      await this.accounts.update(id, { status, updatedAt: new Date() });
      if (status === 'disabled') await this.auth.endAllSessions(id, 'account_disabled');
      await this.audit.record({
        action: status === 'disabled' ? 'account_disabled' : 'account_enabled',
        outcome: 'ok',
        actor: cadre,
        subject: { type: 'account', id },
        regionCode: account.regionCode,
      });
    }
    return this.toDto({ ...account, status });
  }

  async me(cadre: Cadre): Promise<AccountDto> {
    return this.toDto(await this.requireOwnAccount(cadre));
  }

  async changePassword(cadre: Cadre, currentPassword: string, newPassword: string): Promise<void> {
    const account = await this.requireOwnAccount(cadre);
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      throw AppError.validation('currentPassword', '当前密码不正确');
    }
    const weak = passwordProblem(newPassword);
    if (weak) throw AppError.validation('newPassword', weak);
    const now = new Date();
    await this.accounts.update(account.id, {
      passwordHash: await hashPassword(newPassword),
      passwordChangedAt: now,
      updatedAt: now,
    });
    await this.auth.endAllSessions(account.id, 'password_changed');
    await this.audit.record({
      action: 'password_changed',
      outcome: 'ok',
      actor: cadre,
      subject: { type: 'account', id: account.id },
      regionCode: account.regionCode,
    });
  }

  async startTotpEnrolment(cadre: Cadre): Promise<TotpEnrolmentDto> {
    const account = await this.requireOwnAccount(cadre);
    if (account.totpEnrolledAt) throw new AppError('CONFLICT', '已经绑定了身份验证器');
    const secret = newTotpSecret();
    await this.accounts.update(account.id, {
      totpSecret: this.cipher.seal(secret, 'account.totp_secret'),
      updatedAt: new Date(),
    });
    return { secret, otpauthUri: totpUri(secret, account.phone) };
  }

  async confirmTotp(cadre: Cadre, code: string): Promise<void> {
    const account = await this.requireOwnAccount(cadre);
    if (account.totpEnrolledAt) throw new AppError('CONFLICT', '已经绑定了身份验证器');
    if (!account.totpSecret) throw new AppError('CONFLICT', '请先开始绑定身份验证器');
    const step = matchTotp(this.cipher.open(account.totpSecret, 'account.totp_secret'), code, Date.now());
    if (step === null) throw AppError.validation('code', '动态码不正确，请看身份验证器上最新的 6 位数字');
    const now = new Date();
    await this.accounts.update(account.id, { totpEnrolledAt: now, totpLastStep: String(step), updatedAt: now });
    await this.auth.liftEnrolmentRestriction(cadre.sessionId);
    await this.audit.record({
      action: 'totp_enrolled',
      outcome: 'ok',
      actor: cadre,
      subject: { type: 'account', id: account.id },
      regionCode: account.regionCode,
    });
  }

  async bindWechat(cadre: Cadre, jsCode: string): Promise<AccountDto> {
    const account = await this.requireOwnAccount(cadre);
    const openid = await this.wechat.openidFor(jsCode);
    const holder = await this.accounts.findByOpenid(openid);
    if (holder && holder.id !== account.id) throw new AppError('CONFLICT', '这个微信已绑定了另一个账号');
    await this.accounts.update(account.id, { wechatOpenid: openid, updatedAt: new Date() });
    await this.audit.record({
      action: 'wechat_bound',
      outcome: 'ok',
      actor: cadre,
      subject: { type: 'account', id: account.id },
      regionCode: account.regionCode,
    });
    return this.toDto({ ...account, wechatOpenid: openid });
  }

  private async requireOwnAccount(cadre: Cadre): Promise<Account> {
    const account = await this.accounts.findById(cadre.accountId);
    if (!account) throw new AppError('UNAUTHENTICATED', '登录已失效，请重新登录');
    return account;
  }

  /** An account inside the caller's jurisdiction, else 404 and an audit row. */
  private async requireAccountInScope(cadre: Cadre, id: string): Promise<Account> {
    const account = await this.accounts.findById(id);
    if (!account) throw notFoundOutsideScope();
    await this.jurisdiction.assertWithin(cadre, account.regionCode, { type: 'account', id });
    return account;
  }

  private async toDto(account: Account): Promise<AccountDto> {
    const region = await this.regions.getRegion(account.regionCode).catch(() => null);
    return {
      id: account.id,
      name: account.name,
      phone: maskPhone(account.phone),
      role: account.role,
      regionCode: account.regionCode,
      regionName: region?.name ?? account.regionCode,
      status: account.status,
      totpEnrolled: account.totpEnrolledAt !== null,
      wechatBound: account.wechatOpenid !== null,
      createdAt: account.createdAt,
    };
  }
}
