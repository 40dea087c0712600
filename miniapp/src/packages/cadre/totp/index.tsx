import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { api } from '../../../api';
import { replacePage } from '../../../lib/navigation';
import { ROUTES } from '../../../routes';
import { cadreSession, logout, markTotpEnrolled } from '../session';
import { Button, CadrePage, Card, Field, LoadError, Notice, selectable } from '../ui';
import { useLoad } from '../../../hooks/use-load';
import { useAction } from '../use-cadre';
import './index.css';

/**
 * Second factor for desk logins: the page shows the secret and the otpauth address as text, explains
 * how to add them to an authenticator app, and confirms with the first 6-digit code.
 */
export default function TotpPage() {
  const [signedIn] = useState(() => Boolean(cadreSession()));
  const required = Boolean(cadreSession()?.totpEnrolmentRequired);
  // Each call makes a new secret: once per visit.
  const enrolment = useLoad(signedIn ? 'enrol' : undefined, () => api.post('/api/identity/me/totp'));
  const [code, setCode] = useState('');
  const { busy, error, setError, run } = useAction();

  useEffect(() => {
    if (!signedIn) replacePage(ROUTES.cadreLogin);
  }, [signedIn]);

  const confirm = async () => {
    if (!/^\d{6}$/.test(code)) return setError('请输入身份验证器上的 6 位数字');
    if ((await run(() => api.post('/api/identity/me/totp/confirm', { body: { code } }).then(() => true))) !== true)
      return;
    markTotpEnrolled();
    void Taro.showToast({ title: '绑定成功', icon: 'success' });
    replacePage(ROUTES.cadre);
  };

  const secret = enrolment.data?.secret;
  return (
    <CadrePage title="绑定身份验证器">
      {required && (
        <Notice tone="info">
          你的账号需要先绑定身份验证器（动态码），才能使用其他功能。以后在电脑浏览器登录时，要输入它显示的 6 位数字。
        </Notice>
      )}
      {enrolment.loading && <Notice tone="info">正在生成密钥…</Notice>}
      <LoadError remote={enrolment} />
      {secret && (
        <>
          <Card title="第一步：装一个身份验证器">
            <View>
              在手机上安装任意一个身份验证器，例如微信里的“腾讯身份验证器”小程序、Microsoft Authenticator 或 Google
              Authenticator。
            </View>
          </Card>
          <Card title="第二步：把护蕾账号加进去">
            <View>
              在身份验证器里选“添加账号”→“手动输入密钥”（或“输入设置密钥”），类型选“基于时间”，再把下面的密钥一字不差地填进去：
            </View>
            <Text className="totp__secret" {...selectable()}>
              {secret.replace(/(.{4})(?=.)/g, '$1 ')}
            </Text>
            <Button tone="plain" onTap={() => void Taro.setClipboardData({ data: secret })}>
              复制密钥
            </Button>
            <View className="totp__uri-label">能扫码或粘贴地址的验证器，也可以用这个地址：</View>
            <Text className="totp__uri" {...selectable()}>
              {enrolment.data?.otpauthUri}
            </Text>
          </Card>
          <Card title="第三步：输入验证器上的 6 位数字">
            <View>添加好后，验证器每 30 秒会换一个 6 位数字。把现在显示的数字填到这里：</View>
            <Field label="动态码" type="number" maxLength={6} value={code} onInput={setCode} placeholder="6 位数字" />
            {error && <Notice tone="error">{error}</Notice>}
            <Button busy={busy} onTap={() => void confirm()}>
              完成绑定
            </Button>
          </Card>
        </>
      )}
      {required && (
        <Button tone="link" onTap={() => void logout()}>
          退出登录
        </Button>
      )}
    </CadrePage>
  );
}
