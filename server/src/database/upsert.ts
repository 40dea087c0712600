import type { DataSource } from 'typeorm';
import { isSqlite } from './data-source';

/**
 * The tail of an INSERT that updates the row already holding its key instead of failing: ON CONFLICT
 * … DO UPDATE on SQLite, ON DUPLICATE KEY UPDATE on MySQL/MariaDB. `set` gives each column to update
 * an expression over the stored row (`read_count + 1`) or, through `inserted`, the value the INSERT
 * brought.
 */
export function onConflictUpdate(
  dataSource: DataSource,
  keyColumns: readonly string[],
  set: (inserted: (column: string) => string) => Record<string, string>,
): string {
  const sqlite = isSqlite(dataSource);
  const inserted = (column: string) => (sqlite ? `excluded.${column}` : `VALUES(${column})`);
  const assignments = Object.entries(set(inserted))
    .map(([column, value]) => `${column} = ${value}`)
    .join(', ');
  return sqlite
    ? ` ON CONFLICT(${keyColumns.join(', ')}) DO UPDATE SET ${assignments}`
    : ` ON DUPLICATE KEY UPDATE ${assignments}`;
}
