import { AppError } from '../common/errors/app-error';
import { WechatApiError } from '../common/wechat/wechat-api-error';
import { WechatClient } from '../common/wechat/wechat-client';
import type { HuleiConfig } from '../common/config/config';
import type { WechatSessions } from './wechat-sessions';

/** code2session through the WeChat client; a clear answer when WeChat login is not configured. */
export class WechatLoginSessions implements WechatSessions {
  private readonly client: WechatClient | null;

  constructor(config: HuleiConfig['wechat']) {
    this.client =
      config.appId && config.secret
        ? new WechatClient({ appId: config.appId, secret: config.secret, apiBase: config.apiBase })
        : null;
  }

  async openidFor(jsCode: string): Promise<string> {
    if (!this.client) {
      throw new AppError('SERVICE_UNAVAILABLE', '本服务未配置微信登录，请使用手机号和密码登录');
    }
    try {
      return (await this.client.code2Session(jsCode)).openid;
    } catch (error) {
      if (error instanceof WechatApiError && error.kind === 'permanent') {
        throw new AppError('UNAUTHENTICATED', '微信登录凭证无效或已用过，请重新打开小程序再试');
      }
      throw new AppError('SERVICE_UNAVAILABLE', '微信暂时连不上，请稍后再试');
    }
  }
}
