import { View } from '@tarojs/components';
import { useState } from 'react';
import { ChoiceList } from '../../../../components/choice-list';
import { RegionPicker, type RegionChoice } from '../../../../components/region-picker';
import { TextBox } from '../../../../components/text-box';
import { replacePage } from '../../../../lib/navigation';
import { ROUTES } from '../../../../routes';
import { OPINION_REGISTRARS } from '../../roles';
import { Button, CadrePage, Card, Field, Notice } from '../../ui';
import { useAction, useCadre } from '../../use-cadre';
import { opinionApi, type Severity } from '../opinion-api';
import { SEVERITIES, SEVERITY_LABELS } from '../opinion-words';
import '../index.css';

/** 登记舆情 (province and city): where, how serious, what; the 2112 clocks start when it is saved. */
export default function NewOpinionCasePage() {
  const user = useCadre();
  const [region, setRegion] = useState<RegionChoice>();
  const [severity, setSeverity] = useState<Severity>();
  const [description, setDescription] = useState('');
  const [source, setSource] = useState('');
  const { busy, error, setError, run } = useAction();

  if (!user) return <CadrePage />;
  if (!OPINION_REGISTRARS.includes(user.role)) {
    return (
      <CadrePage title="登记舆情">
        <Notice tone="info">舆情由省、市妇联登记，再逐级下发。您可以在“舆情处置”里查看和办理下发给您的事项。</Notice>
      </CadrePage>
    );
  }

  const place = region?.region;
  const submit = async () => {
    const problem =
      !place || (place.level !== 'town' && place.level !== 'village')
        ? '请选到舆情涉及的乡镇或村'
        : !severity
          ? '请选择舆情等级'
          : !description.trim()
            ? '请写下舆情内容'
            : undefined;
    if (problem || !place || !severity) return setError(problem);
    const created = await run(() =>
      opinionApi.register({
        regionCode: place.code,
        severity,
        description: description.trim(),
        ...(source.trim() ? { source: source.trim() } : {}),
      }),
    );
    if (created) replacePage(ROUTES.opinionCase, { id: created.id });
  };

  return (
    <CadrePage title="登记舆情">
      <Card>
        <RegionPicker
          title="舆情涉及的地方（选到乡镇或村）"
          rootCode={user.regionCode}
          deepest="village"
          rememberable={false}
          onChange={setRegion}
        />
        <View className="opinion__label">舆情等级</View>
        <ChoiceList
          inline
          choices={SEVERITIES.map((value) => ({ value, title: SEVERITY_LABELS[value] }))}
          value={severity}
          onChange={setSeverity}
        />
        <View className="opinion__label">舆情内容</View>
        <TextBox
          className="opinion__box"
          value={description}
          onInput={setDescription}
          maxLength={2000}
          placeholder="舆情摘要：发生了什么、在哪里传播。不要写受害人的姓名、学校等能认出身份的信息。"
        />
        <Field
          label="来源（可不填）"
          value={source}
          onInput={setSource}
          maxLength={500}
          placeholder="链接或来源说明，如：某短视频平台"
        />
        {error && <Notice tone="error">{error}</Notice>}
        <Button busy={busy} onTap={() => void submit()}>
          登记并开始计时
        </Button>
      </Card>
      <Notice tone="info">登记后本级视为已研判，请在时限内下发给下一级。</Notice>
    </CadrePage>
  );
}
