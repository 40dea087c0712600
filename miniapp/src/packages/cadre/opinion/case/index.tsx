import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ancestorCode } from '@hulei/shared';
import { useState } from 'react';
import { ApiError } from '../../../../api';
import { TextBox } from '../../../../components/text-box';
import { OPINION_FEEDBACK_WARN_MINUTES, OPINION_STEP_WARN_MINUTES } from '../../deadlines';
import { formatTime } from '../../format';
import { useRegionNames } from '../../region-names';
import { Button, CadrePage, Card, LoadError, Notice, Row } from '../../ui';
import { Countdown, PageClock, useNow } from '../../ui/countdown';
import { reasonOf, useCadre, useCadreLoad } from '../../use-cadre';
import { opinionApi, type OpinionCase, type OpinionFeedback } from '../opinion-api';
import {
  NEXT_LEVEL,
  OPINION_STATUS_LABELS,
  SEVERITY_LABELS,
  federationOf,
  holds,
  openStep,
  stepSentence,
} from '../opinion-words';
import '../index.css';

/** One 2112 case: its clocks, who held it for how long, and — for the level holding it — what to do next. */
export default function OpinionCasePage() {
  const user = useCadre();
  const [id] = useState(() => Taro.getCurrentInstance().router?.params?.id ?? '');
  const item = useCadreLoad(user && id ? id : undefined, () => opinionApi.detail(id));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string }>();
  const detail = item.data;
  const next = detail && NEXT_LEVEL[detail.currentLevel];
  const nextCode = detail && next ? ancestorCode(detail.regionCode, next) : undefined;
  const names = useRegionNames(detail ? [detail.regionCode, ...(nextCode ? [nextCode] : [])] : []);

  if (!user) return <CadrePage />;

  /** Runs an action; a refusal (no longer hers, already done) shows the server's sentence and the case as it is now. */
  const act = async (action: () => Promise<OpinionCase>, done: string) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      item.update(await action());
      setOutcome({ tone: 'success', text: done });
    } catch (failure) {
      setOutcome({ tone: 'error', text: reasonOf(failure) });
      if (failure instanceof ApiError && (failure.status === 403 || failure.status === 409)) item.reload();
    } finally {
      setBusy(false);
    }
  };

  const nextName = next ? federationOf(nextCode ? names[nextCode] : undefined, next) : '';
  return (
    <CadrePage>
      {item.loading && !detail && <Notice tone="info">正在加载…</Notice>}
      <LoadError remote={item} />
      {detail && (
        <PageClock>
          <Summary detail={detail} regionName={names[detail.regionCode]} />
          {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
          {holds(detail, user.regionCode) ? (
            <Card title="办理">
              {!openStep(detail)?.acknowledgedAt && (
                <Button
                  tone={next ? 'plain' : 'primary'}
                  busy={busy}
                  onTap={() => void act(() => opinionApi.acknowledge(detail.id), '已受理')}
                >
                  受理
                </Button>
              )}
              {next ? (
                <Button busy={busy} onTap={() => void act(() => opinionApi.handOn(detail.id), `已下发给${nextName}`)}>
                  下发给{nextName}
                </Button>
              ) : (
                <FeedbackForm
                  busy={busy}
                  onSubmit={(feedback) =>
                    act(() => opinionApi.feedback(detail.id, feedback), '已上报核实情况，2112 办理完成')
                  }
                />
              )}
            </Card>
          ) : (
            detail.status === 'open' && (
              <Notice tone="info">
                现由{federationOf(openStep(detail)?.regionName, detail.currentLevel)}办理，您可以在这里查看进度。
              </Notice>
            )
          )}
          <Card title="舆情内容">
            <View className="opinion__text">{detail.description}</View>
            {detail.source && <Row label="来源">{detail.source}</Row>}
          </Card>
          {detail.feedback && (
            <Card title="乡镇核实反馈">
              <View className="opinion__text">{detail.feedback}</View>
            </Card>
          )}
          <Steps detail={detail} />
        </PageClock>
      )}
    </CadrePage>
  );
}

