import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { timeOrderedId } from '../common/ids';
import { regionPathOf } from '../common/jurisdiction/region-path';
import { inTransaction } from '../database/transactions';
import { AccountsService } from '../identity/accounts.service';
import type { Cadre } from '../identity/auth/cadre';
import { SmsChannel, WechatChannel, type DeliveryOutcome } from './channels';
import type { NotificationPageDto, NotificationDto } from './dto/notification.dto';
import { NOTIFICATION_TEXT } from './notification-texts';
import type { Notification, NotificationKind } from './notification.entity';
import { NotificationsRepository } from './notifications.repository';

export interface Recipient {
  accountId: string;
  regionCode: string;
}

/**
 * Who serves a region, looked up once per region per batch: firing 200 clocks should not ask the
 * accounts table 200 times the same question.
 */
export class AccountLookup {
  private readonly cache = new Map<string, Promise<Array<{ id: string; regionCode: string }>>>();

  /**
   * `manager`: the transaction the lookups belong to. Inside a transaction every query must use
   * its connection: borrowing a second one from the pool deadlocks once the pool is exhausted.
   */
  constructor(
    private readonly accounts: AccountsService,
    private readonly manager?: EntityManager,
  ) {}

  at(regionCode: string): Promise<Array<{ id: string; regionCode: string }>> {
    let found = this.cache.get(regionCode);
    if (!found) {
      found = this.accounts.activeFederationAccountsAt(regionCode, this.manager);
      this.cache.set(regionCode, found);
    }
    return found;
  }

  async served(regionCode: string): Promise<boolean> {
    return (await this.at(regionCode)).length > 0;
  }
}

