import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Tap } from '../../components/tap';
import { openPage } from '../../lib/navigation';
import { ROUTES } from '../../routes';
import { Button, CadrePage, Notice } from '../cadre/ui';
import { useCadre, useRemote } from '../cadre/use-cadre';
import { cacheHouseholds, cachedHouseholds } from './household-cache';
import { screeningApi, type Household } from './screening-api';
import {
  discardVisit,
  outboxState,
  startVisitOutbox,
  syncVisits,
  watchVisitOutbox,
  type OutboxState,
} from './visit-outbox';
import { VisitForm } from './visit-form';
import './index.css';

type Filter = 'all' | 'unvisited' | 'visited';
const FILTERS: Array<[Filter, string]> = [
  ['unvisited', '未走访'],
  ['visited', '已走访'],
  ['all', '全部'],
];

export function useVisitOutbox(): OutboxState {
  const [state, setState] = useState(outboxState);
  useEffect(() => {
    startVisitOutbox();
    return watchVisitOutbox(setState);
  }, []);
  return state;
}

function OutboxBanner({ outbox }: { outbox: OutboxState }) {
  const waiting = outbox.pending.filter((p) => !p.refused);
  const refused = outbox.pending.filter((p) => p.refused);
  return (
    <View>
      {waiting.length > 0 && (
        <Notice tone="info">
          <View>
            {outbox.sending ? '正在同步' : '待同步'} {waiting.length} 次走访（已加密保存在手机上）
          </View>
          {outbox.reason && !outbox.sending && <View>{outbox.reason}；网络恢复后会自动同步</View>}
          {!outbox.sending && (
            <Button tone="plain" onTap={() => void syncVisits()}>
              立即同步
            </Button>
          )}
        </Notice>
      )}
      {refused.map((p) => (
        <Notice key={p.key} tone="error">
          <View>
            {p.label}：{p.refused}
          </View>
          <Button tone="plain" onTap={() => discardVisit(p.key)}>
            知道了，删除这条走访
          </Button>
        </Notice>
      ))}
      {outbox.delivered.length > 0 && waiting.length === 0 && (
        <Notice tone="success">已同步 {outbox.delivered.length} 次走访</Notice>
      )}
      {outbox.delivered
        .filter((d) => d.result.helpRequestId)
        .map((d) => (
          <Notice key={d.result.id} tone="info">
            {d.label}：已建立求助（来源：走访），村妇联可在求助处理中跟进；
            {d.result.policeReported ? '强制报告已记录' : '请尽快向公安报告并补记强制报告'}
          </Notice>
        ))}
    </View>
  );
}

function HouseholdRow({ household, pending, onTap }: { household: Household; pending: boolean; onTap: () => void }) {
  const status = pending ? '待同步' : household.visited ? '已走访' : '未走访';
  return (
    <Tap className="households__item" onTap={onTap}>
      <View className="households__head">
        <Text className="households__address">{household.address}</Text>
        <Text
          className={`households__status households__status--${pending ? 'pending' : household.visited ? 'done' : 'todo'}`}
        >
          {status}
        </Text>
      </View>
      <View className="households__line">
        户主 {household.headName} · 儿童 {household.childCount} 名
      </View>
    </Tap>
  );
}

/** 敲门行动: the households of her grids, visited or not, and the visits waiting to sync. */
export default function ScreeningPage() {
  const user = useCadre();
  const villageCode = user && user.regionCode.length === 12 ? user.regionCode : undefined;
  const outbox = useVisitOutbox();
  const [visiting, setVisiting] = useState<Household>();
  const [filter, setFilter] = useState<Filter>('unvisited');
  const [offlineCopy, setOfflineCopy] = useState<string>();
  const list = useRemote<Household[]>(
    villageCode
      ? async () => {
          try {
            const page = await screeningApi.households(villageCode);
            cacheHouseholds(villageCode, page.items);
            setOfflineCopy(undefined);
            return page.items;
          } catch (error) {
            const cached = cachedHouseholds(villageCode);
            if (!cached) throw error;
            setOfflineCopy(cached.savedAt);
            return cached.items;
          }
        }
      : undefined,
    [villageCode],
  );
  // A synced visit marks its household visited in the cached list: show it.
  useEffect(() => {
    const cached = villageCode ? cachedHouseholds(villageCode) : undefined;
    if (cached && outbox.delivered.length) list.update(cached.items);
  }, [outbox.delivered.length]);
  useDidShow(() => {
    if (villageCode && list.data) {
      const cached = cachedHouseholds(villageCode);
      if (cached) list.update(cached.items);
    }
  });

  if (!user) return <CadrePage />;
  if (visiting && villageCode) {
    const done = () => {
      setVisiting(undefined);
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
    };
    return <VisitForm user={user} household={visiting} villageCode={villageCode} onDone={done} />;
  }
  const pendingIds = new Set(outbox.pending.map((p) => p.visit.householdId));
  const items = (list.data ?? []).filter((h) =>
    filter === 'all'
      ? true
      : filter === 'visited'
        ? h.visited || pendingIds.has(h.id)
        : !h.visited && !pendingIds.has(h.id),
  );
  const visited = (list.data ?? []).filter((h) => h.visited || pendingIds.has(h.id)).length;
  return (
    <CadrePage title="敲门行动">
      <OutboxBanner outbox={outbox} />
      <Button tone="plain" onTap={() => openPage(ROUTES.screeningCoverage)}>
        查看走访覆盖情况
      </Button>
      {!villageCode && <Notice tone="info">入户走访由村里的网格员和村妇联主席登记；请查看走访覆盖情况。</Notice>}
      {villageCode && (
        <View>
          {offlineCopy && (
            <Notice tone="info">
              现在没有网络，显示的是 {offlineCopy.slice(0, 10)} 保存在手机上的名单；走访照常登记，有网后自动同步。
            </Notice>
          )}
          {list.error && !list.data && <Notice tone="error">{list.error}</Notice>}
          {list.data && (
            <View className="households__summary">
              已走访 {visited} / {list.data.length} 户
            </View>
          )}
          <View className="households__filters">
            {FILTERS.map(([value, label]) => (
              <Tap
                key={value}
                className={`households__chip${filter === value ? ' households__chip--on' : ''}`}
                onTap={() => setFilter(value)}
              >
                {label}
              </Tap>
            ))}
          </View>
          {list.loading && !list.data && <Notice tone="info">正在加载…</Notice>}
          {list.data && items.length === 0 && (
            <Notice tone="success">{filter === 'unvisited' ? '全部走访完了，零遗留！' : '没有符合条件的户'}</Notice>
          )}
          {items.map((h) => (
            <HouseholdRow key={h.id} household={h} pending={pendingIds.has(h.id)} onTap={() => setVisiting(h)} />
          ))}
        </View>
      )}
    </CadrePage>
  );
}
