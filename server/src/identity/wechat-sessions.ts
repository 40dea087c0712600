/**
 * Turns a mini-program login code into the caller's openid (WeChat's code2session). Provided by
 * the WeChat client; an interface here keeps identity testable against the fake WeChat server.
 */
export interface WechatSessions {
  openidFor(jsCode: string): Promise<string>;
}

export const WECHAT_SESSIONS = Symbol('WECHAT_SESSIONS');
