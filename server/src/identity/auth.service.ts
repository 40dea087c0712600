import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { ClocksService } from '../clocks/clocks.service';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { DataCipher } from '../common/crypto/data-cipher';
import { decoyPasswordHash, verifyPassword } from '../common/crypto/passwords';
import { randomToken, sha256, signAccessToken, verifyAccessToken } from '../common/crypto/tokens';
import { matchTotp } from '../common/crypto/totp';
import { AppError } from '../common/errors/app-error';
import { levelOfCode } from '../common/jurisdiction/region-path';
import { scopeOf } from '../common/jurisdiction/scope';
import type { Account } from './account.entity';
import { AccountsRepository } from './accounts.repository';
import type { Cadre } from './auth/cadre';
import type { LoginResultDto } from './dto/auth.dto';
import { COUNTY_AND_ABOVE } from './roles';
import type { Session, SessionChannel } from './session.entity';
import { SessionsRepository } from './sessions.repository';
import { WECHAT_SESSIONS, type WechatSessions } from './wechat-sessions';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 60 * 1000;
const LOCK_AFTER_FAILURES = 5;
const FIRST_LOCK_MS = 5 * 60 * 1000;
const LONGEST_LOCK_MS = 24 * 60 * 60 * 1000;

const WRONG_CREDENTIALS = '手机号或密码不正确';

export interface AuthenticatedSession {
  cadre: Cadre;
  enrolOnly: boolean;
}

/** 5 failures lock for 5 minutes; each further failure doubles it, up to a day. */
function lockEnd(failures: number, now: Date): Date {
  return new Date(now.getTime() + Math.min(LONGEST_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - LOCK_AFTER_FAILURES)));
}

