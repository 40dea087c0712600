import { HIDDEN_LARGE, HIDDEN_SMALL, NOT_SHOWN, SMALL_COUNT_LIMIT, isWithinRegion, regionLevelOf } from '@hulei/shared';

/** A table cell: a number, a hidden count ("<5", "≥5"), "—" for a rate that cannot be shown, or null for none. */
export type Cell = number | string | null;

export interface ColumnSpec {
  key: string;
  label: string;
  kind: 'count' | 'percent' | 'number' | 'text';
  /** A count of children or of their cases: subject to the small-count rule. */
  sensitive?: boolean;
  /** For a percent: numerator and denominator columns of the same row. */
  of?: [string, string];
}

export interface RowDraft {
  key: string;
  label: string;
  /** The region the row's counts belong to (a part of the report, or the report's region). */
  region: string;
  total?: boolean;
  cells: Record<string, Cell>;
}

export interface TableDraft {
  key: string;
  title: string;
  note?: string;
  /** The rows other than the total row are parts of it: one hidden part could be worked out by subtraction. */
  additive?: boolean;
  columns: ColumnSpec[];
  rows: RowDraft[];
}

export interface ReportTable {
  key: string;
  title: string;
  note?: string;
  columns: Array<{ key: string; label: string; kind: ColumnSpec['kind'] }>;
  rows: Array<{ key: string; label: string; total?: boolean; cells: Cell[] }>;
}

/**
 * The small-count rule (issue 9): "small counts (1–4) in regions below county level are shown as
 * '<5' to anyone outside that region, so a report cannot point at one child". Precisely:
 *
 * 1. It applies to counts of children or their cases (help requests, 六看六问 concerns, the care
 *    ledger, pairings, follow-ups and services, public-opinion cases): columns marked sensitive.
 *    Households, visits, quizzes, scans and market days point at no child and are always shown.
 * 2. A count belongs to a region: the report's own, or a part's (a village row in a town's report).
 *    It is hidden when that region is a town or a village and the viewer's own region is not that
 *    region or inside it. So a village chair sees her village exactly; the town sees its own totals
 *    exactly but "<5" for a village's 1–4; the county sees "<5" for a town's or a village's 1–4;
 *    county, city and province totals are never hidden (they are too large to point at a child).
 * 3. Zero is always shown: it points at nobody.
 * 4. Subtraction: where the rows of a table are parts of its total row (categories, regions, months),
 *    a column with exactly one hidden part hides one more, the smallest other non-zero part, shown
 *    "<5" or "≥5". Zeros are never hidden, so when every other part is zero the total bounds the hidden
 *    part; the total is then a figure the viewer sees exactly anyway (her own region, or a county).
 * 5. A rate is shown only when both of its counts are shown; otherwise "—".
 */
export function hidesSmallCounts(region: string, viewerRegion: string): boolean {
  const level = regionLevelOf(region);
  return (level === 'town' || level === 'village') && !isWithinRegion(viewerRegion, region);
}

const isSmall = (value: Cell): value is number => typeof value === 'number' && value > 0 && value < SMALL_COUNT_LIMIT;

/** The table as `viewerRegion` may see it, with its rates worked out from what is shown. */
export function finishTable(table: TableDraft, viewerRegion: string): { table: ReportTable; hidden: boolean } {
  const rows = table.rows.map((row) => ({ ...row, cells: { ...row.cells } }));
  let hidden = false;
  for (const column of table.columns) {
    if (column.kind !== 'count' || !column.sensitive) continue;
    const hiddenParts: number[] = [];
    rows.forEach((row, index) => {
      if (!isSmall(row.cells[column.key]) || !hidesSmallCounts(row.region, viewerRegion)) return;
      row.cells[column.key] = HIDDEN_SMALL;
      hidden = true;
      if (!row.total) hiddenParts.push(index);
    });
    if (!table.additive || hiddenParts.length !== 1) continue;
    let partner: number | null = null;
    rows.forEach((row, index) => {
      const value = row.cells[column.key];
      if (row.total || typeof value !== 'number' || value <= 0) return;
      if (partner === null || value < (rows[partner].cells[column.key] as number)) partner = index;
    });
    if (partner !== null) {
      const value = rows[partner].cells[column.key] as number;
      rows[partner].cells[column.key] = value < SMALL_COUNT_LIMIT ? HIDDEN_SMALL : HIDDEN_LARGE;
    }
  }
  for (const column of table.columns) {
    if (column.kind !== 'percent' || !column.of) continue;
    const [numerator, denominator] = column.of;
    for (const row of rows) {
      const n = row.cells[numerator];
      const d = row.cells[denominator];
      row.cells[column.key] =
        typeof n === 'string' || typeof d === 'string'
          ? NOT_SHOWN
          : typeof n === 'number' && typeof d === 'number' && d > 0
            ? Math.round((n / d) * 1000) / 10
            : null;
    }
  }
  return {
    hidden,
    table: {
      key: table.key,
      title: table.title,
      ...(table.note ? { note: table.note } : {}),
      columns: table.columns.map(({ key, label, kind }) => ({ key, label, kind })),
      rows: rows.map((row) => ({
        key: row.key,
        label: row.label,
        ...(row.total ? { total: true } : {}),
        cells: table.columns.map((c) => row.cells[c.key] ?? null),
      })),
    },
  };
}
