import { NARRATIVE_FIELDS, NARRATIVE_LABELS, REPORT_KIND_LABELS, REPORT_STATUS_LABELS } from '@hulei/shared';
import { Workbook, type Borders, type Worksheet } from 'exceljs';
import type { ReportDto, ReportTableDto, SubmissionListDto } from './dto/report.dto';
import type { ChildNarrative } from './reports.service';

const CHINA_OFFSET_MS = 8 * 3600_000;

/** "2026-05-03 14:05" in China time; "" for none. */
export function chinaDateTime(at: Date | string | null | undefined): string {
  if (!at) return '';
  return new Date(new Date(at).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

export const SMALL_COUNT_NOTE =
  '小数字保护：乡镇、村的 1–4 个儿童或个案，对本地区以外的人显示为“<5”；为防止相减推算，同一栏还会多隐藏一个数（显示“<5”或“≥5”）；“—”表示比率因此不显示。';

const THIN: Partial<Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFCE4EC' } };
const TOTAL_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF5F5F5' } };

export function reportTitle(report: Pick<ReportDto, 'regionName' | 'periodLabel' | 'kind'>): string {
  return `${report.regionName}${report.periodLabel}${REPORT_KIND_LABELS[report.kind]}`;
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\. */
function sheetName(title: string): string {
  return title
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/[[\]:*?/\\]/g, '')
    .slice(0, 31);
}

function titleRow(sheet: Worksheet, text: string, width: number, size = 12): void {
  const row = sheet.addRow([text]);
  row.font = { bold: true, size };
  if (width > 1) sheet.mergeCells(row.number, 1, row.number, width);
}

/** One table: its title, its note, a header row and its rows, bordered; the total row bold. */
function writeTable(sheet: Worksheet, table: ReportTableDto): void {
  const width = table.columns.length + 1;
  titleRow(sheet, table.title, width);
  if (table.note) {
    const note = sheet.addRow([table.note]);
    note.font = { italic: true, size: 9, color: { argb: 'FF757575' } };
    note.alignment = { wrapText: true, vertical: 'top' };
    sheet.mergeCells(note.number, 1, note.number, width);
  }
  const header = sheet.addRow(['项目', ...table.columns.map((c) => c.label)]);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  for (const row of table.rows) {
    const line = sheet.addRow([row.label, ...row.cells.map((cell) => cell ?? '')]);
    line.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.border = THIN;
      if (column === 1) {
        cell.alignment = { wrapText: true, vertical: 'middle' };
        return;
      }
      const kind = table.columns[column - 2]?.kind;
      cell.alignment = { horizontal: kind === 'text' ? 'left' : 'right', vertical: 'middle' };
      if (typeof cell.value === 'number') cell.numFmt = kind === 'count' ? '0' : '0.0';
    });
    if (row.total) {
      line.font = { bold: true };
      line.eachCell({ includeEmpty: true }, (cell) => (cell.fill = TOTAL_FILL));
    }
  }
  sheet.addRow([]);
}

function newSheet(workbook: Workbook, title: string, widths: number[]): Worksheet {
  const sheet = workbook.addWorksheet(sheetName(title), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = widths.map((width) => ({ width }));
  return sheet;
}

function coverSheet(workbook: Workbook, report: ReportDto): void {
  const sheet = newSheet(workbook, '封面', [18, 60]);
  titleRow(sheet, reportTitle(report), 2, 16);
  sheet.addRow([]);
  const facts: Array<[string, string]> = [
    ['地区', report.regionName],
    ['期间', report.periodLabel],
    ['状态', REPORT_STATUS_LABELS[report.status]],
    ['上报截止', chinaDateTime(report.dueAt)],
    ['上报时间', chinaDateTime(report.submittedAt)],
    ['上报人', report.submittedByName ?? ''],
    ['数字统计于', `${chinaDateTime(report.asOf)}${report.live ? '' : '（上报时的数字）'}`],
  ];
  if (report.returnComment) facts.push(['退回意见', report.returnComment]);
  if (report.hidden) facts.push(['说明', SMALL_COUNT_NOTE]);
  for (const [label, value] of facts) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.eachCell((cell) => (cell.border = THIN));
  }
}

