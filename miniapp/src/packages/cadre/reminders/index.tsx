import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { formatTime } from '../format';
import { notificationsApi, type Reminder } from '../notifications-api';
import { useRegionNames } from '../region-names';
import { TOWN_AND_ABOVE } from '../roles';
import { Button, CadrePage, Card, LoadError, Notice, Pager } from '../ui';
import { useAction, useCadre, useCadreLoad } from '../use-cadre';
import { askForReminders, reminderTemplateIds } from '../wechat';
import './index.css';

const PAGE_SIZE = 20;

const STATE_LABELS: Record<Reminder['state'], string> = {
  pending: '等待发送',
  sending: '正在发送',
  sent: '已发送',
  failed: '没有送达',
  undeliverable: '无法送达',
};

const CHANNEL_LABELS: Record<NonNullable<Reminder['channel']>, string> = { wechat: '微信', sms: '短信' };

/** 已发送（微信） · 没有送达（试了 8 次） · 无法送达：没有可用的提醒方式. */
function deliveryOf(reminder: Reminder): string {
  const state = STATE_LABELS[reminder.state] ?? reminder.state;
  if (reminder.state === 'undeliverable' && reminder.lastError === 'no_channel') return `${state}：没有可用的提醒方式`;
  if (reminder.state === 'failed') return `${state}（试了 ${reminder.attempts} 次）`;
  return reminder.channel ? `${state}（${CHANNEL_LABELS[reminder.channel]}）` : state;
}

const delivered = (reminder: Reminder) => reminder.state === 'sent';
const undelivered = (reminder: Reminder) => reminder.state === 'failed' || reminder.state === 'undeliverable';

/** 提醒: the reminders the server sent her, her WeChat opt-in, and (town and above) who below was not reached. */
export default function RemindersPage() {
  const user = useCadre();
  if (!user) return <CadrePage />;
  return (
    <CadrePage title="提醒">
      <ReminderOptIn />
      {TOWN_AND_ABOVE.includes(user.role) && <FailuresBelow />}
      <MyReminders />
    </CadrePage>
  );
}

/** In WeChat: 接收新求助提醒 (a subscribe message per acceptance). Elsewhere reminders come by SMS. */
function ReminderOptIn() {
  const templateIds = reminderTemplateIds();
  const { busy, error, run } = useAction();
  const [outcome, setOutcome] = useState<string>();
  if (!templateIds.length) {
    return <Notice tone="info">新求助和超时提醒会通过短信发到您登记的手机号。</Notice>;
  }
  const optIn = async () => {
    setOutcome(undefined);
    const result = await run(async () => {
      const accepted = await askForReminders(templateIds);
      return { accepted, subscription: await notificationsApi.subscribe(accepted) };
    });
    if (!result) return;
    setOutcome(
      result.accepted > 0
        ? `已开启：有新求助时微信会提醒您（还可以提醒 ${result.subscription.oneTimeRemaining} 次）`
        : '您没有同意接收微信提醒，提醒会通过短信发到您的手机。',
    );
  };
  return (
    <Card title="微信提醒">
      <View className="reminders__text">
        微信规定：每同意一次，可以收到一条提醒。处理完一条求助后，可以再点一次，以免错过下一条。
      </View>
      <Button busy={busy} onTap={() => void optIn()}>
        接收新求助提醒
      </Button>
      {outcome && <Notice tone="success">{outcome}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
    </Card>
  );
}

/** Reminders that did not reach cadres in her jurisdiction: someone must phone them. */
function FailuresBelow() {
  const failures = useCadreLoad('failures', () => notificationsApi.failuresBelow());
  const names = useRegionNames(failures.data?.map((reminder) => reminder.regionCode) ?? []);
  return (
    <Card title="下级没有收到的提醒">
      {failures.loading && <Notice tone="info">正在加载…</Notice>}
      <LoadError remote={failures} />
      {failures.data?.length === 0 && <View className="reminders__muted">下级干部的提醒都已发出。</View>}
      {!!failures.data?.length && <Notice tone="error">以下干部没有收到提醒，请电话联系</Notice>}
      {failures.data?.map((reminder) => (
        <View key={reminder.id} className="reminders__item reminders__item--failed">
          <View className="reminders__who">
            {reminder.accountName ?? '（账号已停用）'} · {names[reminder.regionCode] ?? '…'}
          </View>
          <View className="reminders__text">{reminder.text}</View>
          <View className="reminders__meta">
            {formatTime(reminder.createdAt)} · {deliveryOf(reminder)}
          </View>
        </View>
      ))}
    </Card>
  );
}

function MyReminders() {
  const [page, setPage] = useState(1);
  const mine = useCadreLoad(String(page), () => notificationsApi.mine(page, PAGE_SIZE));
  return (
    <Card title="我的提醒记录">
      {mine.loading && <Notice tone="info">正在加载…</Notice>}
      <LoadError remote={mine} />
      {mine.data?.total === 0 && <View className="reminders__muted">还没有给您发过提醒。</View>}
      {mine.data?.items.map((reminder) => (
        <View key={reminder.id} className={`reminders__item${undelivered(reminder) ? ' reminders__item--failed' : ''}`}>
          <View className="reminders__text">{reminder.text}</View>
          <View className="reminders__meta">
            {formatTime(reminder.createdAt)} ·{' '}
            <Text className={delivered(reminder) ? 'reminders__ok' : ''}>{deliveryOf(reminder)}</Text>
          </View>
        </View>
      ))}
      {mine.data && <Pager page={page} pageSize={PAGE_SIZE} total={mine.data.total} onPage={setPage} />}
    </Card>
  );
}
