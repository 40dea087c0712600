import { useState } from 'react';
import { api } from '../../../api';
import { afterLogin } from '../after-login';
import { PASSWORD_RULE, passwordProblem } from '../password-rule';
import { Button, CadrePage, Card, Field, Notice } from '../ui';
import { useAction } from '../use-cadre';
import { inWechat, wechatCode } from '../wechat';

/** The invitation code from a superior, a new password, and (in WeChat) this WeChat: then she is logged in. */
export default function RedeemPage() {
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const { busy, error, setError, run } = useAction();

  const submit = async () => {
    const cleaned = code.replace(/\s/g, '').toUpperCase();
    const problem = /^[A-Z2-9]{8}$/.test(cleaned) ? passwordProblem(password, confirm) : '邀请码是 8 位字母或数字';
    if (problem) return setError(problem);
    const result = await run(async () =>
      api.post('/api/auth/invitations/redeem', {
        body: { code: cleaned, password, ...(inWechat() ? { wechatCode: await wechatCode() } : {}) },
      }),
    );
    if (result) afterLogin(result);
  };

  return (
    <CadrePage title="激活账号">
      <Card>
        <Notice tone="info">
          输入上级妇联当面或电话告诉你的 8 位邀请码，再设置你的登录密码。
          {inWechat() ? '这个微信会同时绑定到账号。' : ''}
        </Notice>
        <Field label="邀请码" maxLength={8} value={code} onInput={setCode} placeholder="8 位字母或数字" />
        <Field label="新密码" password value={password} onInput={setPassword} hint={`密码${PASSWORD_RULE}。`} />
        <Field label="再输一次新密码" password value={confirm} onInput={setConfirm} />
        {error && <Notice tone="error">{error}</Notice>}
        <Button busy={busy} onTap={() => void submit()}>
          激活并登录
        </Button>
      </Card>
    </CadrePage>
  );
}