const BATCH = 50;
const LEASE_MS = 60_000;
const MAX_ATTEMPTS = 8;
// 10 s, 30 s, 1.5 min, 4.5 min … capped at an hour: a provider outage is waited out, not hammered.
const backoffMs = (attempt: number) => Math.min(60 * 60 * 1000, 10_000 * 3 ** (attempt - 1));

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');
  private readonly wechat: WechatChannel;
  private readonly sms: SmsChannel;

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly accounts: AccountsService,
    private readonly dataSource: DataSource,
    @Inject(HULEI_CONFIG) config: HuleiConfig,
  ) {
    this.wechat = new WechatChannel(config);
    this.sms = new SmsChannel(config);
  }

  /** Writes reminders into the outbox, inside the caller's transaction. */
  async enqueue(manager: EntityManager, recipients: Recipient[], kind: NotificationKind): Promise<void> {
    const now = new Date();
    await this.notifications.insert(
      recipients.map((r) => this.row(r.accountId, r.regionCode, kind, now)),
      manager,
    );
  }

  private row(accountId: string, regionCode: string, kind: NotificationKind, now: Date): Notification {
    return {
      id: timeOrderedId(),
      accountId,
      kind,
      regionCode,
      path: regionPathOf(regionCode),
      state: 'pending',
      channel: null,
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
      sentAt: null,
      createdAt: now,
    };
  }

  /** Reminders to every active federation account serving `regionCode`. */
  notifyRegion(manager: EntityManager, regionCode: string, kind: NotificationKind): Promise<number> {
    return this.notifyRegions(manager, [{ regionCode, kind }]);
  }

  /** Reminders for many regions at once, in one insert. */
  async notifyRegions(
    manager: EntityManager,
    reminders: Array<{ regionCode: string; kind: NotificationKind }>,
    accounts: AccountLookup = new AccountLookup(this.accounts, manager),
  ): Promise<number> {
    const now = new Date();
    const rows: Notification[] = [];
    for (const { regionCode, kind } of reminders) {
      for (const account of await accounts.at(regionCode))
        rows.push(this.row(account.id, account.regionCode, kind, now));
    }
    await this.notifications.insert(rows, manager);
    return rows.length;
  }

  /**
   * Sends what is due, batch by batch: a short transaction leases the rows (so another instance
   * skips them), then each is sent outside any transaction and settled. A lease that runs out
   * (the process died mid-send) makes the row due again.
   */
  async sendDue(now: Date = new Date()): Promise<number> {
    let handled = 0;
    for (;;) {
      const batch = await inTransaction(this.dataSource, async (manager) => {
        const due = await this.notifications.claimDue(manager, now, BATCH);
        await this.notifications.lease(
          manager,
          due.map((n) => n.id),
          new Date(Date.now() + LEASE_MS),
        );
        return due;
      });
      await Promise.all(batch.map((n) => this.deliver({ ...n, attempts: n.attempts + 1 })));
      handled += batch.length;
      if (batch.length < BATCH) return handled;
    }
  }

  private async deliver(notification: Notification): Promise<void> {
    const text = NOTIFICATION_TEXT[notification.kind];
    const contact = await this.accounts.contactOf(notification.accountId);
    if (!contact) return this.settleFailure(notification, null, { ok: false, retryable: false, error: 'account_gone' });
    let channel: Notification['channel'] = null;
    let outcome: DeliveryOutcome | null = null;
    const subscription =
      this.wechat.available && contact.wechatOpenid ? await this.wechatSubscription(notification.accountId) : 'none';
    if (subscription !== 'none') {
      channel = 'wechat';
      outcome = await this.wechat.send(contact.wechatOpenid!, text, notification.createdAt);
      // WeChat counts a one-time subscription as used only when the message is delivered.
      if (outcome.ok && subscription === 'one_time') await this.notifications.useOneTime(notification.accountId);
      // Refused or unsubscribed: fall through to SMS in this same attempt.
      if (!outcome.ok && !outcome.retryable)
        this.logger.warn({ notificationId: notification.id, error: outcome.error }, 'wechat refused, trying sms');
    }
    if ((outcome === null || (!outcome.ok && !outcome.retryable)) && this.sms.available) {
      channel = 'sms';
      outcome = await this.sms.send(contact.phone, text, notification.id);
    }
    if (outcome === null) {
      await this.notifications.settle(notification.id, { state: 'undeliverable', lastError: 'no_channel' });
      return;
    }
    if (outcome.ok) {
      await this.notifications.settle(notification.id, { state: 'sent', channel, sentAt: new Date(), lastError: null });
      return;
    }
    await this.settleFailure(notification, channel, outcome);
  }

  private async settleFailure(
    notification: Notification,
    channel: Notification['channel'],
    outcome: DeliveryOutcome & { ok: false },
  ): Promise<void> {
    const giveUp = !outcome.retryable || notification.attempts >= MAX_ATTEMPTS;
    await this.notifications.settle(notification.id, {
      state: giveUp ? 'failed' : 'pending',
      channel,
      lastError: outcome.error.slice(0, 80),
      nextAttemptAt: new Date(Date.now() + Math.max(outcome.retryAfterMs ?? 0, backoffMs(notification.attempts))),
    });
  }

  /** Long-term subscriptions never run out; one-time ones are used up one delivered message each. */
  private async wechatSubscription(accountId: string): Promise<'long_term' | 'one_time' | 'none'> {
    const subscription = await this.notifications.findSubscription(accountId);
    if (!subscription) return 'none';
    if (subscription.longTerm && this.wechat.longTerm) return 'long_term';
    return subscription.oneTimeRemaining > 0 ? 'one_time' : 'none';
  }

  /** Records what the cadre accepted in wx.requestSubscribeMessage. */
  async subscribe(
    cadre: Cadre,
    accepted: number,
    longTerm: boolean,
  ): Promise<{ oneTimeRemaining: number; longTerm: boolean }> {
    const current = await this.notifications.findSubscription(cadre.accountId);
    const subscription = {
      accountId: cadre.accountId,
      longTerm: longTerm || Boolean(current?.longTerm),
      oneTimeRemaining: Math.min(100, (current?.oneTimeRemaining ?? 0) + accepted),
      updatedAt: new Date(),
    };
    await this.notifications.saveSubscription(subscription);
    return { oneTimeRemaining: subscription.oneTimeRemaining, longTerm: Boolean(subscription.longTerm) };
  }

  async mine(cadre: Cadre, page: number, pageSize: number): Promise<NotificationPageDto> {
    const [rows, total] = await this.notifications.findPageForAccount(cadre.accountId, page, pageSize);
    return { items: rows.map(toDto), total };
  }

  /** Failed deliveries to cadres in the caller's jurisdiction, so someone phones them instead. */
  async failuresBelow(cadre: Cadre): Promise<NotificationDto[]> {
    const rows = await this.notifications.findFailedInScope(cadre.scope, 100);
    const names = await this.accounts.namesOf(rows.map((r) => r.accountId));
    return rows
      .filter((r) => r.accountId !== cadre.accountId)
      .map((r) => ({ ...toDto(r), accountName: names.get(r.accountId) }));
  }
}

function toDto(n: Notification): NotificationDto {
  return {
    id: n.id,
    kind: n.kind,
    text: NOTIFICATION_TEXT[n.kind],
    state: n.state,
    channel: n.channel,
    attempts: n.attempts,
    lastError: n.lastError,
    regionCode: n.regionCode,
    createdAt: n.createdAt,
    sentAt: n.sentAt,
  };
}
