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
import { cadreHelpApi, type InboxFilters } from '../help-api';
import { levelLabel } from '../labels';
import { useRegionNames } from '../region-names';
import { CadrePage, LoadError, Notice, Pager } from '../ui';
import { PageClock } from '../ui/countdown';
import { useCadre, useCadreLoad, useReloadOnReturn } from '../use-cadre';
import { InboxCard } from './inbox-card';
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
      <LoadError remote={inbox} />
      {inbox.loading && <Notice tone="info">正在加载…</Notice>}
      {inbox.data && (
        <View className="inbox__count">
          共 {inbox.data.total} 条{inbox.data.total === 0 ? '，暂时没有需要处理的求助' : ''}
        </View>
      )}
      <PageClock>
        {inbox.data?.items.map((item) => (
          <InboxCard key={item.id} item={item} regionName={names[item.regionCode]} />
        ))}
      </PageClock>
      {inbox.data && <Pager page={page} pageSize={PAGE_SIZE} total={inbox.data.total} onPage={setPage} />}
    </CadrePage>
  );
}
