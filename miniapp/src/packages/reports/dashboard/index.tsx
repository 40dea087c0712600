import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { chinaMonthOf, monthsEndingAt } from '@hulei/shared';
import { openPage } from '../../../lib/navigation';
import { ROUTES } from '../../../routes';
import { Button, CadrePage, Card, Notice } from '../../cadre/ui';
import { useCadre, useRemote } from '../../cadre/use-cadre';
import { reportsApi } from '../reports-api';
import { ChartView, PeriodChips, TableView } from '../ui';
import '../index.css';

/** 数据看板: trends, categories, regions, coverage and deadlines kept, each chart with its table. */
export default function DashboardPage() {
  const user = useCadre();
  const params = Taro.getCurrentInstance().router?.params ?? {};
  const region = params.region || user?.regionCode;
  const [month, setMonth] = useState(params.month || chinaMonthOf());
  const board = useRemote(user && region ? () => reportsApi.dashboard(region, month) : undefined, [
    user?.id,
    region,
    month,
  ]);
  if (!user || !region) return <CadrePage />;
  const b = board.data;
  return (
    <CadrePage title="数据看板">
      <PeriodChips periods={monthsEndingAt(chinaMonthOf(), 6).reverse()} chosen={month} onChoose={setMonth} />
      {board.error && <Notice tone="error">{board.error}</Notice>}
      {board.loading && !b && <Notice tone="info">正在统计…</Notice>}
      {b && (
        <View className="board">
          <View className="board__heading">
            {b.regionName} · {b.monthLabel}
          </View>
          {b.hidden && (
            <Notice tone="info">乡镇、村的 1–4 个儿童或个案，对本地区以外的人显示为“&lt;5”，图上画成斜纹短条。</Notice>
          )}
          <View className="board__charts">
            {b.charts.map((chart) => (
              <Card key={chart.key} title={chart.title}>
                <ChartView chart={chart} />
                <TableView table={chart.table} />
              </Card>
            ))}
          </View>
          <Button tone="link" onTap={() => openPage(ROUTES.reports, { region: b.regionCode, period: month })}>
            {b.monthLabel}工作月报 →
          </Button>
        </View>
      )}
    </CadrePage>
  );
}
