import { Text, View } from '@tarojs/components';
import { CHECKLIST } from '@hulei/shared';
import { CadrePage, Card, Notice, Row } from '../../cadre/ui';
import { useCadre, useRemote } from '../../cadre/use-cadre';
import { screeningApi } from '../screening-api';
import '../index.css';

const PHASE_LABELS = {
  mobilisation: '动员部署',
  implementation: '工作实施',
  summary: '总结上报',
  finished: '已结束',
} as const;

const percent = (visited: number, total: number) => (total === 0 ? 0 : Math.round((visited / total) * 100));

/** 全覆盖、零遗留: visited / total for her region and the level below, concerns by item. */
export default function CoveragePage() {
  const user = useCadre();
  const coverage = useRemote(user ? () => screeningApi.coverage() : undefined, [user?.id]);
  const village = user && user.regionCode.length === 12 ? user.regionCode : undefined;
  const unvisited = useRemote(village ? () => screeningApi.unvisited(village) : undefined, [village]);
  if (!user) return <CadrePage />;
  const c = coverage.data;
  return (
    <CadrePage title="走访覆盖">
      {coverage.error && <Notice tone="error">{coverage.error}</Notice>}
      {coverage.loading && !c && <Notice tone="info">正在加载…</Notice>}
      {c && (
        <View>
          <Card title={`${c.regionName} · ${c.year} 年`}>
            <Text className="coverage__big">
              已走访 {c.visited} / {c.total} 户
            </Text>
            <View className="coverage__bar">
              <View className="coverage__bar-fill" style={{ width: `${percent(c.visited, c.total)}%` }} />
            </View>
            <Row label="未走访">{c.unvisited} 户</Row>
            {c.campaign && (
              <View>
                <Row label="当前阶段">{PHASE_LABELS[c.campaign.phase]}</Row>
                <Row label="动员部署">{c.campaign.mobilisationBy} 前</Row>
                <Row label="工作实施">
                  {c.campaign.implementationFrom} 至 {c.campaign.implementationTo}
                </Row>
                <Row label="总结上报">{c.campaign.summaryBy} 前</Row>
              </View>
            )}
          </Card>
          <Card title={village ? '各网格' : '下一级'}>
            {c.parts.map((part) => (
              <Row key={part.code ?? 'none'} label={part.name}>
                {part.visited} / {part.total} 户（{percent(part.visited, part.total)}%）
              </Row>
            ))}
          </Card>
          <Card title="发现的问题（户数）">
            {c.concerns.map((concern) => (
              <Row key={concern.item} label={CHECKLIST.find((item) => item.id === concern.item)!.text}>
                {concern.households}
              </Row>
            ))}
          </Card>
        </View>
      )}
      {unvisited.data && (
        <Card title={`还没走访的户（${unvisited.data.total}）`}>
          {unvisited.data.items.map((h) => (
            <Row key={h.id} label={h.address}>
              {h.headName}
            </Row>
          ))}
          {unvisited.data.total === 0 && <Notice tone="success">零遗留：每一户都走访到了</Notice>}
        </Card>
      )}
    </CadrePage>
  );
}