@Injectable()
export class AuthService implements OnModuleInit {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    private readonly cipher: DataCipher,
    @Inject(HULEI_CONFIG) private readonly config: HuleiConfig,
    @Inject(WECHAT_SESSIONS) private readonly wechat: WechatSessions,
    private readonly clocks: ClocksService,
  ) {}

  onModuleInit(): void {
    // Failed-login counts older than a day say nothing useful; keep the table small.
    this.clocks.every('login_throttle_cleanup', 24 * 60 * 60 * 1000, (now) =>
      this.sessions.deleteStaleThrottles(new Date(now.getTime() - 24 * 60 * 60 * 1000)),
    );
  }

  /** Browser login: phone + password, plus TOTP once enrolled (county and above must enrol). */
  async login(phone: string, password: string, totp?: string): Promise<LoginResultDto> {
    const account = await this.checkPassword(phone, password);
    if (account.totpEnrolledAt !== null) await this.checkTotp(account, totp);
    const enrolOnly =
      this.config.mode === 'production' && COUNTY_AND_ABOVE.includes(account.role) && account.totpEnrolledAt === null;
    return this.startSession(account, 'browser', enrolOnly);
  }

  /** Mini-program login: the phone's WeChat identity is the first factor, the password the second. */
  async loginWithWechat(jsCode: string, password: string): Promise<LoginResultDto> {
    const openid = await this.wechat.openidFor(jsCode);
    const bound = await this.accounts.findByOpenid(openid);
    if (!bound) {
      await this.audit.record({ action: 'login_failed', outcome: 'failed', detail: 'wechat_not_bound' });
      throw new AppError('UNAUTHENTICATED', '这个微信还没有绑定护蕾账号：请先用邀请码激活，或用手机号登录后绑定');
    }
    const account = await this.checkPassword(bound.phone, password);
    return this.startSession(account, 'wechat', false);
  }

  async refresh(refreshToken: string): Promise<LoginResultDto> {
    const presented = sha256(refreshToken);
    const session = await this.sessions.findByRefreshHash(presented);
    if (!session) {
      // A rotated-away token presented again: someone else holds a copy. End the session.
      const stolen = await this.sessions.findByPreviousRefreshHash(presented);
      if (stolen) {
        await this.sessions.revoke(stolen.id, 'refresh_reuse', new Date());
        await this.audit.record({
          action: 'session_refused',
          outcome: 'denied',
          actor: { accountId: stolen.accountId, role: 'unknown' },
          subject: { type: 'session', id: stolen.id },
          detail: 'refresh_reuse',
        });
      }
      throw new AppError('UNAUTHENTICATED', '登录已失效，请重新登录');
    }
    const found = await this.sessions.findWithAccount(session.id);
    const now = new Date();
    this.assertUsable(found?.session ?? null, found?.account ?? null, now);
    const next = randomToken();
    if (!(await this.sessions.rotateRefresh(session.id, presented, sha256(next), now))) {
      throw new AppError('UNAUTHENTICATED', '登录已失效，请重新登录');
    }
    return this.tokens(found!.account, session, next, now);
  }

  async logout(cadre: Cadre): Promise<void> {
    await this.sessions.revoke(cadre.sessionId, 'logout', new Date());
    await this.audit.record({ action: 'logout', outcome: 'ok', actor: cadre, regionCode: cadre.regionCode });
  }

  /** The cadre behind a bearer token, or 401. Runs on every authenticated request. */
  async authenticate(token: string | undefined): Promise<AuthenticatedSession> {
    const now = new Date();
    const claims = token ? verifyAccessToken(token, this.config.tokenSecret, Math.floor(now.getTime() / 1000)) : null;
    if (!claims) {
      if (token)
        await this.audit.record({ action: 'session_refused', outcome: 'denied', detail: 'invalid_or_expired_token' });
      throw new AppError('UNAUTHENTICATED', token ? '登录已失效，请重新登录' : '请先登录');
    }
    const found = await this.sessions.findWithAccount(claims.sid);
    try {
      this.assertUsable(found?.session ?? null, found?.account ?? null, now);
    } catch (error) {
      await this.audit.record({
        action: 'session_refused',
        outcome: 'denied',
        actor: found ? { accountId: found.account.id, role: found.account.role } : null,
        regionCode: found?.account.regionCode ?? null,
        detail: (error as AppError).message === '账号已停用' ? 'account_disabled' : 'session_ended',
      });
      throw error;
    }
    const { session, account } = found!;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await this.sessions.touch(session.id, now);
    return { cadre: cadreOf(account, session.id), enrolOnly: Boolean(session.enrolOnly) };
  }

  /** After TOTP enrolment the session may do everything its role allows. */
  async liftEnrolmentRestriction(sessionId: string): Promise<void> {
    await this.sessions.update(sessionId, { enrolOnly: false });
  }

  async endAllSessions(accountId: string, reason: string): Promise<void> {
    await this.sessions.revokeAllOf(accountId, reason, new Date());
  }

  private assertUsable(session: Session | null, account: Account | null, now: Date): void {
    if (!session || !account || session.revokedAt !== null)
      throw new AppError('UNAUTHENTICATED', '登录已失效，请重新登录');
    if (account.status !== 'active') throw new AppError('UNAUTHENTICATED', '账号已停用');
    if (now >= session.expiresAt) throw new AppError('UNAUTHENTICATED', '登录已超过 12 小时，请重新登录');
    if (now.getTime() - session.lastSeenAt.getTime() > IDLE_TIMEOUT_MS) {
      throw new AppError('UNAUTHENTICATED', '超过 30 分钟没有操作，请重新登录');
    }
  }

  /** The account if the password is right and nothing locks it; else one answer for every failure. */
  private async checkPassword(phone: string, password: string): Promise<Account> {
    const phoneKey = sha256(`login:${phone}`);
    const now = new Date();
    // Counted before the slow check: a burst of guesses sent at once cannot outrun the lock.
    const attempt = await this.sessions.claimLoginAttempt(
      phoneKey,
      now,
      LOCK_AFTER_FAILURES,
      new Date(now.getTime() + FIRST_LOCK_MS),
    );
    if ('lockedUntil' in attempt) {
      const minutes = Math.max(1, Math.ceil((attempt.lockedUntil.getTime() - now.getTime()) / 60000));
      await this.audit.record({ action: 'login_locked', outcome: 'denied', detail: `locked_${minutes}min` });
      throw new AppError('RATE_LIMITED', `登录失败次数过多，请 ${minutes} 分钟后再试`, undefined, {
        'Retry-After': String(minutes * 60),
      });
    }
    const account = await this.accounts.findByPhone(phone);
    // Unknown phones and disabled accounts cost the same Argon2 work and get the same answer.
    const ok =
      account !== null && account.status === 'active'
        ? await verifyPassword(account.passwordHash, password)
        : await verifyPassword(await decoyPasswordHash(), password);
    if (!ok || !account) {
      if (attempt.failures >= LOCK_AFTER_FAILURES)
        await this.sessions.lockLogin(phoneKey, lockEnd(attempt.failures, now));
      await this.audit.record({
        action: 'login_failed',
        outcome: 'failed',
        subject: account ? { type: 'account', id: account.id } : null,
        regionCode: account?.regionCode ?? null,
        detail: account ? 'wrong_password' : 'unknown_phone',
      });
      throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    await this.sessions.clearThrottle(phoneKey);
    return account;
  }

  private async checkTotp(account: Account, code: string | undefined): Promise<void> {
    if (!code) throw new AppError('TOTP_REQUIRED');
    const secret = this.cipher.open(account.totpSecret!, 'account.totp_secret');
    const step = matchTotp(secret, code, Date.now());
    const lastStep = account.totpLastStep === null ? -1 : Number(account.totpLastStep);
    if (step === null || step <= lastStep) {
      await this.recordFailure(sha256(`login:${account.phone}`), 0, new Date());
      await this.audit.record({
        action: 'login_failed',
        outcome: 'failed',
        subject: { type: 'account', id: account.id },
        regionCode: account.regionCode,
        detail: step === null ? 'wrong_totp' : 'totp_replay',
      });
      throw new AppError('TOTP_REQUIRED', '动态码不正确或已用过，请等下一个动态码');
    }
    await this.accounts.update(account.id, { totpLastStep: String(step) });
  }

  private async recordFailure(phoneKey: string, previousFailures: number, now: Date): Promise<void> {
    const current = await this.sessions.findThrottle(phoneKey);
    const failures = Math.max(previousFailures, current?.failures ?? 0) + 1;
    const lockedUntil = failures >= LOCK_AFTER_FAILURES ? lockEnd(failures, now) : null;
    await this.sessions.saveThrottle({ phoneKey, failures, lockedUntil, updatedAt: now });
  }

  private async startSession(account: Account, channel: SessionChannel, enrolOnly: boolean): Promise<LoginResultDto> {
    const now = new Date();
    const refreshToken = randomToken();
    const session: Session = {
      id: randomUUID(),
      accountId: account.id,
      channel,
      refreshTokenHash: sha256(refreshToken),
      previousRefreshHash: null,
      enrolOnly,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
      revokedAt: null,
      revokeReason: null,
    };
    await this.sessions.insert(session);
    await this.audit.record({
      action: 'login_succeeded',
      outcome: 'ok',
      actor: { accountId: account.id, role: account.role },
      subject: { type: 'account', id: account.id },
      regionCode: account.regionCode,
      detail: channel,
    });
    return this.tokens(account, session, refreshToken, now);
  }

  private tokens(account: Account, session: Session, refreshToken: string, now: Date): LoginResultDto {
    const iat = Math.floor(now.getTime() / 1000);
    const accessToken = signAccessToken(
      { sub: account.id, sid: session.id, iat, exp: iat + ACCESS_TOKEN_SECONDS },
      this.config.tokenSecret,
    );
    return {
      accessToken,
      expiresIn: ACCESS_TOKEN_SECONDS,
      refreshToken,
      totpEnrolmentRequired: Boolean(session.enrolOnly),
      user: { id: account.id, name: account.name, role: account.role, regionCode: account.regionCode },
    };
  }
}

export function cadreOf(account: Account, sessionId: string): Cadre {
  return {
    accountId: account.id,
    sessionId,
    name: account.name,
    role: account.role,
    regionCode: account.regionCode,
    level: levelOfCode(account.regionCode),
    scope: scopeOf(account.regionCode),
  };
}
