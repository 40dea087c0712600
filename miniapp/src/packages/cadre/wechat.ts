import Taro from '@tarojs/taro';

/** Inside WeChat (the weapp build), where a cadre's WeChat identity is her first factor. */
export const inWechat = () => process.env.TARO_ENV === 'weapp';

/** A fresh one-time code from wx.login: the server trades it for this WeChat user's openid. */
export async function wechatCode(): Promise<string> {
  try {
    const { code } = await Taro.login();
    if (code) return code;
  } catch {
    // Reported below in words a cadre can act on.
  }
  throw new Error('微信登录没有成功，请稍后再试');
}
