import { finishTable, hidesSmallCounts, type TableDraft } from './small-counts';

const TOWN = '431222114';
const TAIPINGPU = '431222114200';
const HAISHAPING = '431222114203';
const COUNTY = '431222';

/** Help requests per village of 官庄镇 and the town's total, as in a town's report. */
function byVillage(counts: Record<string, number>, extra: Partial<TableDraft> = {}): TableDraft {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    key: 'byRegion',
    title: '分地区',
    additive: true,
    columns: [
      { key: 'received', label: '求助', kind: 'count', sensitive: true },
      { key: 'households', label: '台账户数', kind: 'count' },
    ],
    rows: [
      ...Object.entries(counts).map(([region, received]) => ({
        key: region,
        label: region,
        region,
        cells: { received, households: 3 },
      })),
      { key: 'total', label: '合计', region: TOWN, total: true, cells: { received: total, households: 6 } },
    ],
    ...extra,
  };
}

const column = (table: ReturnType<typeof finishTable>['table'], key: string) => {
  const index = table.columns.findIndex((c) => c.key === key);
  return table.rows.map((r) => r.cells[index]);
};

describe('the small-count rule', () => {
  it('hides a town’s or a village’s counts only from those outside it, never a county’s', () => {
    expect(hidesSmallCounts(TAIPINGPU, TAIPINGPU)).toBe(false);
    expect(hidesSmallCounts(TAIPINGPU, TOWN)).toBe(true);
    expect(hidesSmallCounts(TAIPINGPU, HAISHAPING)).toBe(true);
    expect(hidesSmallCounts(TOWN, TOWN)).toBe(false);
    expect(hidesSmallCounts(TOWN, TAIPINGPU)).toBe(false);
    expect(hidesSmallCounts(TOWN, COUNTY)).toBe(true);
    expect(hidesSmallCounts(COUNTY, '4312')).toBe(false);
  });

  it('shows a village chair her own 1–4 exactly', () => {
    const { table, hidden } = finishTable(byVillage({ [TAIPINGPU]: 3 }), TAIPINGPU);
    expect(column(table, 'received')).toEqual([3, 3]);
    expect(hidden).toBe(false);
  });

  it('shows the town "<5" for a village’s 1–4, its own total exactly, zeros as zeros and households always', () => {
    const { table, hidden } = finishTable(byVillage({ [TAIPINGPU]: 3, [HAISHAPING]: 0, '431222114201': 2 }), TOWN);
    expect(column(table, 'received')).toEqual(['<5', 0, '<5', 5]);
    expect(column(table, 'households')).toEqual([3, 3, 3, 6]);
    expect(hidden).toBe(true);
  });

  it('hides a second part when one hidden part could be worked out from the total', () => {
    const { table } = finishTable(byVillage({ [TAIPINGPU]: 3, [HAISHAPING]: 9, '431222114201': 12 }), TOWN);
    expect(column(table, 'received')).toEqual(['<5', '≥5', 12, 24]);
  });

  it('shows the county "<5" for the town’s own total of 1–4', () => {
    const { table } = finishTable(byVillage({ [TAIPINGPU]: 3 }), COUNTY);
    expect(column(table, 'received')).toEqual(['<5', '<5']);
  });

  it('shows a rate only when both its counts are shown', () => {
    const draft: TableDraft = {
      key: 'timeliness',
      title: '受理',
      columns: [
        { key: 'received', label: '收到', kind: 'count', sensitive: true },
        { key: 'inTime', label: '按时', kind: 'count', sensitive: true },
        { key: 'rate', label: '按时率', kind: 'percent', of: ['inTime', 'received'] },
      ],
      rows: [
        { key: 'a', label: '性侵害', region: TAIPINGPU, cells: { received: 6, inTime: 2 } },
        { key: 'b', label: '其他', region: TAIPINGPU, cells: { received: 0, inTime: 0 } },
      ],
    };
    expect(finishTable(draft, TOWN).table.rows.map((r) => r.cells)).toEqual([
      [6, '<5', '—'],
      [0, 0, null],
    ]);
    expect(finishTable(draft, TAIPINGPU).table.rows[0].cells).toEqual([6, 2, 33.3]);
  });
});
