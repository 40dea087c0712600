import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import {
  NARRATIVE_FIELDS,
  NARRATIVE_LABELS,
  NARRATIVE_MAX_LENGTH,
  REPORT_KIND_LABELS,
  REPORT_STATUS_LABELS,
  RETURN_COMMENT_MAX_LENGTH,
  chinaMonthOf,
  monthsEndingAt,
  previousMonth,
  type NarrativeField,
} from '@hulei/shared';
import { TextBox } from '../../components/text-box';
import { openPage } from '../../lib/navigation';
import { ROUTES } from '../../routes';
import { Button, CadrePage, Card, Notice, Row } from '../cadre/ui';
import { useAction, useCadre, useRemote } from '../cadre/use-cadre';
import { openReportFile, reportsApi, type FileKind, type Report } from './reports-api';
import { PeriodChips, TableView } from './ui';
import './index.css';

const DESK_ROLES = ['federation_county', 'federation_city', 'federation_province'];

const CHINA_OFFSET_MS = 8 * 3600_000;

/** "2026-06-03 14:05", China time. */
function when(at: string | null | undefined): string {
  if (!at) return '';
  return new Date(new Date(at).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** A deadline is the end of a day: "2026-06-05（含）". */
function dueDay(at: string): string {
  return `${new Date(new Date(at).getTime() + CHINA_OFFSET_MS - 1).toISOString().slice(0, 10)}（含当天）`;
}

/** The periods to choose from: the last six months and this year's summary. */
function periodsNow(): string[] {
  const month = chinaMonthOf();
  return [...monthsEndingAt(month, 6).reverse(), month.slice(0, 4)];
}

function StatusCard({ report }: { report: Report }) {
  return (
    <Card title={`${report.regionName} · ${report.periodLabel}${REPORT_KIND_LABELS[report.kind]}`}>
      <Row label="状态">{REPORT_STATUS_LABELS[report.status]}</Row>
      <Row label="上报截止">{dueDay(report.dueAt)}</Row>
      {report.submittedAt && (
        <Row label="上报时间">
          {when(report.submittedAt)} {report.submittedByName ?? ''}
        </Row>
      )}
      {report.late && <Notice tone="error">已过上报截止时间，请尽快上报</Notice>}
      {report.status === 'returned' && (
        <Notice tone="error">
          {report.returnedByName ?? '上一级'}退回了这份报告：{report.returnComment}
        </Notice>
      )}
      {!report.live && <Notice tone="info">下面是上报时（{when(report.asOf)}）的数字</Notice>}
      {report.hidden && (
        <Notice tone="info">
          小数字保护：乡镇、村的 1–4 个儿童或个案，对本地区以外的人显示为“&lt;5”，以免指认到具体的孩子。
        </Notice>
      )}
    </Card>
  );
}

/** The chair's own words, then save or submit. */
function NarrativeCard({ report, onChange }: { report: Report; onChange: (report: Report) => void }) {
  const [words, setWords] = useState<Record<NarrativeField, string>>({ experience: '', problems: '', suggestions: '' });
  const action = useAction();
  useEffect(() => {
    setWords({
      experience: report.narrative.experience ?? '',
      problems: report.narrative.problems ?? '',
      suggestions: report.narrative.suggestions ?? '',
    });
  }, [report.regionCode, report.period, report.status]);
  if (!report.canEdit) {
    return (
      <Card title="工作总结">
        {NARRATIVE_FIELDS.map((field) => (
          <View key={field} className="report__words">
            <Text className="report__words-label">{NARRATIVE_LABELS[field]}</Text>
            <Text className="report__words-text">{report.narrative[field] ?? '（未填写）'}</Text>
          </View>
        ))}
      </Card>
    );
  }
  const save = () => action.run(() => reportsApi.save(report.regionCode, report.period, words));
  const submit = async () => {
    const saved = await save();
    if (!saved) return;
    const submitted = await action.run(() => reportsApi.submit(report.regionCode, report.period));
    if (submitted) onChange(submitted);
  };
  return (
    <Card title="工作总结（本级填写）">
      {NARRATIVE_FIELDS.map((field) => (
        <View key={field} className="cadre__field">
          <Text className="cadre__label">{NARRATIVE_LABELS[field]}</Text>
          <TextBox
            value={words[field]}
            onInput={(value) => setWords((w) => ({ ...w, [field]: value }))}
            placeholder={`${NARRATIVE_LABELS[field]}（可不填）`}
            maxLength={NARRATIVE_MAX_LENGTH}
          />
        </View>
      ))}
      {action.error && <Notice tone="error">{action.error}</Notice>}
      <Button tone="plain" busy={action.busy} onTap={() => void save().then((r) => r && onChange(r))}>
        保存草稿
      </Button>
      <Button busy={action.busy} onTap={() => void submit()}>
        上报给上一级
      </Button>
    </Card>
  );
}

/** The level above sends a submitted report back, saying why. */
function ReturnCard({ report, onChange }: { report: Report; onChange: (report: Report) => void }) {
  const [comment, setComment] = useState('');
  const action = useAction();
  if (!report.canReturn) return null;
  return (
    <Card title="退回修改">
      <TextBox
        value={comment}
        onInput={setComment}
        placeholder="写明需要补充或修改的地方"
        maxLength={RETURN_COMMENT_MAX_LENGTH}
      />
      {action.error && <Notice tone="error">{action.error}</Notice>}
      <Button
        tone="danger"
        busy={action.busy}
        onTap={() =>
          void action
            .run(() => reportsApi.sendBack(report.regionCode, report.period, comment))
            .then((r) => r && onChange(r))
        }
      >
        退回
      </Button>
    </Card>
  );
}

/** Who below has submitted; each opens that region's report. */
function SubmissionsCard({ region, period }: { region: string; period: string }) {
  const list = useRemote(() => reportsApi.submissions(region, period), [region, period]);
  if (list.error) return <Notice tone="error">{list.error}</Notice>;
  if (!list.data) return null;
  const d = list.data;
  return (
    <Card title={`下级上报情况：应报 ${d.expected}，已报 ${d.submitted}，逾期 ${d.late}`}>
      {d.items
        .filter((item) => item.expected)
        .map((item) => (
          <View
            key={item.regionCode}
            className="report__below"
            onClick={() => openPage(ROUTES.reports, { region: item.regionCode, period })}
          >
            <Text className="report__below-name">{item.regionName}</Text>
            <Text className={item.late ? 'report__late' : 'report__below-status'}>
              {item.late ? '逾期未报' : REPORT_STATUS_LABELS[item.status]}
              {item.submittedLate ? '（迟报）' : ''}
            </Text>
          </View>
        ))}
      {d.items.some((item) => !item.expected) && (
        <View className="report__hint">
          没有妇联账号的{d.items.filter((i) => !i.expected).length}个地区不需上报，由本级代管。
        </View>
      )}
    </Card>
  );
}

function Exports({ report, desk }: { report: Report; desk: boolean }) {
  const action = useAction();
  const file = (kind: FileKind) => {
    // The page to print opens in a tab of its own, opened now while the tap still counts as the person's.
    const tab = kind === 'print' && process.env.TARO_ENV === 'h5' ? window.open('', '_blank') : null;
    return action.run(() => openReportFile(report.regionCode, report.period, kind, tab));
  };
  return (
    <Card title="导出">
      {action.error && <Notice tone="error">{action.error}</Notice>}
      <Button tone="plain" busy={action.busy} onTap={() => void file('export')}>
        导出 Excel
      </Button>
      {process.env.TARO_ENV === 'h5' && (
        <Button tone="plain" busy={action.busy} onTap={() => void file('print')}>
          打印版（可存为 PDF）
        </Button>
      )}
      {desk && (
        <Button tone="plain" busy={action.busy} onTap={() => void file('details')}>
          导出明细（记入审计）
        </Button>
      )}
    </Card>
  );
}

/** 工作月报 and the year-end summary: the numbers the data holds, the chair's words, submit and return. */
export default function ReportPage() {
  const user = useCadre();
  const params = Taro.getCurrentInstance().router?.params ?? {};
  const region = params.region || user?.regionCode;
  const [period, setPeriod] = useState(params.period || previousMonth(chinaMonthOf()));
  const report = useRemote(user && region ? () => reportsApi.report(region, period) : undefined, [
    user?.id,
    region,
    period,
  ]);
  if (!user || !region) return <CadrePage />;
  const r = report.data;
  const periods = periodsNow();
  return (
    <CadrePage title={region === user.regionCode ? '工作月报' : '下级报告'}>
      <PeriodChips
        periods={periods.includes(period) ? periods : [period, ...periods]}
        chosen={period}
        onChoose={setPeriod}
      />
      {report.error && <Notice tone="error">{report.error}</Notice>}
      {report.loading && !r && <Notice tone="info">正在统计…</Notice>}
      {r && (
        <View className="report">
          <StatusCard report={r} />
          <Button tone="link" onTap={() => openPage(ROUTES.reportsDashboard, { region: r.regionCode })}>
            查看数据看板 →
          </Button>
          {r.sections.map((section) => (
            <Card key={section.key} title={section.title}>
              {section.tables.map((table) => (
                <TableView key={table.key} table={table} />
              ))}
            </Card>
          ))}
          <NarrativeCard report={r} onChange={report.update} />
          <ReturnCard report={r} onChange={report.update} />
          {r.level !== 'village' && region === user.regionCode && <SubmissionsCard region={region} period={period} />}
          <Exports report={r} desk={DESK_ROLES.includes(user.role)} />
        </View>
      )}
    </CadrePage>
  );
}
