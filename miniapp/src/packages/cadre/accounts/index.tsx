import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ROLE_LABELS, type ApiSchemas, type Role } from '@hulei/shared';
import { useState } from 'react';
import { api } from '../../../api';
import { ChoiceList } from '../../../components/choice-list';
import { RegionPicker, type RegionChoice } from '../../../components/region-picker';
import { formatTime } from '../format';
import type { CadreUser } from '../session';
import { Button, CadrePage, Card, Field, Notice, Pager, selectable } from '../ui';
import { useAction, useCadre, useCadreLoad } from '../use-cadre';
import { ROLE_LEVEL, invitableRoles, outranks } from './role-rules';
import './index.css';

type Account = ApiSchemas['AccountDto'];
type Invitation = ApiSchemas['InvitationCreatedDto'];

const PAGE_SIZE = 50;

/** 账号管理: the accounts of her jurisdiction, invitations for new ones, disable and enable. */
export default function AccountsPage() {
  const user = useCadre();
  const [page, setPage] = useState(1);
  const list = useCadreLoad(user && String(page), () =>
    api.get('/api/identity/accounts', { query: { page, pageSize: PAGE_SIZE } }),
  );
  const [inviting, setInviting] = useState(false);
  const [invitation, setInvitation] = useState<Invitation>();

  if (!user) return <CadrePage />;
  if (invitation) return <InvitationCode invitation={invitation} onDone={() => setInvitation(undefined)} />;

  const replace = (account: Account) =>
    list.data && list.update({ ...list.data, items: list.data.items.map((a) => (a.id === account.id ? account : a)) });

  return (
    <CadrePage title="账号管理">
      {inviting ? (
        <InviteForm
          user={user}
          onCancel={() => setInviting(false)}
          onInvited={(created) => {
            setInviting(false);
            setInvitation(created);
          }}
        />
      ) : (
        <Button onTap={() => setInviting(true)}>邀请新账号</Button>
      )}
      {list.loading && <Notice tone="info">正在加载…</Notice>}
      {list.error && <Notice tone="error">{list.error}</Notice>}
      {list.data && <View className="accounts__count">管辖范围内共 {list.data.total} 个账号</View>}
      {list.data?.items.map((account) => (
        <AccountCard key={account.id} account={account} user={user} onChanged={replace} />
      ))}
      {list.data && <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />}
    </CadrePage>
  );
}

function AccountCard({
  account,
  user,
  onChanged,
}: {
  account: Account;
  user: CadreUser;
  onChanged: (account: Account) => void;
}) {
  const { busy, error, run } = useAction();
  const disabled = account.status === 'disabled';
  const toggle = async () => {
    if (!disabled) {
      const { confirm } = await Taro.showModal({
        title: `停用 ${account.name} 的账号？`,
        content: '停用后，对方在所有手机和电脑上的登录会立即退出，直到重新启用。',
        confirmText: '停用',
      });
      if (!confirm) return;
    }
    const path = disabled ? '/api/identity/accounts/{id}/enable' : '/api/identity/accounts/{id}/disable';
    const changed = await run(() => api.post(path, { path: { id: account.id } }));
    if (changed) onChanged(changed);
  };
  return (
    <Card>
      <View className="accounts__name">
        {account.name}
        {disabled && <Text className="accounts__tag">已停用</Text>}
      </View>
      <View className="accounts__meta">
        {ROLE_LABELS[account.role]} · {account.regionName} · {account.phone}
      </View>
      {error && <Notice tone="error">{error}</Notice>}
      {account.id !== user.id && outranks(user.role, account.role) && (
        <Button tone={disabled ? 'plain' : 'danger'} busy={busy} onTap={() => void toggle()}>
          {disabled ? '重新启用' : '停用'}
        </Button>
      )}
    </Card>
  );
}

function InviteForm({
  user,
  onCancel,
  onInvited,
}: {
  user: CadreUser;
  onCancel: () => void;
  onInvited: (invitation: Invitation) => void;
}) {
  const roles = invitableRoles(user.role, user.regionCode);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [role, setRole] = useState<Role | undefined>(roles.length === 1 ? roles[0] : undefined);
  const [region, setRegion] = useState<RegionChoice>();
  const { busy, error, setError, run } = useAction();

  const submit = async () => {
    const problem = !name.trim()
      ? '请填写对方的姓名'
      : !/^1\d{10}$/.test(phone)
        ? '请填写对方的 11 位手机号'
        : !role
          ? '请选择对方的角色'
          : !region?.complete
            ? '请选到对方所在的地区'
            : undefined;
    if (problem || !role || !region) return setError(problem);
    const body = { name: name.trim(), phone, role, regionCode: region.region.code };
    const created = await run(() => api.post('/api/identity/invitations', { body }));
    if (created) onInvited(created);
  };

  return (
    <Card title="邀请新账号">
      <Field label="姓名" value={name} onInput={setName} maxLength={50} />
      <Field label="手机号" type="number" maxLength={11} value={phone} onInput={setPhone} />
      <View className="accounts__label">角色</View>
      <ChoiceList
        choices={roles.map((value) => ({ value, title: ROLE_LABELS[value] }))}
        value={role}
        onChange={(next) => {
          setRole(next);
          setRegion(undefined);
        }}
      />
      {role && (
        <RegionPicker
          key={role}
          title="所在地区"
          rootCode={user.regionCode}
          deepest={ROLE_LEVEL[role]}
          rememberable={false}
          onChange={setRegion}
        />
      )}
      {error && <Notice tone="error">{error}</Notice>}
      <Button busy={busy} onTap={() => void submit()}>
        生成邀请码
      </Button>
      <Button tone="plain" onTap={onCancel}>
        取消
      </Button>
    </Card>
  );
}

/** The 8-character code, shown once, large, to be read out to the new cadre. */
function InvitationCode({ invitation, onDone }: { invitation: Invitation; onDone: () => void }) {
  return (
    <CadrePage title="邀请码">
      <Card>
        <View>
          给 {invitation.name}（{ROLE_LABELS[invitation.role]}）的邀请码，只显示这一次：
        </View>
        <Text className="accounts__code" {...selectable()}>
          {invitation.code}
        </Text>
        <Notice tone="info">请当面或电话告知对方，7 天内有效</Notice>
        <View className="accounts__meta">
          有效期至 {formatTime(invitation.expiresAt)}
          。对方打开护蕾，点“妇联干部入口”→“收到了邀请码？激活新账号”，输入邀请码并设置密码。
        </View>
        <Button onTap={onDone}>我已告知对方</Button>
      </Card>
    </CadrePage>
  );
}
