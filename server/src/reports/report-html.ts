import { NARRATIVE_FIELDS, NARRATIVE_LABELS, REPORT_STATUS_LABELS } from '@hulei/shared';
import type { ReportDto, ReportTableDto, SubmissionListDto } from './dto/report.dto';
import { chinaDateTime, reportTitle, SMALL_COUNT_NOTE } from './report-workbook';
import type { ChildNarrative } from './reports.service';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const cellText = (cell: number | string | null) => (cell === null ? '' : escape(String(cell)));

function table(t: ReportTableDto): string {
  const head = `<tr><th>项目</th>${t.columns.map((c) => `<th>${escape(c.label)}</th>`).join('')}</tr>`;
  const rows = t.rows
    .map(
      (r) =>
        `<tr${r.total ? ' class="total"' : ''}><th scope="row">${escape(r.label)}</th>${r.cells
          .map((c, i) => `<td class="${t.columns[i].kind}">${cellText(c)}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  const note = t.note ? `<p class="note">${escape(t.note)}</p>` : '';
  return `<figure><figcaption>${escape(t.title)}</figcaption>${note}<table>${head}${rows}</table></figure>`;
}

const STYLE = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif;
  color: #222; margin: 0 auto; max-width: 190mm; padding: 12px; font-size: 12px; line-height: 1.5; }
h1 { font-size: 20px; text-align: center; margin: 8px 0 4px; }
.meta { text-align: center; color: #555; margin-bottom: 12px; }
h2 { font-size: 15px; border-left: 4px solid #d81b60; padding-left: 8px; margin: 18px 0 8px; }
figure { margin: 0 0 12px; break-inside: avoid; }
figcaption { font-weight: bold; margin-bottom: 4px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: 3px 6px; }
thead th, tr:first-child th { background: #fce4ec; }
th[scope=row] { text-align: left; font-weight: normal; }
td { text-align: right; white-space: nowrap; }
td.text { text-align: left; white-space: normal; }
tr.total th, tr.total td { font-weight: bold; background: #f5f5f5; }
.note { color: #757575; font-size: 11px; margin: 0 0 4px; }
.words dt { font-weight: bold; margin-top: 8px; }
.words dd { margin: 2px 0 0; white-space: pre-wrap; }
.late { color: #c62828; font-weight: bold; }
.hint { color: #757575; text-align: center; }
@media print { .hint { display: none; } body { padding: 0; } }
`;

/** The report as a page to print (A4), with no script and nothing from elsewhere. */
export function reportHtml(
  report: ReportDto,
  below: { list: SubmissionListDto; narratives: ChildNarrative[] } | null,
): string {
  const title = escape(reportTitle(report));
  const meta = [
    `状态：${REPORT_STATUS_LABELS[report.status]}`,
    report.submittedAt ? `上报于 ${chinaDateTime(report.submittedAt)}` : `截止 ${chinaDateTime(report.dueAt)}`,
    `数字统计于 ${chinaDateTime(report.asOf)}`,
  ].join(' · ');
  const sections = report.sections
    .map((s) => `<section><h2>${escape(s.title)}</h2>${s.tables.map(table).join('')}</section>`)
    .join('');
  const words = `<section><h2>工作总结</h2><dl class="words">${NARRATIVE_FIELDS.map(
    (f) => `<dt>${NARRATIVE_LABELS[f]}</dt><dd>${escape(report.narrative[f] ?? '（未填写）')}</dd>`,
  ).join('')}</dl></section>`;
  let belowHtml = '';
  if (below) {
    const rows = below.list.items
      .map(
        (i) =>
          `<tr><th scope="row">${escape(i.regionName)}</th><td class="text">${REPORT_STATUS_LABELS[i.status]}</td><td>${chinaDateTime(
            i.submittedAt,
          )}</td><td class="text${i.late ? ' late' : ''}">${i.late ? '逾期未报' : i.submittedLate ? '迟报' : i.expected ? '' : '无账号'}</td></tr>`,
      )
      .join('');
    const childWords = below.narratives
      .map(
        (c) =>
          `<dt>${escape(c.regionName)}</dt><dd>${NARRATIVE_FIELDS.map(
            (f) => `${NARRATIVE_LABELS[f]}：${escape(c.narrative[f] ?? '（未填写）')}`,
          ).join('\n')}</dd>`,
      )
      .join('');
    belowHtml =
      `<section><h2>下级上报情况</h2><p>应报 ${below.list.expected}，已报 ${below.list.submitted}，逾期未报 ${below.list.late}</p>` +
      `<table><tr><th>地区</th><th>状态</th><th>上报时间</th><th>备注</th></tr>${rows}</table>` +
      (childWords ? `<dl class="words">${childWords}</dl>` : '') +
      '</section>';
  }
  const hidden = report.hidden ? `<p class="note">${escape(SMALL_COUNT_NOTE)}</p>` : '';
  return (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${STYLE}</style></head>` +
    `<body><p class="hint">按 Ctrl+P（或浏览器菜单中的“打印”）打印或存为 PDF</p><h1>${title}</h1><p class="meta">${escape(meta)}</p>` +
    `${hidden}${sections}${words}${belowHtml}</body></html>`
  );
}