function Summary({ detail, regionName }: { detail: OpinionCase; regionName?: string }) {
  const open = detail.status === 'open';
  return (
    <Card>
      <View className="opinion__item-head">
        <Text className="opinion__title">舆情 · {regionName ?? '…'}</Text>
        <Text className={`opinion__severity opinion__severity--${detail.severity}`}>
          {SEVERITY_LABELS[detail.severity]}
        </Text>
        <Text className="opinion__status">{OPINION_STATUS_LABELS[detail.status]}</Text>
      </View>
      <Row label="登记时间">{formatTime(detail.startedAt)}</Row>
      {open && <Row label="现由">{federationOf(openStep(detail)?.regionName, detail.currentLevel)}办理</Row>}
      {open && detail.stepDueAt && (
        <Row label="下发期限">
          {formatTime(detail.stepDueAt)} 前{' '}
          <Countdown dueAt={detail.stepDueAt} warnMinutes={OPINION_STEP_WARN_MINUTES} />
        </Row>
      )}
      {open && (
        <Row label="反馈期限">
          {formatTime(detail.feedbackDueAt)} 前{' '}
          <Countdown dueAt={detail.feedbackDueAt} warnMinutes={OPINION_FEEDBACK_WARN_MINUTES} />
        </Row>
      )}
      {detail.feedbackAt && <Row label="反馈时间">{formatTime(detail.feedbackAt)}</Row>}
      {detail.overdue && <Notice tone="error">有一级没有按时办理，已通知上一级督办。</Notice>}
    </Card>
  );
}

function FeedbackForm({ busy, onSubmit }: { busy: boolean; onSubmit: (feedback: OpinionFeedback) => Promise<void> }) {
  const [facts, setFacts] = useState('');
  const [serviceStarted, setServiceStarted] = useState('');
  const [problem, setProblem] = useState<string>();
  const submit = () => {
    const missing = !facts.trim() ? '请写下核实的情况' : !serviceStarted.trim() ? '请写下已经启动的服务' : undefined;
    setProblem(missing);
    if (!missing) void onSubmit({ facts: facts.trim(), serviceStarted: serviceStarted.trim() });
  };
  return (
    <View>
      <View className="opinion__label">核实的情况</View>
      <TextBox
        className="opinion__box"
        value={facts}
        onInput={setFacts}
        maxLength={2000}
        placeholder="到现场或电话核实的情况。不要写受害人的姓名等能认出身份的信息。"
      />
      <View className="opinion__label">已启动的服务</View>
      <TextBox
        className="opinion__box"
        value={serviceStarted}
        onInput={setServiceStarted}
        maxLength={1000}
        placeholder="如：已联系一站式取证救助中心，儿童服务站开始心理疏导"
      />
      {problem && <Notice tone="error">{problem}</Notice>}
      <Button busy={busy} onTap={submit}>
        上报核实反馈
      </Button>
    </View>
  );
}

/** Who held the case at each level and for how long. */
function Steps({ detail }: { detail: OpinionCase }) {
  const now = useNow();
  return (
    <Card title="逐级办理经过">
      {detail.steps.map((step) => (
        <View key={step.level} className={`opinion__step${step.missed ? ' opinion__step--missed' : ''}`}>
          <View className="opinion__step-head">
            {stepSentence(step, detail, now)}
            {step.missed ? '（超时）' : ''}
          </View>
          <View className="opinion__step-meta">
            {formatTime(step.receivedAt)} 收到
            {step.acknowledgedAt ? ` · ${formatTime(step.acknowledgedAt)} 受理` : ''}
            {step.acknowledgedByName ? `（${step.acknowledgedByName}）` : ''}
            {step.handedOnAt ? ` · ${formatTime(step.handedOnAt)} 下发` : ''}
            {step.handedOnByName ? `（${step.handedOnByName}）` : ''}
          </View>
        </View>
      ))}
    </Card>
  );
}