function narrativeSheet(workbook: Workbook, report: ReportDto): void {
  const sheet = newSheet(workbook, '工作总结', [20, 90]);
  titleRow(sheet, '工作总结（本级填写）', 2);
  for (const field of NARRATIVE_FIELDS) {
    const row = sheet.addRow([NARRATIVE_LABELS[field], report.narrative[field] ?? '（未填写）']);
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { vertical: 'top' };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.eachCell((cell) => (cell.border = THIN));
  }
}

function submissionsSheets(workbook: Workbook, list: SubmissionListDto, narratives: ChildNarrative[]): void {
  const sheet = newSheet(workbook, '下级上报情况', [22, 10, 12, 20, 10, 20, 40]);
  titleRow(sheet, `下级上报情况：应报 ${list.expected}，已报 ${list.submitted}，逾期未报 ${list.late}`, 7);
  const header = sheet.addRow(['地区', '应报', '状态', '上报时间', '逾期', '上报人', '退回意见']);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
  });
  for (const item of list.items) {
    const row = sheet.addRow([
      item.regionName,
      item.expected ? '是' : '无账号',
      REPORT_STATUS_LABELS[item.status],
      chinaDateTime(item.submittedAt),
      item.late ? '逾期未报' : item.submittedLate ? '迟报' : '',
      item.submittedByName ?? '',
      item.returnComment ?? '',
    ]);
    row.eachCell({ includeEmpty: true }, (cell) => (cell.border = THIN));
    if (item.late) row.getCell(5).font = { bold: true, color: { argb: 'FFC62828' } };
  }
  if (narratives.length === 0) return;
  const words = newSheet(workbook, '下级工作总结', [18, 18, 50, 50, 50]);
  titleRow(words, '下级上报的工作总结', 5);
  const head = words.addRow(['地区', '上报时间', ...NARRATIVE_FIELDS.map((f) => NARRATIVE_LABELS[f])]);
  head.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
  });
  for (const child of narratives) {
    const row = words.addRow([
      child.regionName,
      chinaDateTime(child.submittedAt),
      ...NARRATIVE_FIELDS.map((f) => child.narrative[f] ?? ''),
    ]);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = THIN;
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }
}

/**
 * The report as an Excel file: a cover, one sheet per section (formatted, Chinese headers, the
 * numbers as the reader may see them), the chair's words, and, above the village, who below
 * has submitted and what they wrote.
 */
export async function reportWorkbook(
  report: ReportDto,
  below: { list: SubmissionListDto; narratives: ChildNarrative[] } | null,
): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = '护蕾';
  workbook.created = new Date(report.asOf);
  coverSheet(workbook, report);
  for (const section of report.sections) {
    const widest = Math.max(...section.tables.map((t) => t.columns.length));
    const sheet = newSheet(workbook, section.title, [34, ...Array.from({ length: widest }, () => 14)]);
    titleRow(sheet, `${reportTitle(report)}：${section.title}`, widest + 1, 14);
    sheet.addRow([]);
    for (const table of section.tables) writeTable(sheet, table);
    if (report.hidden) {
      const note = sheet.addRow([SMALL_COUNT_NOTE]);
      note.font = { size: 9, color: { argb: 'FF757575' } };
      note.alignment = { wrapText: true };
      sheet.mergeCells(note.number, 1, note.number, widest + 1);
    }
  }
  narrativeSheet(workbook, report);
  if (below) submissionsSheets(workbook, below.list, below.narratives);
  // exceljs types name an older Buffer; the runtime takes any Node Buffer.
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface DetailSheet {
  title: string;
  headers: string[];
  widths: number[];
  rows: Array<Array<string | number>>;
}

/** A county's detail lists: one sheet each, a header row, frozen, filterable. */
export async function detailWorkbook(title: string, sheets: DetailSheet[]): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = '护蕾';
  for (const detail of sheets) {
    const sheet = newSheet(workbook, detail.title, detail.widths);
    titleRow(sheet, `${title}：${detail.title}`, detail.headers.length, 14);
    const header = sheet.addRow(detail.headers);
    header.eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = THIN;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
    for (const values of detail.rows) {
      const row = sheet.addRow(values);
      row.eachCell({ includeEmpty: true }, (cell) => (cell.border = THIN));
    }
    sheet.views = [{ state: 'frozen', ySplit: 2 }];
    sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: detail.headers.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
