import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Tap } from '../../../components/tap';
import { openPage } from '../../../lib/navigation';
import { ROUTES } from '../../../routes';
import { OPINION_FEEDBACK_WARN_MINUTES, OPINION_STEP_WARN_MINUTES } from '../deadlines';
import { formatTime } from '../format';
import { useRegionNames } from '../region-names';
import { OPINION_REGISTRARS } from '../roles';
import { Button, CadrePage, LoadError, Notice, Pager } from '../ui';
import { Countdown, PageClock } from '../ui/countdown';
import { useCadre, useCadreLoad, useReloadOnReturn } from '../use-cadre';
import { opinionApi, type OpinionSummary } from './opinion-api';
import { OPINION_STATUS_LABELS, SEVERITY_LABELS, federationOf, holds } from './opinion-words';
import './index.css';

const PAGE_SIZE = 20;

/** 舆情处置: the 2112 cases of her jurisdiction with the live countdowns of each; registration above. */
export default function OpinionCasesPage() {
  const user = useCadre();
  const [page, setPage] = useState(1);
  const list = useCadreLoad(user && String(page), () => opinionApi.list(page, PAGE_SIZE));
  useReloadOnReturn(list.reload);
  const names = useRegionNames(list.data?.items.flatMap((item) => [item.regionCode, item.currentRegionCode]) ?? []);

  if (!user) return <CadrePage />;
  return (
    <CadrePage title="舆情处置">
      <View className="opinion__rule">
        “2112”：省妇联 20 分钟内研判并下发到市，市 10 分钟内下发到县，县 10 分钟内通知乡镇，乡镇 2
        小时内核实情况、启动服务并反馈。
      </View>
      {OPINION_REGISTRARS.includes(user.role) && <Button onTap={() => openPage(ROUTES.opinionNew)}>登记舆情</Button>}
      <LoadError remote={list} />
      {list.loading && <Notice tone="info">正在加载…</Notice>}
      {list.data && (
        <View className="opinion__count">
          共 {list.data.total} 件{list.data.total === 0 ? '，暂时没有舆情事项' : ''}
        </View>
      )}
      <PageClock>
        {list.data?.items.map((item) => (
          <OpinionCard key={item.id} item={item} names={names} mine={holds(item, user.regionCode)} />
        ))}
      </PageClock>
      {list.data && <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />}
    </CadrePage>
  );
}

function OpinionCard({ item, names, mine }: { item: OpinionSummary; names: Record<string, string>; mine: boolean }) {
  const open = item.status === 'open';
  return (
    <Tap className="opinion__item" onTap={() => openPage(ROUTES.opinionCase, { id: item.id })}>
      <View className="opinion__item-head">
        <Text className="opinion__title">舆情 · {names[item.regionCode] ?? '…'}</Text>
        <Text className={`opinion__severity opinion__severity--${item.severity}`}>
          {SEVERITY_LABELS[item.severity]}
        </Text>
        <Text className="opinion__status">{OPINION_STATUS_LABELS[item.status]}</Text>
      </View>
      <View className="opinion__line">
        {open ? `现由${federationOf(names[item.currentRegionCode], item.currentLevel)}办理` : '乡镇已核实反馈'} · 登记于{' '}
        {formatTime(item.startedAt)}
      </View>
      {mine && <View className="opinion__mine">轮到您办理</View>}
      {open && (
        <View className="opinion__clocks">
          <Countdown dueAt={item.stepDueAt} warnMinutes={OPINION_STEP_WARN_MINUTES} label="下发期限" />
          <Countdown dueAt={item.feedbackDueAt} warnMinutes={OPINION_FEEDBACK_WARN_MINUTES} label="反馈期限" />
        </View>
      )}
      {item.overdue && <View className="opinion__late">有一级没有按时办理</View>}
    </Tap>
  );
}
