import { Text, View } from '@tarojs/components';
import { CARE_SERVICE_KINDS, CARE_SERVICE_LABELS, type CareServiceKind } from '@hulei/shared';
import { useState } from 'react';
import { ChoiceList } from '../../components/choice-list';
import { DateField, today } from '../../components/date-field';
import { Tap } from '../../components/tap';
import { TextBox } from '../../components/text-box';
import { Button, Card, Field, Notice } from '../cadre/ui';
import { useAction, useRemote } from '../cadre/use-cadre';
import { careApi, type CareRecordDetail } from './care-api';

type Done = (record: CareRecordDetail) => void;

/** 五位一体 or a counselling session at the child service station. */
export function AddServiceForm({ record, onDone }: { record: CareRecordDetail; onDone: Done }) {
  const [kind, setKind] = useState<CareServiceKind>('rights_notification');
  const [providedOn, setProvidedOn] = useState(today);
  const [provider, setProvider] = useState('');
  const [note, setNote] = useState('');
  const action = useAction();
  const save = async () => {
    if (!provider.trim()) return action.setError('请填写服务机构');
    const updated = await action.run(() =>
      careApi.addService(record.id, {
        kind,
        providedOn,
        provider: provider.trim(),
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    );
    if (updated) onDone(updated);
  };
  return (
    <Card title="记录一项服务">
      <ChoiceList
        choices={CARE_SERVICE_KINDS.map((k) => ({ value: k, title: CARE_SERVICE_LABELS[k] }))}
        value={kind}
        onChange={setKind}
      />
      <DateField label="日期" value={providedOn} onChange={setProvidedOn} />
      <Field
        label="服务机构"
        value={provider}
        onInput={setProvider}
        maxLength={80}
        placeholder="如：沅陵县一站式取证救助中心"
      />
      <TextBox value={note} onInput={setNote} placeholder="说明（可不填，加密保存）" maxLength={1000} />
      {action.error && <Notice tone="error">{action.error}</Notice>}
      <Button busy={action.busy} onTap={() => void save()}>
        保存服务记录
      </Button>
    </Card>
  );
}

/** 结对帮扶: one or several volunteers of her jurisdiction, each to visit at least once a month. */
export function PairForm({ record, onDone }: { record: CareRecordDetail; onDone: Done }) {
  const volunteers = useRemote(() => careApi.volunteers(), []);
  const [chosen, setChosen] = useState<string[]>([]);
  const action = useAction();
  const paired = new Set(record.pairings.filter((p) => !p.endedAt).map((p) => p.helperAccountId));
  const choices = (volunteers.data ?? []).filter((v) => !paired.has(v.id));
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const save = async () => {
    if (chosen.length === 0) return action.setError('请选择帮扶人');
    const updated = await action.run(() => careApi.pair(record.id, chosen));
    if (updated) {
      setChosen([]);
      onDone(updated);
    }
  };
  return (
    <Card title="结对帮扶人">
      {volunteers.error && <Notice tone="error">{volunteers.error}</Notice>}
      {volunteers.data && choices.length === 0 && <Notice tone="info">辖区里没有可结对的志愿者账号，请先邀请</Notice>}
      {choices.map((v) => (
        <Tap
          key={v.id}
          className={`care__chip${chosen.includes(v.id) ? ' care__chip--on' : ''}`}
          onTap={() => toggle(v.id)}
        >
          {chosen.includes(v.id) ? '✓ ' : ''}
          {v.name}
        </Tap>
      ))}
      <View className="cadre__hint">可选一位（一对一）或几位（多对一）；每人每月至少回访一次。</View>
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {choices.length > 0 && (
        <Button busy={action.busy} onTap={() => void save()}>
          结对
        </Button>
      )}
    </Card>
  );
}

export function CloseForm({ record, onDone }: { record: CareRecordDetail; onDone: Done }) {
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const action = useAction();
  if (!asking) {
    return (
      <Button tone="danger" onTap={() => setAsking(true)}>
        结案
      </Button>
    );
  }
  const close = async () => {
    const updated = await action.run(() => careApi.close(record.id, reason.trim()));
    if (updated) onDone(updated);
  };
  return (
    <Card title="结案">
      <Text className="cadre__hint">结案后结对随之结束；保存期满后，姓名等信息会被删除，只留匿名统计。</Text>
      <TextBox
        value={reason}
        onInput={setReason}
        placeholder="结案原因（如：随父母外出就学，转当地跟进）"
        maxLength={500}
      />
      {action.error && <Notice tone="error">{action.error}</Notice>}
      <Button tone="danger" busy={action.busy} onTap={() => void close()}>
        确认结案
      </Button>
    </Card>
  );
}
