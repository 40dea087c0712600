import { Text, View } from '@tarojs/components';
import { CARE_CATEGORY_LABELS, RISK_LEVEL_LABELS } from '@hulei/shared';
import { useState } from 'react';
import { Tap } from '../../components/tap';
import { openPage } from '../../lib/navigation';
import { ROUTES } from '../../routes';
import { Button, CadrePage, Notice } from '../cadre/ui';
import { useCadre, useReloadOnReturn, useRemote } from '../cadre/use-cadre';
import { ageOf, careApi, dayOf, type FollowUpPlan } from './care-api';
import { NewRecordForm } from './record-form';
import './index.css';

function PlanRow({ plan }: { plan: FollowUpPlan }) {
  return (
    <Tap className="care__item" onTap={() => openPage(ROUTES.carePlan, { recordId: plan.recordId })}>
      <View className="care__head">
        <Text className="care__name">{plan.childName ?? '（已删除）'}</Text>
        {plan.overdue && <Text className="care__late">回访已逾期</Text>}
      </View>
      <View className="care__line">
        {plan.villageName} {ageOf(plan.birthYear)} · 每 {plan.intervalDays} 天至少回访一次
      </View>
      <View className="care__line">
        上次回访 {dayOf(plan.lastFollowUpAt)} · 下次回访 {dayOf(plan.nextDueAt)} 前
      </View>
    </Tap>
  );
}

/** 我的结对儿童 for a volunteer: her paired children's plans, nothing else. */
function MyChildren() {
  const plans = useRemote(() => careApi.plans(), []);
  useReloadOnReturn(plans.reload);
  return (
    <CadrePage title="我的结对儿童">
      {plans.error && <Notice tone="error">{plans.error}</Notice>}
      {plans.data && plans.data.length === 0 && <Notice tone="info">还没有和您结对的儿童</Notice>}
      {plans.data?.map((plan) => (
        <PlanRow key={plan.recordId} plan={plan} />
      ))}
    </CadrePage>
  );
}

/** 重点关爱台账 for the federation: the children of her jurisdiction, the overdue ones first to see. */
function Ledger({ villageCode }: { villageCode?: string }) {
  const [overdue, setOverdue] = useState(false);
  const [adding, setAdding] = useState(false);
  const ledger = useRemote(() => careApi.records(overdue), [overdue]);
  useReloadOnReturn(ledger.reload);
  return (
    <CadrePage title="重点关爱台账">
      {villageCode && !adding && (
        <Button tone="plain" onTap={() => setAdding(true)}>
          新增重点关爱儿童
        </Button>
      )}
      {villageCode && adding && (
        <NewRecordForm
          villageCode={villageCode}
          onCreated={(record) => {
            setAdding(false);
            void ledger.reload();
            openPage(ROUTES.careRecord, { id: record.id });
          }}
        />
      )}
      <View className="care__filters">
        {[false, true].map((value) => (
          <Tap
            key={String(value)}
            className={`care__chip${overdue === value ? ' care__chip--on' : ''}`}
            onTap={() => setOverdue(value)}
          >
            {value ? '回访逾期' : '全部'}
          </Tap>
        ))}
      </View>
      {ledger.error && <Notice tone="error">{ledger.error}</Notice>}
      {ledger.data && ledger.data.items.length === 0 && <Notice tone="info">没有符合条件的儿童</Notice>}
      {ledger.data?.items.map((r) => (
        <Tap key={r.id} className="care__item" onTap={() => openPage(ROUTES.careRecord, { id: r.id })}>
          <View className="care__head">
            <Text className="care__name">{r.childName ?? '（已删除）'}</Text>
            {r.overdue && <Text className="care__late">回访已逾期</Text>}
          </View>
          <View className="care__line">
            {r.villageName} {ageOf(r.birthYear)} · {CARE_CATEGORY_LABELS[r.category]} · 风险
            {RISK_LEVEL_LABELS[r.riskLevel]}
          </View>
          <View className="care__line">{r.status === 'open' ? `结对帮扶人 ${r.helpers} 位` : '已结案'}</View>
        </Tap>
      ))}
    </CadrePage>
  );
}

export default function CarePage() {
  const user = useCadre();
  if (!user) return <CadrePage />;
  if (user.role === 'volunteer') return <MyChildren />;
  return <Ledger villageCode={user.regionCode.length === 12 ? user.regionCode : undefined} />;
}
