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

/** The subscribe-message templates of cadre reminders, fixed at build time; none in H5. */
export function reminderTemplateIds(): string[] {
  return inWechat() && HULEI_WECHAT_TEMPLATE_ID ? [HULEI_WECHAT_TEMPLATE_ID] : [];
}

/**
 * Asks WeChat whether we may send her reminders (it must follow a tap); resolves to how many of the
 * templates she accepted. Each acceptance of a one-time template allows one message.
 */
export async function askForReminders(templateIds: string[]): Promise<number> {
  const answer: Record<string, unknown> = await Taro.requestSubscribeMessage({
    tmplIds: templateIds,
    entityIds: [],
  }).then(
    (result) => result as Record<string, unknown>,
    (failure: unknown) => ({ refusedWith: (failure as { errCode?: number } | undefined)?.errCode ?? 0 }),
  );
  // 20004: she has switched off all messages of this mini-program.
  if (answer.refusedWith === 20004)
    throw new Error('您关闭了护蕾的消息提醒：请点右上角“…”→“设置”，打开“订阅消息”后再试');
  if ('refusedWith' in answer) throw new Error('微信没有打开提醒，请稍后再试');
  return templateIds.filter((id) => answer[id] === 'accept').length;
}
