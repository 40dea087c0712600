import { SmsApiError } from '../common/sms/sms-api-error';
import { SmsClient } from '../common/sms/sms-client';
import { WechatApiError } from '../common/wechat/wechat-api-error';
import { WechatClient } from '../common/wechat/wechat-client';
import type { HuleiConfig } from '../common/config/config';
import { NOTIFICATION_PAGE } from './notification-texts';

/** The result of one delivery attempt on one channel. */
export type DeliveryOutcome = { ok: true } | { ok: false; retryable: boolean; error: string; retryAfterMs?: number };

function outcomeOf(error: unknown): DeliveryOutcome {
  if (error instanceof WechatApiError) {
    return {
      ok: false,
      retryable: error.kind !== 'permanent',
      error: `wechat:${error.errcode ?? error.reason}`,
      retryAfterMs: error.retryAfterMs,
    };
  }
  if (error instanceof SmsApiError) {
    return {
      ok: false,
      retryable: error.kind === 'retryable',
      error: `sms:${error.code}`,
      retryAfterMs: error.retryAfterMs,
    };
  }
  return { ok: false, retryable: true, error: `internal:${(error as Error).name}` };
}

/** WeChat subscribe messages to a cadre's own openid, when WeChat and a template are configured. */
export class WechatChannel {
  private readonly client: WechatClient | null;

  constructor(private readonly config: HuleiConfig) {
    this.client =
      config.wechat.appId && config.wechat.secret && config.wechatTemplate
        ? new WechatClient({ appId: config.wechat.appId, secret: config.wechat.secret, apiBase: config.wechat.apiBase })
        : null;
  }

  get available(): boolean {
    return this.client !== null;
  }

  get longTerm(): boolean {
    return this.config.wechatTemplate?.longTerm ?? false;
  }

  async send(openid: string, text: string, at: Date): Promise<DeliveryOutcome> {
    try {
      await this.client!.sendSubscribeMessage({
        toOpenId: openid,
        templateId: this.config.wechatTemplate!.id,
        page: NOTIFICATION_PAGE,
        data: { thing1: text.slice(0, 20), time2: formatBeijingTime(at) },
      });
      return { ok: true };
    } catch (error) {
      return outcomeOf(error);
    }
  }
}

/** SMS to a cadre's phone through the configured template ("{1}，请登录护蕾处理"). */
export class SmsChannel {
  private readonly client: SmsClient | null;

  constructor(private readonly config: HuleiConfig) {
    const sms = config.sms;
    this.client = sms
      ? new SmsClient({
          apiBase: sms.apiBase,
          secretId: sms.secretId,
          secretKey: sms.secretKey,
          sdkAppId: sms.sdkAppId,
          signName: sms.signName,
          region: sms.region,
        })
      : null;
  }

  get available(): boolean {
    return this.client !== null;
  }

  /** `outboxId` travels as SessionContext: Tencent echoes it in delivery receipts, so a resend is recognisable. */
  async send(phone: string, text: string, outboxId?: string): Promise<DeliveryOutcome> {
    try {
      await this.client!.send({
        phone,
        templateId: this.config.sms!.templateId,
        params: [text],
        sessionContext: outboxId,
      });
      return { ok: true };
    } catch (error) {
      return outcomeOf(error);
    }
  }
}

/** "2026-11-30 10:05" in Beijing time, as WeChat's time fields want. */
export function formatBeijingTime(at: Date): string {
  const beijing = new Date(at.getTime() + 8 * 60 * 60 * 1000);
  return beijing.toISOString().slice(0, 16).replace('T', ' ');
}
