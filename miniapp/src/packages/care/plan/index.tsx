import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { TextBox } from '../../../components/text-box';
import { Button, CadrePage, Card, Notice, Row } from '../../cadre/ui';
import { useAction, useCadre, useRemote } from '../../cadre/use-cadre';
import { DateField, today } from '../../../components/date-field';
import { ageOf, careApi, dayOf } from '../care-api';
import '../index.css';

/** One paired child's plan and the follow-up notes, and the form for today's visit. */
export default function PlanPage() {
  const user = useCadre();
  const [recordId] = useState(() => Taro.getCurrentInstance().router?.params?.recordId ?? '');
  const plan = useRemote(user ? () => careApi.plan(recordId) : undefined, [user?.id, recordId]);
  const [visitedOn, setVisitedOn] = useState(today);
  const [note, setNote] = useState('');
  const action = useAction();
  if (!user) return <CadrePage />;
  const p = plan.data;
  const save = async () => {
    if (!note.trim()) return action.setError('请写下回访情况');
    const updated = await action.run(() => careApi.addNote(recordId, visitedOn, note.trim()));
    if (updated) {
      plan.update(updated);
      setNote('');
    }
  };
  return (
    <CadrePage title="回访计划">
      {plan.error && <Notice tone="error">{plan.error}</Notice>}
      {p && (
        <View>
          <Card title={p.childName ?? '（已删除）'}>
            <Row label="村">{p.villageName}</Row>
            {p.birthYear && <Row label="年龄">{ageOf(p.birthYear)}</Row>}
            <Row label="回访要求">每 {p.intervalDays} 天至少一次</Row>
            <Row label="上次回访">{dayOf(p.lastFollowUpAt)}</Row>
            <Row label="下次回访">{dayOf(p.nextDueAt)} 前</Row>
            <Row label="结对帮扶人">{p.helperNames.join('、')}</Row>
            {p.overdue && <Notice tone="error">回访已逾期，请尽快去看看孩子</Notice>}
          </Card>
          <Card title="记录这次回访">
            <DateField label="回访日期" value={visitedOn} onChange={setVisitedOn} />
            <TextBox value={note} onInput={setNote} placeholder="孩子的情况、需要的帮助（加密保存）" maxLength={1000} />
            {action.error && <Notice tone="error">{action.error}</Notice>}
            <Button busy={action.busy} onTap={() => void save()}>
              保存回访记录
            </Button>
          </Card>
          <Card title="回访记录">
            {p.notes.length === 0 && <Notice tone="info">还没有回访记录</Notice>}
            {p.notes.map((n) => (
              <View key={n.id} className="care__note">
                <Text className="care__note-meta">
                  {n.visitedOn} · {n.authorName}
                </Text>
                <View>{n.note ?? '（已删除）'}</View>
              </View>
            ))}
          </Card>
        </View>
      )}
    </CadrePage>
  );
}
