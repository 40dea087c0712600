import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { HELP_CATEGORY_LABELS, HELP_STATUS_LABELS, REQUESTER_ROLE_LABELS, URGENCY_LABELS } from '@hulei/shared';
import { useState } from 'react';
import { TextBox } from '../../../components/text-box';
import { ACKNOWLEDGE_WARN_MINUTES } from '../deadlines';
import { formatTime } from '../format';
import { cadreHelpApi, type HelpRequestDetail } from '../help-api';
import { CLOCK_EVENTS, eventText, levelLabel } from '../labels';
import { useRegionNames } from '../region-names';
import { TOWN_AND_ABOVE } from '../roles';
import { Button, CadrePage, Card, LoadError, Notice, Row } from '../ui';
import { Countdown, PageClock } from '../ui/countdown';
import { useAction, useCadre, useCadreLoad } from '../use-cadre';
import { RequestActions } from './actions';
import './index.css';

/** One request: what was said, the conversation, the timeline, and what she can do next. */
export default function RequestPage() {
  const user = useCadre();
  const [id] = useState(() => Taro.getCurrentInstance().router?.params?.id ?? '');
  const request = useCadreLoad(user && id ? id : undefined, () => cadreHelpApi.detail(id));
  const [done, setDone] = useState<string>();

  if (!user) return <CadrePage />;
  const detail = request.data;
  const changed = (next: HelpRequestDetail | undefined, message: string) => {
    if (next) request.update(next);
    else request.reload();
    setDone(message);
  };

  return (
    <CadrePage>
      {request.loading && !detail && <Notice tone="info">正在加载…</Notice>}
      <LoadError remote={request} />
      {detail && (
        <>
          <PageClock>
            <Summary detail={detail} />
          </PageClock>
          {done && <Notice tone="success">{done}</Notice>}
          <Card title="情况说明">
            <View className="request__text">{detail.description ?? '已超过保存期限，文字内容已删除。'}</View>
            <ContactPhone phone={detail.contactPhone} />
          </Card>
          <Conversation detail={detail} onSent={() => changed(undefined, '回复已发送，对方用回执码可以看到')} />
          {detail.status !== 'closed' && (
            <RequestActions detail={detail} canReview={TOWN_AND_ABOVE.includes(user.role)} onChanged={changed} />
          )}
          <Timeline detail={detail} />
        </>
      )}
    </CadrePage>
  );
}

function Summary({ detail }: { detail: HelpRequestDetail }) {
  const waiting = detail.status !== 'closed' && detail.status !== 'resolved';
  return (
    <Card>
      <View className="request__head">
        <Text className="request__category">{HELP_CATEGORY_LABELS[detail.category]}</Text>
        <Text className={`request__urgency request__urgency--${detail.urgency}`}>{URGENCY_LABELS[detail.urgency]}</Text>
      </View>
      <Row label="状态">{HELP_STATUS_LABELS[detail.status]}</Row>
      <Row label="地点">{detail.regionName}</Row>
      <Row label="处理层级">{levelLabel(detail.handlingLevel)}</Row>
      <Row label="求助人">{REQUESTER_ROLE_LABELS[detail.requesterRole]}</Row>
      <Row label="提交时间">{formatTime(detail.createdAt)}</Row>
      {detail.acknowledgedAt && <Row label="受理时间">{formatTime(detail.acknowledgedAt)}</Row>}
      <Row label="强制报告">{detail.policeReported ? '已报告' : '未报告'}</Row>
      {detail.policeReportOverdue && (
        <Notice tone="error">强制报告已超时：请立即向公安机关报告，并在下面“记录强制报告”。</Notice>
      )}
      {waiting && detail.dueAt && (
        <Row label="受理期限">
          {formatTime(detail.dueAt)} 前{' '}
          <Countdown dueAt={detail.dueAt} warnMinutes={ACKNOWLEDGE_WARN_MINUTES[detail.urgency]} />
        </Row>
      )}
      {detail.closurePending && (
        <Notice tone="info">
          已申请结案，等待乡镇审核。{detail.closureReason ? `理由：${detail.closureReason}` : ''}
        </Notice>
      )}
    </Card>
  );
}

function ContactPhone({ phone }: { phone: string | null }) {
  if (!phone) return <View className="request__muted">求助人没有留电话，只能通过回复联系。</View>;
  return (
    <View className="request__phone">
      <Text>联系电话：{phone}</Text>
      <Button tone="plain" onTap={() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}>
        拨打电话
      </Button>
    </View>
  );
}

function Conversation({ detail, onSent }: { detail: HelpRequestDetail; onSent: () => void }) {
  const [body, setBody] = useState('');
  const { busy, error, setError, run } = useAction();
  const send = async () => {
    if (!body.trim()) return setError('请写下回复');
    if ((await run(() => cadreHelpApi.reply(detail.id, body.trim()).then(() => true))) !== true) return;
    setBody('');
    onSent();
  };
  return (
    <Card title="对话">
      {detail.messages.length === 0 && <View className="request__muted">还没有对话。</View>}
      {detail.messages.map((message, index) => (
        <View key={index} className={`request__message request__message--${message.from}`}>
          <View className="request__message-who">
            {message.from === 'requester' ? '求助人' : (message.authorName ?? '妇联')} · {formatTime(message.createdAt)}
          </View>
          <View className="request__text">{message.body}</View>
        </View>
      ))}
      {detail.status !== 'closed' && (
        <>
          <TextBox
            className="request__reply"
            value={body}
            onInput={setBody}
            maxLength={2000}
            placeholder="回复求助人：对方用回执码能看到。不要写出可能暴露对方身份的信息。"
          />
          {error && <Notice tone="error">{error}</Notice>}
          <Button busy={busy} onTap={() => void send()}>
            发送回复
          </Button>
        </>
      )}
    </Card>
  );
}

function Timeline({ detail }: { detail: HelpRequestDetail }) {
  const names = useRegionNames(
    detail.events.filter((e) => CLOCK_EVENTS.has(e.kind) || e.kind === 'routed').map((e) => e.regionCode),
  );
  return (
    <Card title="处理经过">
      {detail.policeReports.map((report, index) => (
        <Notice key={`report-${index}`} tone="info">
          强制报告：{formatTime(report.reportedAt)} 向{report.policeStation ?? '派出所'}报告
          {report.reference ? `，编号 ${report.reference}` : ''}
        </Notice>
      ))}
      {detail.events.map((event, index) => (
        <View key={index} className={`request__event${CLOCK_EVENTS.has(event.kind) ? ' request__event--clock' : ''}`}>
          <Text className="request__event-time">{formatTime(event.at)}</Text>
          <Text>
            {eventText(event, names[event.regionCode] ?? levelLabel(event.level))}
            {event.actorName ? `（${event.actorName}）` : ''}
            {event.note ? `：${event.note}` : ''}
          </Text>
        </View>
      ))}
    </Card>
  );
}
