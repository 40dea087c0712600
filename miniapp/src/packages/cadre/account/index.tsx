import { ROLE_LABELS } from '@hulei/shared';
import { useState } from 'react';
import { api } from '../../../api';
import { openPage } from '../../../lib/navigation';
import { ROUTES } from '../../../routes';
import { PASSWORD_RULE, passwordProblem } from '../password-rule';
import { backToLogin, logout } from '../session';
import { Button, CadrePage, Card, Field, Notice, Row } from '../ui';
import { useAction, useCadre, useCadreLoad } from '../use-cadre';
import { inWechat, wechatCode } from '../wechat';

/** Who she is, her second factors, a new password (which ends every session), and logout. */
export default function AccountPage() {
  const user = useCadre();
  const me = useCadreLoad(user?.id, () => api.get('/api/identity/me'));
  const bind = useAction();
  const change = useAction();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');

  if (!user) return <CadrePage />;
  const account = me.data;

  const bindWechat = async () => {
    const updated = await bind.run(async () =>
      api.post('/api/identity/me/wechat', { body: { code: await wechatCode() } }),
    );
    if (updated) me.update(updated);
  };

  const changePassword = async () => {
    const problem = current ? passwordProblem(next, confirm) : '请输入现在的密码';
    if (problem) return change.setError(problem);
    const body = { currentPassword: current, newPassword: next };
    if ((await change.run(() => api.post('/api/identity/me/password', { body }).then(() => true))) === true)
      backToLogin('密码已修改，所有登录都已退出，请用新密码重新登录');
  };

  return (
    <CadrePage title="我的账号">
      {me.loading && !account && <Notice tone="info">正在加载…</Notice>}
      {me.error && <Notice tone="error">{me.error}</Notice>}
      {account && (
        <Card>
          <Row label="姓名">{account.name}</Row>
          <Row label="角色">{ROLE_LABELS[account.role]}</Row>
          <Row label="地区">{account.regionName}</Row>
          <Row label="手机号">{account.phone}</Row>
          <Row label="微信">{account.wechatBound ? '已绑定' : '未绑定'}</Row>
          <Row label="身份验证器">{account.totpEnrolled ? '已绑定' : '未绑定'}</Row>
          {inWechat() && !account.wechatBound && (
            <Button tone="plain" busy={bind.busy} onTap={() => void bindWechat()}>
              绑定本机微信
            </Button>
          )}
          {bind.error && <Notice tone="error">{bind.error}</Notice>}
          {!account.totpEnrolled && (
            <Button tone="plain" onTap={() => openPage(ROUTES.cadreTotp)}>
              绑定身份验证器
            </Button>
          )}
        </Card>
      )}
      <Card title="修改密码">
        <Notice tone="info">修改后，所有手机和电脑上的登录都会退出，需要用新密码重新登录。</Notice>
        <Field label="现在的密码" password value={current} onInput={setCurrent} />
        <Field label="新密码" password value={next} onInput={setNext} hint={`密码${PASSWORD_RULE}。`} />
        <Field label="再输一次新密码" password value={confirm} onInput={setConfirm} />
        {change.error && <Notice tone="error">{change.error}</Notice>}
        <Button busy={change.busy} onTap={() => void changePassword()}>
          修改密码
        </Button>
      </Card>
      <Button tone="danger" onTap={() => void logout()}>
        退出登录
      </Button>
    </CadrePage>
  );
}
