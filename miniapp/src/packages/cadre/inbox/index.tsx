import { Text, View } from '@tarojs/components';
import {
  HANDLING_LEVELS,
  HELP_CATEGORIES,
  HELP_CATEGORY_LABELS,
  HELP_STATUSES,
  HELP_STATUS_LABELS,
  URGENCIES,
  URGENCY_LABELS,
} from '@hulei/shared';
import { useState } from 'react';
import { Tap } from '../../../components/tap';
import { openPage } from '../../../lib/navigation';
import { ROUTES } from '../../../routes';
import { ageOf, dueOf } from '../format';
import { cadreHelpApi, type InboxFilters, type InboxItem } from '../help-api';
import { levelLabel } from '../labels';
import { useRegionNames } from '../region-names';
import { Button, CadrePage, Notice, Pager } from '../ui';
import { useCadre, useCadreLoad, useReloadOnReturn } from '../use-cadre';
import './index.css';

const PAGE_SIZE = 20;

function FilterRow<K extends keyof InboxFilters>({
  label,
  name,
  values,
  labelOf,
  filters,
  onChange,
}: {
  label: string;
  name: K;
  values: readonly NonNullable<InboxFilters[K]>[];
  labelOf: (value: NonNullable<InboxFilters[K]>) => string;
  filters: InboxFilters;
  onChange: (filters: InboxFilters) => void;
}) {
  const chip = (value: InboxFilters[K] | undefined, text: string) => (
    <Tap
      key={text}
      className={`inbox__chip${filters[name] === value ? ' inbox__chip--on' : ''}`}
      onTap={() => onChange({ ...filters, [name]: value })}
    >
      {text}
    </Tap>
  );
  return (
    <View className="inbox__filter">
      <Text className="inbox__filter-label">{label}</Text>
      {chip(undefined, '全部')}
      {values.map((value) => chip(value, labelOf(value)))}
    </View>
  );
}

function InboxCard({ item, regionName }: { item: InboxItem; regionName?: string }) {
  const due = item.status === 'closed' || item.status === 'resolved' ? undefined : dueOf(item.dueAt);
  return (
    <Tap className="inbox__item" onTap={() => openPage(ROUTES.cadreRequest, { id: item.id })}>
      <View className="inbox__item-head">
        <Text className="inbox__category">{HELP_CATEGORY_LABELS[item.category]}</Text>
        <Text className={`inbox__urgency inbox__urgency--${item.urgency}`}>{URGENCY_LABELS[item.urgency]}</Text>
        <Text className="inbox__status">{HELP_STATUS_LABELS[item.status]}</Text>
      </View>
      <View className="inbox__line">
        {regionName ?? '…'} · 由{levelLabel(item.handlingLevel)}处理 · {ageOf(item.createdAt)}
      </View>
      {due && <View className={`inbox__due${due.overdue ? ' inbox__due--late' : ''}`}>{due.text}</View>}
      {item.policeReportOverdue && (
        <View className="inbox__due inbox__due--late">强制报告已超时，请立即报告并记录</View>
      )}
    </Tap>
  );
}

/** 求助处理: every request in her jurisdiction, newest first, with filters. */
export default function InboxPage() {
  const user = useCadre();
  const [filters, setFilters] = useState<InboxFilters>({});
  const [page, setPage] = useState(1);
  const inbox = useCadreLoad(user && JSON.stringify([filters, page]), () =>
    cadreHelpApi.inbox(filters, page, PAGE_SIZE),
  );
  useReloadOnReturn(inbox.reload);
  const names = useRegionNames(inbox.data?.items.map((item) => item.regionCode) ?? []);
  const filter = (next: InboxFilters) => {
    setPage(1);
    setFilters(next);
  };

  if (!user) return <CadrePage />;
  return (
    <CadrePage title="求助处理">
      <View className="inbox__filters">
        <FilterRow
          label="状态"
          name="status"
          values={HELP_STATUSES}
          labelOf={(v) => HELP_STATUS_LABELS[v]}
          filters={filters}
          onChange={filter}
        />
        <FilterRow
          label="类型"
          name="category"
          values={HELP_CATEGORIES}
          labelOf={(v) => HELP_CATEGORY_LABELS[v]}
          filters={filters}
          onChange={filter}
        />
        <FilterRow
          label="紧急"
          name="urgency"
          values={URGENCIES}
          labelOf={(v) => URGENCY_LABELS[v]}
          filters={filters}
          onChange={filter}
        />
        <FilterRow
          label="层级"
          name="level"
          values={HANDLING_LEVELS}
          labelOf={levelLabel}
          filters={filters}
          onChange={filter}
        />
      </View>
      {inbox.error && (
        <Notice tone="error">
          {inbox.error}
          <Button tone="link" onTap={inbox.reload}>
            重试
          </Button>
        </Notice>
      )}
      {inbox.loading && <Notice tone="info">正在加载…</Notice>}
      {inbox.data && (
        <View className="inbox__count">
          共 {inbox.data.total} 条{inbox.data.total === 0 ? '，暂时没有需要处理的求助' : ''}
        </View>
      )}
      {inbox.data?.items.map((item) => (
        <InboxCard key={item.id} item={item} regionName={names[item.regionCode]} />
      ))}
      {inbox.data && <Pager page={page} pageSize={PAGE_SIZE} total={inbox.data.total} onPage={setPage} />}
    </CadrePage>
  );
}
