import { Injectable } from '@nestjs/common';
import {
  HELP_CATEGORY_LABELS,
  HELP_STATUS_LABELS,
  REGION_LEVEL_LABELS,
  REPORT_STATUS_LABELS,
  URGENCY_LABELS,
  periodLabel,
} from '@hulei/shared';
import { AuditService } from '../audit/audit.service';
import { levelOfCode } from '../common/jurisdiction/region-path';
import { scopeOf } from '../common/jurisdiction/scope';
import { CadreHelpRequestsService } from '../help-requests/cadre-help-requests.service';
import type { Cadre } from '../identity/auth/cadre';
import { PublicOpinionService } from '../public-opinion/public-opinion.service';
import { RegionsService } from '../regions/regions.service';
import type { ReportDto, SubmissionListDto } from './dto/report.dto';
import { reportHtml } from './report-html';
import { parsePeriod } from './report-period';
import { chinaDateTime, detailWorkbook, reportTitle, reportWorkbook, type DetailSheet } from './report-workbook';
import { ReportsService, type ChildNarrative } from './reports.service';

// A county's month is hundreds of requests; a city's year could be more than a sheet should hold.
const DETAIL_LIMIT = 20_000;

const SEVERITY_LABELS: Record<string, string> = { high: '重大', medium: '较大', low: '一般' };
const ORIGIN_LABELS: Record<string, string> = { public: '求助', visit: '敲门走访' };

/** The report as Excel or as a page to print, and a county's detail lists (audited). */
@Injectable()
export class ReportExportsService {
  constructor(
    private readonly reports: ReportsService,
    private readonly help: CadreHelpRequestsService,
    private readonly opinion: PublicOpinionService,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
  ) {}

  async workbook(cadre: Cadre, regionCode: string, period: string): Promise<{ file: Buffer; name: string }> {
    const { report, below } = await this.gather(cadre, regionCode, period);
    return { file: await reportWorkbook(report, below), name: `${reportTitle(report)}.xlsx` };
  }

  async printable(cadre: Cadre, regionCode: string, period: string): Promise<string> {
    const { report, below } = await this.gather(cadre, regionCode, period);
    return reportHtml(report, below);
  }

  /**
   * A county's (or higher) lists of what the report counts: each help request and each
   * public-opinion case of the period, without any free text or anything about the requester,
   * and who below has submitted. Every export is audited.
   */
  async details(cadre: Cadre, regionCode: string, period: string): Promise<{ file: Buffer; name: string }> {
    const now = new Date();
    const opened = await this.reports.open(cadre, regionCode, period, now);
    const scope = scopeOf(regionCode);
    const { from, to } = opened.period;
    const [requests, cases] = await Promise.all([
      this.help.detailsForReport(scope, from, to, DETAIL_LIMIT),
      this.opinion.detailsForReport(scope, from, to, DETAIL_LIMIT),
    ]);
    const names = await this.regions.namesOf([...requests.map((r) => r.regionCode), ...cases.map((c) => c.regionCode)]);
    const place = (code: string) => names.get(code) ?? code;
    const sheets: DetailSheet[] = [
      {
        title: '求助明细',
        headers: [
          '序号',
          '编号',
          '村',
          '类别',
          '紧急程度',
          '来源',
          '提交时间',
          '受理时间',
          '按时受理',
          '逐级上报次数',
          '强制报告时间',
          '强制报告按时',
          '状态',
          '现由哪级处理',
          '结案时间',
        ],
        widths: [6, 10, 16, 10, 8, 10, 17, 17, 8, 10, 17, 10, 8, 10, 17],
        rows: requests.map((r, i) => [
          i + 1,
          r.id.slice(0, 8),
          place(r.regionCode),
          HELP_CATEGORY_LABELS[r.category],
          URGENCY_LABELS[r.urgency],
          ORIGIN_LABELS[r.origin] ?? r.origin,
          chinaDateTime(r.createdAt),
          chinaDateTime(r.acknowledgedAt),
          r.acknowledgedAt ? (r.missedDeadlines === 0 ? '是' : '否') : '未受理',
          r.escalations,
          chinaDateTime(r.policeReportedAt),
          r.policeReportedAt ? (r.policeReportOverdueAt ? '否' : '是') : r.policeReportOverdueAt ? '逾期未报' : '',
          HELP_STATUS_LABELS[r.status],
          REGION_LEVEL_LABELS[r.handlingLevel],
          chinaDateTime(r.closedAt),
        ]),
      },
      {
        title: '舆情明细',
        headers: [
          '序号',
          '编号',
          '涉及地区',
          '程度',
          '登记时间',
          '省→市',
          '市→县',
          '县→乡镇',
          '反馈时限',
          '反馈时间',
          '反馈按时',
        ],
        widths: [6, 10, 16, 8, 17, 10, 10, 10, 17, 17, 10],
        rows: cases.map((c, i) => {
          const step = (level: string) => {
            const s = c.steps.find((x) => x.level === level);
            if (!s) return '—';
            if (s.missedAt) return '超时';
            return s.handedOnAt ? '按时' : '办理中';
          };
          return [
            i + 1,
            c.id.slice(0, 8),
            place(c.regionCode),
            SEVERITY_LABELS[c.severity] ?? c.severity,
            chinaDateTime(c.startedAt),
            step('province'),
            step('city'),
            step('county'),
            chinaDateTime(c.feedbackDueAt),
            chinaDateTime(c.feedbackAt),
            c.feedbackAt
              ? c.feedbackAt <= c.feedbackDueAt
                ? '是'
                : '否'
              : c.feedbackOverdueAt
                ? '逾期未反馈'
                : '办理中',
          ];
        }),
      },
    ];
    if (levelOfCode(regionCode) !== 'village') {
      const list = await this.reports.submissions(cadre, regionCode, period, now);
      sheets.push({
        title: '上报情况',
        headers: ['地区', '应报', '状态', '截止时间', '上报时间', '逾期', '上报人'],
        widths: [20, 8, 10, 17, 17, 10, 14],
        rows: list.items.map((item) => [
          item.regionName,
          item.expected ? '是' : '无账号',
          REPORT_STATUS_LABELS[item.status],
          chinaDateTime(item.dueAt),
          chinaDateTime(item.submittedAt),
          item.late ? '逾期未报' : item.submittedLate ? '迟报' : '',
          item.submittedByName ?? '',
        ]),
      });
    }
    await this.audit.record({
      action: 'report_detail_export',
      outcome: 'ok',
      actor: cadre,
      subject: { type: 'report', id: `${regionCode}/${opened.period.period}` },
      regionCode,
      detail: `help_requests=${requests.length} opinion_cases=${cases.length}`,
    });
    const title = `${opened.region.name}${periodLabel(opened.period.period)}明细`;
    return { file: await detailWorkbook(title, sheets), name: `${title}.xlsx` };
  }

  private async gather(
    cadre: Cadre,
    regionCode: string,
    period: string,
  ): Promise<{ report: ReportDto; below: { list: SubmissionListDto; narratives: ChildNarrative[] } | null }> {
    const now = new Date();
    const report = await this.reports.view(cadre, regionCode, period, now);
    if (report.level === 'village') return { report, below: null };
    const [list, narratives] = await Promise.all([
      this.reports.submissions(cadre, regionCode, period, now),
      this.reports.childNarratives(regionCode, parsePeriod(period, now)),
    ]);
    return { report, below: { list, narratives } };
  }
}
