import { Input, View } from '@tarojs/components';
import type { HelpCategory, RequesterRole, Urgency } from '@hulei/shared';
import { useState, type PropsWithChildren } from 'react';
import type { NewHelpRequest } from '../../api/help-requests';
import { ChoiceList } from '../../components/choice-list';
import { RegionPicker, type RegionChoice } from '../../components/region-picker';
import { Tap } from '../../components/tap';
import { TextBox } from '../../components/text-box';
import { openPage } from '../../lib/navigation';
import { ROUTES } from '../../routes';
import { CATEGORY_CHOICES, REQUESTER_CHOICES, URGENCY_CHOICES } from './choices';

export const DESCRIPTION_LIMIT = 2000;

type Field = 'category' | 'description' | 'regionCode' | 'contactPhone';
type Problems = Partial<Record<Field, string>>;

interface IntakeFormProps {
  /** A region to start from: the town of a market QR code, or what the server refused. */
  regionCode?: string;
  marketEventId?: string;
  /** What the server sent back as wrong; the form opens with it filled in. */
  refused?: { request: NewHelpRequest; message: string; field?: string };
  onSubmit: (request: NewHelpRequest) => void;
}

function Section({
  title,
  hint,
  problem,
  children,
}: PropsWithChildren<{ title: string; hint?: string; problem?: string }>) {
  return (
    <View className="intake__section">
      <View className="intake__title">{title}</View>
      {hint && <View className="intake__hint">{hint}</View>}
      {children}
      {problem && <View className="intake__problem">{problem}</View>}
    </View>
  );
}

/** What happened, in the child's words, where, how urgent, who is asking, and an optional phone. */
export function IntakeForm({ regionCode, marketEventId, refused, onSubmit }: IntakeFormProps) {
  const before = refused?.request;
  const [category, setCategory] = useState<HelpCategory | undefined>(before?.category);
  const [description, setDescription] = useState(before?.description ?? '');
  const [region, setRegion] = useState<RegionChoice>();
  const [urgency, setUrgency] = useState<Urgency | undefined>(before?.urgency);
  const [requesterRole, setRequesterRole] = useState<RequesterRole | undefined>(before?.requesterRole);
  const [contactPhone, setContactPhone] = useState(before?.contactPhone ?? '');
  const [problems, setProblems] = useState<Problems>({});

  const submit = () => {
    const text = description.trim();
    const phone = contactPhone.replace(/\s/g, '');
    const found: Problems = {};
    if (!category) found.category = '请选一个最接近的情况';
    if (!text) found.description = '请写几句发生了什么';
    if (!region?.complete) found.regionCode = '请一级一级选到你住的村（社区）';
    if (phone && !/^1\d{10}$/.test(phone)) found.contactPhone = '请填 11 位手机号，或者不填';
    setProblems(found);
    if (!category || Object.keys(found).length || !region) return;
    onSubmit({
      category,
      description: text,
      regionCode: region.region.code,
      // Nothing chosen means the server's defaults: 一般, someone else.
      urgency: urgency ?? 'normal',
      requesterRole: requesterRole ?? 'other',
      ...(phone && { contactPhone: phone }),
      ...(marketEventId && { marketEventId }),
    });
  };

  const count = Object.keys(problems).length;
  return (
    <View className="intake">
      <View className="intake__intro">
        不用写名字，也不用登录。你写的内容会悄悄送到你们村的妇联。不管发生了什么，都不是你的错。
      </View>
      {refused && <View className="intake__problem">没有发送成功：{refused.message}</View>}

      <Section title="1. 发生了什么？" hint="选一个最接近的就行，选不准也没关系。" problem={problems.category}>
        <ChoiceList choices={CATEGORY_CHOICES} value={category} onChange={setCategory} />
        {category === 'mental_health' && (
          <View className="intake__tip">心里很难受的时候，也可以马上打 12355，有人陪你说说话。</View>
        )}
      </Section>

      <Section
        title="2. 用你自己的话说一说"
        hint="发生了什么？是谁？在哪里？现在安全吗？"
        problem={problems.description}
      >
        <TextBox
          value={description}
          onInput={setDescription}
          maxLength={DESCRIPTION_LIMIT}
          placeholder="想说多少就写多少，不会写的字可以用拼音"
        />
        <View className="intake__count">
          {description.length} / {DESCRIPTION_LIMIT} 字
        </View>
      </Section>

      <RegionPicker
        title="3. 你住在哪里？请选到村"
        initialCode={before?.regionCode ?? regionCode}
        onChange={setRegion}
      />
      {problems.regionCode && <View className="intake__problem">{problems.regionCode}</View>}

      <Section title="4. 有多着急？">
        <ChoiceList inline choices={URGENCY_CHOICES} value={urgency} onChange={setUrgency} />
      </Section>

      <Section title="5. 你是谁？">
        <ChoiceList inline choices={REQUESTER_CHOICES} value={requesterRole} onChange={setRequesterRole} />
      </Section>

      <Section
        title="6. 留个电话（可以不填）"
        hint="不填也能求助。填了的话，只有处理这件事的妇联干部能看到，她会打电话找你。如果这部手机家里人也在用，可以留一个你信任的大人的电话。"
        problem={problems.contactPhone}
      >
        <Input
          className="intake__phone"
          type="number"
          maxlength={11}
          value={contactPhone}
          placeholder="手机号（可以不填）"
          onInput={(event) => setContactPhone(event.detail.value)}
        />
      </Section>

      <Tap className="intake__privacy" onTap={() => openPage(ROUTES.privacy)}>
        我们怎样保护你说的话？看《用户隐私保护指引》
      </Tap>
      {count > 0 && <View className="intake__problem">还有 {count} 处没有填好，请看上面红色的提示。</View>}
      <Tap className="intake__submit" onTap={submit}>
        悄悄发送给妇联
      </Tap>
    </View>
  );
}
