import { View } from '@tarojs/components';
import { useState, type PropsWithChildren } from 'react';
import { ChoiceList } from '../../../components/choice-list';
import { TextBox } from '../../../components/text-box';
import { Tap } from '../../../components/tap';
import { cadreHelpApi, type HelpRequestDetail, type ReferralDepartment } from '../help-api';
import { DEPARTMENT_LABELS, REFERRAL_DEPARTMENTS } from '../labels';
import { Button, Card, Field, Notice } from '../ui';
import { DateTimeField, localNow } from '../ui/date-time-field';
import { useAction } from '../use-cadre';

type Panel = 'status' | 'refer' | 'police' | 'close' | 'review';
type Changed = (detail: HelpRequestDetail | undefined, message: string) => void;

interface ActionsProps {
  detail: HelpRequestDetail;
  /** Town level and above review a village's closure of a sexual-abuse request without a police report. */
  canReview: boolean;
  onChanged: Changed;
}

const PANELS: { panel: Panel; title: string }[] = [
  { panel: 'status', title: '更改状态' },
  { panel: 'refer', title: '转介' },
  { panel: 'police', title: '记录强制报告' },
  { panel: 'close', title: '结案' },
  { panel: 'review', title: '审核结案' },
];

/** 受理, then status, referral, the mandatory police report, closing and the town's review of a closing. */
export function RequestActions({ detail, canReview, onChanged }: ActionsProps) {
  const [open, setOpen] = useState<Panel>();
  const acknowledge = useAction();
  const done: Changed = (next, message) => {
    setOpen(undefined);
    onChanged(next, message);
  };
  const shown = PANELS.filter(({ panel }) => panel !== 'review' || (canReview && detail.closurePending));

  return (
    <Card title="处理">
      {detail.status === 'submitted' && (
        <>
          <Button
            busy={acknowledge.busy}
            onTap={() =>
              void acknowledge
                .run(() => cadreHelpApi.acknowledge(detail.id))
                .then((next) => next && done(next, '已受理'))
            }
          >
            受理
          </Button>
          {acknowledge.error && <Notice tone="error">{acknowledge.error}</Notice>}
        </>
      )}
      <View className="request__panels">
        {shown.map(({ panel, title }) => (
          <Tap
            key={panel}
            className={`request__panel-tab${open === panel ? ' request__panel-tab--on' : ''}`}
            onTap={() => setOpen(open === panel ? undefined : panel)}
          >
            {title}
          </Tap>
        ))}
      </View>
      {open === 'status' && <StatusForm detail={detail} onDone={done} />}
      {open === 'refer' && <ReferralForm detail={detail} onDone={done} />}
      {open === 'police' && <PoliceReportForm detail={detail} onDone={done} />}
      {open === 'close' && <CloseForm detail={detail} onDone={done} />}
      {open === 'review' && <ReviewForm detail={detail} onDone={done} />}
    </Card>
  );
}

function Form({ error, children }: PropsWithChildren<{ error?: string }>) {
  return (
    <View className="request__form">
      {children}
      {error && <Notice tone="error">{error}</Notice>}
    </View>
  );
}

function NoteBox({
  value,
  onInput,
  placeholder,
}: {
  value: string;
  onInput: (v: string) => void;
  placeholder: string;
}) {
  return (
    <TextBox className="request__note" value={value} onInput={onInput} maxLength={500} placeholder={placeholder} />
  );
}

interface FormProps {
  detail: HelpRequestDetail;
  onDone: Changed;
}

function StatusForm({ detail, onDone }: FormProps) {
  const [note, setNote] = useState('');
  const { busy, error, run } = useAction();
  const change = async (status: 'in_progress' | 'resolved') => {
    const next = await run(() =>
      cadreHelpApi.changeStatus(detail.id, { status, ...(note.trim() ? { note: note.trim() } : {}) }),
    );
    if (next) onDone(next, status === 'resolved' ? '已标记为已解决' : '已标记为处理中');
  };
  return (
    <Form error={error}>
      <NoteBox value={note} onInput={setNote} placeholder="说明（可不填）：做了什么，下一步怎么办" />
      <Button tone="plain" busy={busy} onTap={() => void change('in_progress')}>
        标记为处理中
      </Button>
      <Button tone="plain" busy={busy} onTap={() => void change('resolved')}>
        标记为已解决
      </Button>
    </Form>
  );
}

