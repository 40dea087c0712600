import { View } from '@tarojs/components';
import {
  CARE_CATEGORIES,
  CARE_CATEGORY_LABELS,
  RISK_LEVELS,
  RISK_LEVEL_LABELS,
  type CareCategory,
  type RiskLevel,
} from '@hulei/shared';
import { useState } from 'react';
import { ChoiceList } from '../../components/choice-list';
import { TextBox } from '../../components/text-box';
import { Button, Card, Field, Notice } from '../cadre/ui';
import { useAction } from '../cadre/use-cadre';
import { careApi, type CareRecordDetail } from './care-api';

/** A child added to the ledger by hand, in the chair's own village. */
export function NewRecordForm({
  villageCode,
  onCreated,
}: {
  villageCode: string;
  onCreated: (r: CareRecordDetail) => void;
}) {
  const [childName, setChildName] = useState('');
  const [birthYear, setBirthYear] = useState('');
  const [category, setCategory] = useState<CareCategory>('left_behind');
  const [riskLevel, setRiskLevel] = useState<RiskLevel>('medium');
  const [guardianSituation, setGuardianSituation] = useState('');
  const [school, setSchool] = useState('');
  const action = useAction();
  const save = async () => {
    if (!childName.trim()) return action.setError('请填写儿童姓名');
    if (birthYear && !/^\d{4}$/.test(birthYear)) return action.setError('出生年份应为四位数字，如 2015');
    const created = await action.run(() =>
      careApi.create({
        villageCode,
        childName: childName.trim(),
        ...(birthYear ? { birthYear: Number(birthYear) } : {}),
        category,
        riskLevel,
        ...(guardianSituation.trim() ? { guardianSituation: guardianSituation.trim() } : {}),
        ...(school.trim() ? { school: school.trim() } : {}),
      }),
    );
    if (created) onCreated(created);
  };
  return (
    <Card title="新增重点关爱儿童">
      <Field label="儿童姓名" value={childName} onInput={setChildName} maxLength={20} />
      <Field
        label="出生年份（可不填）"
        value={birthYear}
        onInput={setBirthYear}
        type="number"
        maxLength={4}
        placeholder="如：2015"
      />
      <ChoiceList
        choices={CARE_CATEGORIES.map((c) => ({ value: c, title: CARE_CATEGORY_LABELS[c] }))}
        value={category}
        onChange={setCategory}
      />
      <View className="cadre__label">风险等级</View>
      <ChoiceList
        inline
        choices={RISK_LEVELS.map((r) => ({ value: r, title: RISK_LEVEL_LABELS[r] }))}
        value={riskLevel}
        onChange={setRiskLevel}
      />
      <TextBox
        value={guardianSituation}
        onInput={setGuardianSituation}
        placeholder="监护情况（如：父母外出务工，随祖母生活）"
        maxLength={500}
      />
      <Field label="就读学校（可不填）" value={school} onInput={setSchool} maxLength={60} />
      {action.error && <Notice tone="error">{action.error}</Notice>}
      <Button busy={action.busy} onTap={() => void save()}>
        加入台账
      </Button>
    </Card>
  );
}
