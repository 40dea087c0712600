import { Text, View } from '@tarojs/components';
import {
  CHECKLIST,
  CHECKLIST_ANSWER_LABELS,
  CHECKLIST_ANSWERS,
  HARM_ITEM,
  HELP_CATEGORY_LABELS,
  type ChecklistAnswer,
  type ChecklistItemId,
  type HelpCategory,
} from '@hulei/shared';
import { useState } from 'react';
import { ChoiceList } from '../../components/choice-list';
import { Tap } from '../../components/tap';
import { TextBox } from '../../components/text-box';
import { Button, CadrePage, Card, Field, Notice } from '../cadre/ui';
import { DateTimeField, localNow } from '../cadre/ui/date-time-field';
import type { CadreUser } from '../cadre/session';
import type { Household, NewVisit } from './screening-api';
import { DateField, today } from '../../components/date-field';
import { queueVisit } from './visit-outbox';

const HARM_CATEGORIES: HelpCategory[] = ['sexual_abuse', 'bullying', 'domestic_violence', 'neglect', 'other'];

interface Answer {
  answer?: ChecklistAnswer;
  note: string;
}

/**
 * The 六看六问 form for one household. It lives on the list page, not a page of its own: in the
 * browser a page is a chunk fetched when opened, and the form must open with no signal.
 */
export function VisitForm({
  user,
  household,
  villageCode,
  onDone,
}: {
  user: CadreUser;
  household: Household;
  villageCode: string;
  onDone: () => void;
}) {
  const householdId = household.id;
  const [visitedOn, setVisitedOn] = useState(today);
  const [attendees, setAttendees] = useState(user.name);
  const [answers, setAnswers] = useState<Partial<Record<ChecklistItemId, Answer>>>({});
  const [openCase, setOpenCase] = useState(true);
  const [category, setCategory] = useState<HelpCategory>('sexual_abuse');
  const [description, setDescription] = useState('');
  const [reported, setReported] = useState(false);
  const [policeStation, setPoliceStation] = useState('');
  const [reportedAt, setReportedAt] = useState(localNow);
  const [reference, setReference] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const set = (item: ChecklistItemId, change: Partial<Answer>) =>
    setAnswers((previous) => ({ ...previous, [item]: { note: '', ...previous[item], ...change } }));
  const harm = answers[HARM_ITEM]?.answer === 'concern';

  const save = async () => {
    const missing = CHECKLIST.filter((item) => !answers[item.id]?.answer);
    if (missing.length) return setError(`还有 ${missing.length} 项没有选：${missing[0].text}`);
    if (!attendees.trim()) return setError('请填写在场人员');
    if (harm && openCase && !description.trim()) return setError('请写明发现了什么，用于建立求助');
    if (harm && openCase && reported && policeStation.trim().length < 2) return setError('请填写向哪个派出所报告');
    const visit: NewVisit = {
      householdId,
      visitedOn,
      attendees: attendees.trim(),
      answers: CHECKLIST.map((item) => {
        const { answer, note } = answers[item.id]!;
        return note.trim() ? { item: item.id, answer: answer!, note: note.trim() } : { item: item.id, answer: answer! };
      }),
      ...(harm && openCase
        ? {
            harmCase: {
              category,
              description: description.trim(),
              urgency: 'urgent' as const,
              ...(reported
                ? {
                    policeReport: {
                      policeStation: policeStation.trim(),
                      reportedAt: new Date(reportedAt).toISOString(),
                      ...(reference.trim() ? { reference: reference.trim() } : {}),
                    },
                  }
                : {}),
            },
          }
        : {}),
    };
    setBusy(true);
    setError(undefined);
    // Saved on the phone before the first attempt: a lost signal loses nothing.
    void queueVisit(villageCode, household.address, visit);
    setBusy(false);
    onDone();
  };

  return (
    <CadrePage title="六看六问">
      <Button tone="plain" onTap={onDone}>
        返回名单（不保存）
      </Button>
      <Card title={household.address}>
        <View className="households__line">
          户主 {household.headName} · 儿童 {household.childCount} 名
        </View>
      </Card>
      <DateField label="走访日期" value={visitedOn} onChange={setVisitedOn} />
      <Field
        label="在场人员"
        value={attendees}
        onInput={setAttendees}
        maxLength={200}
        placeholder="如：网格员、户主、孩子"
      />
      <Card title="逐项查看、询问">
        {CHECKLIST.map((item) => {
          const current = answers[item.id];
          return (
            <View key={item.id} className="visit__item">
              <Text className="visit__item-text">{item.text}</Text>
              <View className="visit__answers" role="radiogroup" aria-label={item.text}>
                {CHECKLIST_ANSWERS.map((answer) => (
                  <Tap
                    key={answer}
                    className={`visit__answer${current?.answer === answer ? ` visit__answer--${answer}` : ''}`}
                    onTap={() => set(item.id, { answer })}
                  >
                    {CHECKLIST_ANSWER_LABELS[answer]}
                  </Tap>
                ))}
              </View>
              {current?.answer === 'concern' && (
                <View className="visit__note">
                  <TextBox
                    value={current.note}
                    onInput={(note) => set(item.id, { note })}
                    placeholder="简要说明（只写事实，加密保存）"
                    maxLength={500}
                  />
                </View>
              )}
            </View>
          );
        })}
      </Card>
      {harm && (
        <Card title="发现伤害线索：强制报告">
          <Notice tone="error">
            发现儿童疑似遭受性侵害或其他伤害，应立即向公安机关报告（强制报告）。情况紧急请马上拨打 110。
          </Notice>
          <ChoiceList
            inline
            choices={[
              { value: 'yes', title: '建立求助' },
              { value: 'no', title: '暂不建立' },
            ]}
            value={openCase ? 'yes' : 'no'}
            onChange={(v) => setOpenCase(v === 'yes')}
          />
          {openCase && (
            <View>
              <ChoiceList
                choices={HARM_CATEGORIES.map((c) => ({ value: c, title: HELP_CATEGORY_LABELS[c] }))}
                value={category}
                onChange={setCategory}
              />
              <TextBox
                value={description}
                onInput={setDescription}
                placeholder="发现了什么（只写事实）"
                maxLength={2000}
              />
              <ChoiceList
                inline
                choices={[
                  { value: 'yes', title: '已向公安报告' },
                  { value: 'no', title: '还没有报告' },
                ]}
                value={reported ? 'yes' : 'no'}
                onChange={(v) => setReported(v === 'yes')}
              />
              {reported && (
                <View>
                  <Field
                    label="派出所"
                    value={policeStation}
                    onInput={setPoliceStation}
                    maxLength={100}
                    placeholder="如：官庄派出所"
                  />
                  <DateTimeField label="报告时间" value={reportedAt} onChange={setReportedAt} />
                  <Field label="回执或接警编号（可不填）" value={reference} onInput={setReference} maxLength={100} />
                </View>
              )}
            </View>
          )}
        </Card>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      <Button busy={busy} onTap={() => void save()}>
        保存走访
      </Button>
      <View className="cadre__hint">保存后先加密存在手机上，有网络时自动同步，不会重复登记。</View>
    </CadrePage>
  );
}
