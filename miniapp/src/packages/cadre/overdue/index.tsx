import { View } from '@tarojs/components';
import { HANDLING_LEVELS, type HandlingLevel } from '@hulei/shared';
import { useState } from 'react';
import { Tap } from '../../../components/tap';
import { cadreHelpApi, type InboxItem } from '../help-api';
import { InboxCard } from '../inbox/inbox-card';
import { levelLabel } from '../labels';
import { useRegionNames } from '../region-names';
import { Button, CadrePage, Notice } from '../ui';
import { PageClock } from '../ui/countdown';
import { useCadre, useCadreLoad, useReloadOnReturn } from '../use-cadre';
import './index.css';

// Rarely more than a handful at once; the server's page limit is the only bound.
const MOST = 100;

const dueTime = (item: InboxItem) => (item.dueAt ? new Date(item.dueAt).getTime() : Infinity);

/** Red 强制报告 flags first, then the request that has waited longest past its deadline. */
function byUrgencyOfLateness(a: InboxItem, b: InboxItem): number {
  if (a.policeReportOverdue !== b.policeReportOverdue) return a.policeReportOverdue ? -1 : 1;
  return dueTime(a) - dueTime(b);
}

/**
 * 超时求助: what in her jurisdiction has run out of time, per handling level — requests past their
 * deadline (and missed police reports), then requests the clocks moved up because nobody acknowledged them.
 */
export default function OverduePage() {
  const user = useCadre();
  const [level, setLevel] = useState<HandlingLevel>();
  const key = user && (level ?? 'all');
  const overdue = useCadreLoad(key, () => cadreHelpApi.inbox({ overdue: true, level }, 1, MOST));
  // Not yet acknowledged above the village: the clock has already moved it at least once. One query per
  // level, so the many fresh requests of the villages do not crowd these out of the page.
  const waiting = useCadreLoad(level === 'village' ? undefined : key, async () => {
    const levels = level ? [level] : HANDLING_LEVELS.filter((value) => value !== 'village');
    const pages = await Promise.all(
      levels.map((value) => cadreHelpApi.inbox({ status: 'submitted', level: value }, 1, MOST)),
    );
    return { items: pages.flatMap((page) => page.items), truncated: pages.some((page) => page.total > MOST) };
  });
  useReloadOnReturn(() => {
    overdue.reload();
    waiting.reload();
  });

  const late = [...(overdue.data?.items ?? [])].sort(byUrgencyOfLateness);
  const lateIds = new Set(late.map((item) => item.id));
  const moved =
    level === 'village'
      ? []
      : (waiting.data?.items ?? []).filter((item) => !lateIds.has(item.id)).sort((a, b) => dueTime(a) - dueTime(b));
  const names = useRegionNames([...late, ...moved].map((item) => item.regionCode));

  if (!user) return <CadrePage />;
  const chip = (value: HandlingLevel | undefined, text: string) => (
    <Tap key={text} className={`inbox__chip${level === value ? ' inbox__chip--on' : ''}`} onTap={() => setLevel(value)}>
      {text}
    </Tap>
  );
  return (
    <CadrePage title="超时求助">
      <View className="inbox__filter">
        <View className="inbox__filter-label">层级</View>
        {chip(undefined, '全部')}
        {HANDLING_LEVELS.map((value) => chip(value, levelLabel(value)))}
      </View>
      {[overdue.error, waiting.error].filter(Boolean).map((error) => (
        <Notice key={error} tone="error">
          {error}
          <Button
            tone="link"
            onTap={() => {
              overdue.reload();
              waiting.reload();
            }}
          >
            重试
          </Button>
        </Notice>
      ))}
      {(overdue.loading || waiting.loading) && <Notice tone="info">正在加载…</Notice>}
      <PageClock>
        <View className="overdue__heading">已超时</View>
        {overdue.data && late.length === 0 && <View className="overdue__empty">没有超时的求助。</View>}
        {late.map((item) => (
          <InboxCard key={item.id} item={item} regionName={names[item.regionCode]} />
        ))}
        {level !== 'village' && (
          <>
            <View className="overdue__heading">超时未受理，已转上级</View>
            <View className="overdue__hint">村里没有按时受理的求助，会依次转到乡镇、县、市妇联，每一级重新计时。</View>
            {waiting.data && moved.length === 0 && <View className="overdue__empty">没有转到上级的求助。</View>}
            {moved.map((item) => (
              <InboxCard key={item.id} item={item} regionName={names[item.regionCode]} />
            ))}
          </>
        )}
      </PageClock>
      {((overdue.data?.total ?? 0) > MOST || waiting.data?.truncated) && (
        <Notice tone="info">这里只列出最近的 {MOST} 条，其余的请在“求助处理”中按条件查看。</Notice>
      )}
    </CadrePage>
  );
}
