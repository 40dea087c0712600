import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { ApiError, api } from '../../../api';
import { openPage } from '../../../lib/navigation';
import { ROUTES } from '../../../routes';
import { afterLogin } from '../after-login';
import { SESSION_ENDED_MESSAGE, startSession, takeEndReason, type LoginResult } from '../session';
import { Button, CadrePage, Card, Field, Notice } from '../ui';
import { reasonOf } from '../use-cadre';
import { inWechat, wechatCode } from '../wechat';

type Mode = 'wechat' | 'phone';

/** In WeChat: this WeChat + password; by phone: phone + password (+ TOTP when the server asks for it). */
export default function LoginPage() {
  const [mode, setMode] = useState<Mode>(inWechat() ? 'wechat' : 'phone');
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [ended] = useState(() =>
    Taro.getCurrentInstance().router?.params?.expired ? (takeEndReason() ?? SESSION_ENDED_MESSAGE) : undefined,
  );
  /** After a phone login inside WeChat: offer to bind this WeChat for next time. */
  const [offerBind, setOfferBind] = useState<LoginResult>();

  const problem = (): string | undefined => {
    if (mode === 'phone' && !/^1\d{10}$/.test(phone)) return '请输入 11 位手机号';
    if (!password) return '请输入密码';
    if (needTotp && !/^\d{6}$/.test(totp)) return '请输入身份验证器上的 6 位动态码';
    return undefined;
  };

  const submit = async () => {
    const found = problem();
    setError(found);
    if (found) return;
    setBusy(true);
    try {
      const result =
        mode === 'wechat'
          ? await api.post('/api/auth/wechat-login', { body: { code: await wechatCode(), password } })
          : await api.post('/api/auth/login', { body: { phone, password, ...(needTotp ? { totp } : {}) } });
      if (inWechat() && mode === 'phone' && !result.totpEnrolmentRequired) {
        startSession(result);
        const me = await api.get('/api/identity/me').catch(() => undefined);
        if (me && !me.wechatBound) return setOfferBind(result);
      }
      afterLogin(result);
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'TOTP_REQUIRED') {
        setNeedTotp(true);
        setTotp('');
      }
      setError(reasonOf(failure));
    } finally {
      setBusy(false);
    }
  };

  if (offerBind) return <BindOffer onDone={() => afterLogin(offerBind)} />;

  return (
    <CadrePage title="妇联干部登录">
      {ended && <Notice tone="info">{ended}</Notice>}
      <Card>
        {mode === 'wechat' ? (
          <Notice tone="info">用这个微信登录：请输入你的护蕾密码。</Notice>
        ) : (
          <Field label="手机号" type="number" maxLength={11} value={phone} onInput={setPhone} />
        )}
        <Field label="密码" password value={password} onInput={setPassword} />
        {needTotp && (
          <Field
            label="动态码"
            type="number"
            maxLength={6}
            value={totp}
            onInput={setTotp}
            placeholder="身份验证器上的 6 位数字"
            hint="打开身份验证器，输入护蕾账号下正在显示的 6 位数字。"
          />
        )}
        {error && <Notice tone="error">{error}</Notice>}
        <Button busy={busy} onTap={() => void submit()}>
          登录
        </Button>
      </Card>
      {inWechat() && (
        <Button
          tone="link"
          onTap={() => {
            setMode(mode === 'wechat' ? 'phone' : 'wechat');
            setError(undefined);
          }}
        >
          {mode === 'wechat' ? '用手机号登录' : '用微信登录'}
        </Button>
      )}
      <Button tone="link" onTap={() => openPage(ROUTES.cadreRedeem)}>
        收到了邀请码？激活新账号
      </Button>
    </CadrePage>
  );
}

/** Binds this WeChat to the account just logged in by phone, so the next login is WeChat + password. */
function BindOffer({ onDone }: { onDone: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const bind = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.post('/api/identity/me/wechat', { body: { code: await wechatCode() } });
      onDone();
    } catch (failure) {
      setError(reasonOf(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <CadrePage title="绑定这个微信？">
      <Card>
        <View>绑定后，在这部手机上打开护蕾，用微信和密码就能登录，不用再输手机号。</View>
        {error && <Notice tone="error">{error}</Notice>}
        <Button busy={busy} onTap={() => void bind()}>
          绑定本机微信
        </Button>
        <Button tone="plain" onTap={onDone}>
          以后再说
        </Button>
      </Card>
    </CadrePage>
  );
}
