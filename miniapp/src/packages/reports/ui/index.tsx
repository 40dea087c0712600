import { Text, View } from '@tarojs/components';
import { HIDDEN_LARGE, HIDDEN_SMALL, NOT_SHOWN, periodLabel } from '@hulei/shared';
import { Tap } from '../../../components/tap';
import type { Cell, Chart, ReportTable } from '../reports-api';
import './index.css';

// The reports subpackage's own pieces: a table as people read it, a chart drawn from that table,
// and the row of periods to choose from. Charts are plain views (no canvas, no library): the same
// markup draws in WeChat and in the browser, and costs a few KB.

type Kind = ReportTable['columns'][number]['kind'];

export function cellText(cell: Cell, kind: Kind): string {
  if (cell === null) return kind === 'percent' ? NOT_SHOWN : '';
  return String(cell);
}

const isHidden = (cell: Cell) => cell === HIDDEN_SMALL || cell === HIDDEN_LARGE || cell === NOT_SHOWN;

/** A table of the report: label–value lines when it has one row, a grid (scrolling sideways) otherwise. */
export function TableView({ table }: { table: ReportTable }) {
  const single = table.rows.length === 1;
  return (
    <View className="rt" aria-label={table.title}>
      <View className="rt__title">{table.title}</View>
      {table.note && <View className="rt__note">{table.note}</View>}
      {table.rows.length === 0 && <View className="rt__empty">本期没有</View>}
      {single ? (
        table.columns.map((column, i) => (
          <View key={column.key} className="rt__line">
            <Text className="rt__line-label">{column.label}</Text>
            <Text className={`rt__line-value${isHidden(table.rows[0].cells[i]) ? ' rt__hidden' : ''}`}>
              {cellText(table.rows[0].cells[i], column.kind)}
            </Text>
          </View>
        ))
      ) : (
        <View className="rt__scroll">
          <View className="rt__grid" style={{ minWidth: `${11 + table.columns.length * 7}em` }}>
            <View className="rt__row rt__row--head">
              <Text className="rt__label">项目</Text>
              {table.columns.map((column) => (
                <Text key={column.key} className="rt__cell">
                  {column.label}
                </Text>
              ))}
            </View>
            {table.rows.map((row) => (
              <View key={row.key} className={`rt__row${row.total ? ' rt__row--total' : ''}`}>
                <Text className="rt__label">{row.label}</Text>
                {row.cells.map((cell, i) => (
                  <Text
                    key={table.columns[i].key}
                    className={`rt__cell rt__cell--${table.columns[i].kind}${isHidden(cell) ? ' rt__hidden' : ''}`}
                  >
                    {cellText(cell, table.columns[i].kind)}
                  </Text>
                ))}
              </View>
            ))}
          </View>
        </View>
      )}
    </View>
  );
}

const SERIES_CLASSES = ['chart__fill--a', 'chart__fill--b', 'chart__fill--c'];

interface Point {
  label: string;
  values: Array<{ cell: Cell; share: number }>;
}

/** The rows of the chart's table (not the total) with each series' value as a share of the scale. */
function pointsOf(chart: Chart): Point[] {
  const columns = chart.series.map((s) => chart.table.columns.findIndex((c) => c.key === s.key));
  const rows = chart.table.rows.filter((r) => !r.total);
  const numbers = rows.flatMap((r) => columns.map((c) => r.cells[c])).filter((v): v is number => typeof v === 'number');
  const max = chart.unit === 'percent' ? 100 : Math.max(1, ...numbers);
  return rows.map((row) => ({
    label: row.label,
    values: columns.map((c) => {
      const cell = row.cells[c];
      // A hidden count is drawn as a short hatched stub with its "<5" or "≥5": its size is not shown.
      const share =
        typeof cell === 'number' ? Math.min(1, cell / max) : isHidden(cell) && cell !== NOT_SHOWN ? 0.04 : 0;
      return { cell, share };
    }),
  }));
}

/** A chart drawn from its table: columns for months, bars for categories and regions. */
export function ChartView({ chart }: { chart: Chart }) {
  const points = pointsOf(chart);
  const unit = chart.unit === 'percent' ? '%' : '';
  const legend =
    chart.series.length > 1 ? (
      <View className="chart__legend">
        {chart.series.map((s, i) => (
          <View key={s.key} className="chart__legend-item">
            <View className={`chart__swatch ${SERIES_CLASSES[i]}`} />
            <Text>{s.label}</Text>
          </View>
        ))}
      </View>
    ) : null;
  const valueText = (cell: Cell) => (typeof cell === 'number' ? `${cell}${unit}` : cell === null ? '' : cell);
  if (chart.kind === 'bars') {
    return (
      <View className="chart chart--bars" aria-label={chart.title}>
        {legend}
        {points.map((p) => (
          <View key={p.label} className="chart__bar-row">
            <Text className="chart__bar-label">{p.label}</Text>
            <View className="chart__bar-tracks">
              {p.values.map((v, i) => (
                <View key={chart.series[i].key} className="chart__bar-track">
                  <View
                    className={`chart__fill ${SERIES_CLASSES[i]}${isHidden(v.cell) ? ' chart__fill--hidden' : ''}`}
                    style={{ width: `${(v.share * 100).toFixed(1)}%` }}
                  />
                  <Text className="chart__value">{valueText(v.cell)}</Text>
                </View>
              ))}
            </View>
          </View>
        ))}
      </View>
    );
  }
  return (
    <View className="chart chart--columns" aria-label={chart.title}>
      {legend}
      <View className="chart__plot">
        {points.map((p) => (
          <View key={p.label} className="chart__group">
            <View className="chart__stack">
              {p.values.map((v, i) => (
                <View key={chart.series[i].key} className="chart__column-slot">
                  <Text className="chart__column-value">{valueText(v.cell)}</Text>
                  <View
                    className={`chart__column ${SERIES_CLASSES[i]}${isHidden(v.cell) ? ' chart__fill--hidden' : ''}`}
                    style={{ height: `${(v.share * 100).toFixed(1)}%` }}
                  />
                </View>
              ))}
            </View>
            <Text className="chart__axis-label">{p.label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

/** Choices of period as chips; the chosen one is marked. */
export function PeriodChips({
  periods,
  chosen,
  onChoose,
}: {
  periods: string[];
  chosen: string;
  onChoose: (period: string) => void;
}) {
  return (
    <View className="chips">
      {periods.map((p) => (
        <Tap key={p} className={`chip${p === chosen ? ' chip--chosen' : ''}`} onTap={() => onChoose(p)}>
          {p.length === 4 ? `${p}年度总结` : periodLabel(p)}
        </Tap>
      ))}
    </View>
  );
}
