import { Text, View } from '@tarojs/components';
import { ROLE_LABELS } from '@hulei/shared';
import { api } from '../../api';
import { Tap } from '../../components/tap';
import { openPage } from '../../lib/navigation';
import { ROUTES, type Route } from '../../routes';
import { CadrePage, Notice } from './ui';
import { useCadre, useCadreLoad } from './use-cadre';
import './index.css';

function Entry({ title, detail, route }: { title: string; detail: string; route: Route }) {
  return (
    <Tap className="bench__entry" onTap={() => openPage(route)}>
      <Text className="bench__entry-title">{title}</Text>
      <Text className="bench__entry-detail">{detail}</Text>
    </Tap>
  );
}

// Cadres work here; it is not a page a child opens, so it carries no quick-exit button.
export default function WorkbenchPage() {
  const user = useCadre();
  const me = useCadreLoad(user?.id, () => api.get('/api/identity/me'));
  if (!user) return <CadrePage />;
  const federation = user.role.startsWith('federation_');
  return (
    <CadrePage>
      <View className="bench__hello">{user.name}，您好</View>
      <View className="bench__who">
        {ROLE_LABELS[user.role]} · {me.data?.regionName ?? user.regionCode}
      </View>
      {me.error && <Notice tone="error">{me.error}</Notice>}
      {/* Each role sees what it may use: a grid worker visits households, a volunteer follows her children. */}
      <View className="bench__grid">
        {federation && <Entry title="求助处理" detail="本辖区的求助：受理、回复、转介" route={ROUTES.cadreInbox} />}
        {federation && <Entry title="超时求助" detail="超过受理时限、已转上级的求助" route={ROUTES.cadreOverdue} />}
        {(federation || user.role === 'grid_worker') && (
          <Entry title="敲门行动" detail="入户走访“六看六问”、走访覆盖" route={ROUTES.screening} />
        )}
        {federation && <Entry title="重点关爱" detail="重点关爱台账、结对帮扶、服务记录" route={ROUTES.care} />}
        {user.role === 'volunteer' && <Entry title="我的结对儿童" detail="走访计划和跟进记录" route={ROUTES.care} />}
        {federation && <Entry title="舆情处置" detail="“2112”逐级下发，按时反馈" route={ROUTES.opinionCases} />}
        {federation && <Entry title="提醒" detail="新求助提醒、送达情况" route={ROUTES.cadreReminders} />}
        {federation && <Entry title="月报" detail="一月一汇报、年度总结、数据看板" route={ROUTES.reports} />}
        {federation && <Entry title="账号管理" detail="邀请、停用下级账号" route={ROUTES.cadreAccounts} />}
        <Entry title="我的账号" detail="密码、微信、身份验证器" route={ROUTES.cadreAccount} />
      </View>
    </CadrePage>
  );
}