function ReferralForm({ detail, onDone }: FormProps) {
  const [department, setDepartment] = useState<ReferralDepartment>();
  const [note, setNote] = useState('');
  const { busy, error, setError, run } = useAction();
  const refer = async () => {
    if (!department) return setError('请选择转介给哪个部门');
    const next = await run(() =>
      cadreHelpApi.refer(detail.id, { department, ...(note.trim() ? { note: note.trim() } : {}) }),
    );
    if (next) onDone(next, `已转介给${DEPARTMENT_LABELS[department]}`);
  };
  return (
    <Form error={error}>
      <ChoiceList
        choices={REFERRAL_DEPARTMENTS.map((value) => ({ value, title: DEPARTMENT_LABELS[value] }))}
        value={department}
        onChange={setDepartment}
      />
      <NoteBox value={note} onInput={setNote} placeholder="转介了什么（可不填）：如 已陪同到一站式中心取证" />
      <Button busy={busy} onTap={() => void refer()}>
        转介
      </Button>
    </Form>
  );
}

function PoliceReportForm({ detail, onDone }: FormProps) {
  const [policeStation, setPoliceStation] = useState('');
  const [reportedAt, setReportedAt] = useState(localNow);
  const [reference, setReference] = useState('');
  const { busy, error, setError, run } = useAction();
  const record = async () => {
    if (!policeStation.trim()) return setError('请填写向哪个派出所报告');
    const report = {
      policeStation: policeStation.trim(),
      reportedAt: new Date(reportedAt).toISOString(),
      ...(reference.trim() ? { reference: reference.trim() } : {}),
    };
    const next = await run(() => cadreHelpApi.recordPoliceReport(detail.id, report));
    if (next) onDone(next, '强制报告已记录');
  };
  return (
    <Form error={error}>
      <Notice tone="info">发现性侵害等侵害未成年人的线索，应当立即向公安机关报告（未成年人保护法第十一条）。</Notice>
      <Field label="报告的派出所" value={policeStation} onInput={setPoliceStation} placeholder="如：官庄派出所" />
      <DateTimeField label="报告时间" value={reportedAt} onChange={setReportedAt} />
      <Field label="回执或案件编号（可不填）" value={reference} onInput={setReference} maxLength={100} />
      <Button busy={busy} onTap={() => void record()}>
        记录强制报告
      </Button>
    </Form>
  );
}

function CloseForm({ detail, onDone }: FormProps) {
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useAction();
  const reasonRequired = detail.category === 'sexual_abuse' && !detail.policeReported;
  const close = async () => {
    if (reasonRequired && !reason.trim()) return setError('性侵害类求助没有强制报告记录，结案必须写明理由');
    const result = await run(() => cadreHelpApi.close(detail.id, reason.trim() ? { reason: reason.trim() } : {}));
    if (result) onDone(undefined, result.closurePending ? '已提交乡镇审核，审核通过后结案' : '已结案');
  };
  return (
    <Form error={error}>
      {reasonRequired && (
        <Notice tone="info">这是性侵害类求助，还没有强制报告记录：结案必须写明理由，并由乡镇妇联审核。</Notice>
      )}
      <NoteBox
        value={reason}
        onInput={setReason}
        placeholder={reasonRequired ? '结案理由（必填）' : '结案说明（可不填）'}
      />
      <Button tone="danger" busy={busy} onTap={() => void close()}>
        结案
      </Button>
    </Form>
  );
}

function ReviewForm({ detail, onDone }: FormProps) {
  const [comment, setComment] = useState('');
  const { busy, error, run } = useAction();
  const review = async (approve: boolean) => {
    const result = await run(() =>
      cadreHelpApi.reviewClosure(detail.id, { approve, ...(comment.trim() ? { comment: comment.trim() } : {}) }),
    );
    if (result) onDone(undefined, approve ? '已同意结案' : '已退回结案申请');
  };
  return (
    <Form error={error}>
      {detail.closureReason && <Notice tone="info">村里写的结案理由：{detail.closureReason}</Notice>}
      <NoteBox value={comment} onInput={setComment} placeholder="审核意见（可不填）" />
      <Button busy={busy} onTap={() => void review(true)}>
        同意结案
      </Button>
      <Button tone="plain" busy={busy} onTap={() => void review(false)}>
        退回，继续处理
      </Button>
    </Form>
  );
}
