import { randomInt } from 'node:crypto';
import { CHECKLIST_ITEM_IDS, type ChecklistAnswer, type ChecklistItemId } from '@hulei/shared';
import { Workbook } from 'exceljs';
import { chinaDate } from '../common/china-date';
import { AccountsRepository } from '../identity/accounts.repository';
import { AccountsService } from '../identity/accounts.service';
import type { TestApp } from '../testing/test-app';
import { HEADERS, SHEET_NAME } from './household-sheet';

/** Builders for tests of the screening capability (and of the capabilities that use it). */

export type SheetRow = Array<string | number | null>;

/** An .xlsx file with the template's headers (or others) and these rows. */
export async function sheetFile(
  rows: SheetRow[],
  headers: string[] = HEADERS,
  sheetName = SHEET_NAME,
): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `count` households in grids 一组…四组, door numbers from `first`, each with 0–3 children. */
export function villageRows(villageName: string, count: number, first = 1): SheetRow[] {
  const grids = ['一组', '二组', '三组', '四组'];
  const year = Number(chinaDate().slice(0, 4));
  return Array.from({ length: count }, (_, i) => {
    const n = first + i;
    const row: SheetRow = [grids[i % grids.length], `${villageName}${grids[i % grids.length]}${n}号`, `户主${n}`];
    for (let c = 0; c < n % 4; c += 1) row.push(`孩子${n}-${c + 1}`, year - 3 - ((n + c * 5) % 14));
    return row;
  });
}

let phones = 0;
/** A new account of `role` in the village; returns its id and phone. */
export async function accountIn(
  t: TestApp,
  villageCode: string,
  role: 'grid_worker' | 'volunteer',
  name: string,
): Promise<{ id: string; phone: string; password: string }> {
  phones += 1;
  const phone = `136${String(randomInt(1000)).padStart(3, '0')}${String(phones).padStart(5, '0')}`;
  const password = 'Screening2026';
  await t.app.get(AccountsService).ensureAccount({ phone, name, role, regionCode: villageCode, password });
  return { id: (await t.app.get(AccountsRepository).findByPhone(phone))!.id, phone, password };
}

/** Twelve answers, all fine unless listed. */
export function answers(
  overrides: Partial<Record<ChecklistItemId, ChecklistAnswer>> = {},
  notes: Partial<Record<ChecklistItemId, string>> = {},
) {
  return CHECKLIST_ITEM_IDS.map((item) => ({
    item,
    answer: overrides[item] ?? 'fine',
    ...(notes[item] ? { note: notes[item] } : {}),
  }));
}
