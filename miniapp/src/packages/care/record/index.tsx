import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CARE_CATEGORY_LABELS, CARE_SERVICE_LABELS, RISK_LEVEL_LABELS } from '@hulei/shared';
import { useState } from 'react';
import { openPage } from '../../../lib/navigation';
import { ROUTES } from '../../../routes';
import { Button, CadrePage, Card, Notice, Row } from '../../cadre/ui';
import { useCadre, useRemote } from '../../cadre/use-cadre';
import { ageOf, careApi, dayOf } from '../care-api';
import { AddServiceForm, CloseForm, PairForm } from '../record-actions';
import '../index.css';

/** A child's whole ledger record, for the federation (every view is audited at the server). */
export default function RecordPage() {
  const user = useCadre();
  const [id] = useState(() => Taro.getCurrentInstance().router?.params?.id ?? '');
  const record = useRemote(user ? () => careApi.record(id) : undefined, [user?.id, id]);
  if (!user) return <CadrePage />;
  const r = record.data;
  return (
    <CadrePage title="台账详情">
      {record.error && <Notice tone="error">{record.error}</Notice>}
      {r && (
        <View>
          <Card title={r.childName ?? '（已删除）'}>
            <Row label="村">{r.villageName}</Row>
            {r.birthYear && <Row label="年龄">{ageOf(r.birthYear)}</Row>}
            <Row label="类别">{CARE_CATEGORY_LABELS[r.category]}</Row>
            <Row label="风险等级">{RISK_LEVEL_LABELS[r.riskLevel]}</Row>
            <Row label="监护情况">{r.guardianSituation ?? '—'}</Row>
            <Row label="就读学校">{r.school ?? '—'}</Row>
            <Row label="状态">{r.status === 'open' ? '帮扶中' : `已结案 ${dayOf(r.closedAt)}`}</Row>
            {r.notes && <Row label="工作记录">{r.notes}</Row>}
          </Card>
          <Card title="五位一体服务与心理辅导">
            {r.services.length === 0 && <Notice tone="info">还没有服务记录</Notice>}
            {r.services.map((s) => (
              <Row key={s.id} label={CARE_SERVICE_LABELS[s.kind]}>
                {s.providedOn} · {s.provider}
              </Row>
            ))}
          </Card>
          <Card title="结对帮扶">
            {r.pairings.filter((p) => !p.endedAt).length === 0 && <Notice tone="info">还没有结对帮扶人</Notice>}
            {r.pairings
              .filter((p) => !p.endedAt)
              .map((p) => (
                <View key={p.id} className="care__note">
                  <Text className="care__name">{p.helperName}</Text>
                  <View className="care__line">
                    每 {p.intervalDays} 天至少回访一次 · 下次 {dayOf(p.nextDueAt)} 前{p.overdue ? ' · 已逾期' : ''}
                  </View>
                </View>
              ))}
            <Button tone="plain" onTap={() => openPage(ROUTES.carePlan, { recordId: r.id })}>
              回访记录（{r.followUps.length}）
            </Button>
          </Card>
          {r.status === 'open' && (
            <View>
              <AddServiceForm record={r} onDone={record.update} />
              <PairForm record={r} onDone={record.update} />
              <CloseForm record={r} onDone={record.update} />
            </View>
          )}
        </View>
      )}
    </CadrePage>
  );
}
