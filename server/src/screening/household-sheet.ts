import { Workbook, type Worksheet } from 'exceljs';

/**
 * The household template (户籍名单): one row per household, children in pairs of columns. The
 * template is what `GET /api/cadre/screening/household-template` serves; the import refuses any sheet
 * whose first row is not exactly these headers.
 */
export const SHEET_NAME = '户籍名单';
export const MAX_CHILDREN_PER_ROW = 5;
export const HEADERS = [
  '网格',
  '门牌号或地址',
  '户主姓名',
  ...Array.from({ length: MAX_CHILDREN_PER_ROW }, (_, i) => [`儿童${i + 1}姓名`, `儿童${i + 1}出生年份`]).flat(),
];
export const MAX_ROWS = 20_000;
const ADDRESS_MAX = 80;
const NAME_MAX = 20;
const GRID_MAX = 40;

export interface SheetHousehold {
  row: number;
  grid: string | null;
  address: string;
  headName: string;
  children: Array<{ name: string; birthYear: number }>;
}

export interface RowError {
  row: number;
  column: string;
  message: string;
}

export interface ParsedSheet {
  households: SheetHousehold[];
  errors: RowError[];
  /** A whole-sheet problem (not an xlsx file, wrong headers, empty): nothing else was read. */
  templateError: string | null;
}

/** The text of a cell however Excel stored it (shared string, rich text, number, formula result). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.normalize('NFKC').trim();
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return '';
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text: string }>; result?: unknown; text?: string };
    if (v.richText)
      return v.richText
        .map((r) => r.text)
        .join('')
        .normalize('NFKC')
        .trim();
    if (v.result !== undefined) return cellText(v.result);
    if (typeof v.text === 'string') return v.text.normalize('NFKC').trim();
  }
  return String(value as string).trim();
}

/** Normalises an address for duplicate detection: width, spaces and case do not make a new household. */
export function normaliseAddress(address: string): string {
  return address.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function findSheet(workbook: Workbook): Worksheet | undefined {
  return workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
}

/** Reads and checks every row; never throws on bad content, only reports it. */
export async function parseHouseholdSheet(file: Buffer, thisYear: number): Promise<ParsedSheet> {
  const workbook = new Workbook();
  try {
    // exceljs types name an older Buffer; the runtime takes any Node Buffer.
    await workbook.xlsx.load(file as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return { households: [], errors: [], templateError: '不是 Excel 表格（.xlsx），请用下载的模板填写后上传' };
  }
  const sheet = findSheet(workbook);
  if (!sheet) return { households: [], errors: [], templateError: '表格里没有工作表，请用下载的模板填写' };
  const header = sheet.getRow(1);
  const headers = HEADERS.map((_, i) => cellText(header.getCell(i + 1).value));
  const wrong = HEADERS.findIndex((h, i) => headers[i] !== h);
  if (wrong >= 0) {
    return {
      households: [],
      errors: [],
      templateError: `表头与模板不符：第 1 行第 ${wrong + 1} 列应为「${HEADERS[wrong]}」，请下载模板后按模板填写`,
    };
  }
  if (sheet.rowCount - 1 > MAX_ROWS) {
    return { households: [], errors: [], templateError: `一次最多导入 ${MAX_ROWS} 户，请分成几个表格上传` };
  }

  const households: SheetHousehold[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  const minYear = thisYear - 17;
  for (let r = 2; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells = HEADERS.map((_, i) => cellText(row.getCell(i + 1).value));
    if (cells.every((c) => c === '')) continue;
    const fail = (column: string, message: string) => errors.push({ row: r, column, message });
    const [grid, address, headName] = cells;
    if (!address) fail('门牌号或地址', '门牌号或地址不能为空');
    else if (address.length > ADDRESS_MAX) fail('门牌号或地址', `门牌号或地址最多 ${ADDRESS_MAX} 个字`);
    if (!headName) fail('户主姓名', '户主姓名不能为空');
    else if (headName.length > NAME_MAX) fail('户主姓名', `户主姓名最多 ${NAME_MAX} 个字`);
    if (grid.length > GRID_MAX) fail('网格', `网格名称最多 ${GRID_MAX} 个字`);
    const children: SheetHousehold['children'] = [];
    for (let c = 0; c < MAX_CHILDREN_PER_ROW; c += 1) {
      const name = cells[3 + c * 2];
      const yearText = cells[4 + c * 2];
      const nameColumn = `儿童${c + 1}姓名`;
      const yearColumn = `儿童${c + 1}出生年份`;
      if (!name && !yearText) continue;
      if (!name) fail(nameColumn, '填了出生年份，请同时填写儿童姓名');
      else if (name.length > NAME_MAX) fail(nameColumn, `儿童姓名最多 ${NAME_MAX} 个字`);
      const year = Number(yearText.replace(/年$/, ''));
      if (!yearText) fail(yearColumn, '请填写出生年份（四位数字，如 2015）');
      else if (!/^\d{4}年?$/.test(yearText) || !Number.isInteger(year)) {
        fail(yearColumn, `出生年份「${yearText}」应为四位数字，如 2015`);
      } else if (year > thisYear) fail(yearColumn, `出生年份 ${year} 晚于今年（${thisYear}），请核对`);
      else if (year < minYear) fail(yearColumn, `出生年份 ${year} 早于 ${minYear}：只登记未满 18 周岁的儿童`);
      else if (name) children.push({ name, birthYear: year });
    }
    if (address) {
      const key = normaliseAddress(address);
      const earlier = seen.get(key);
      if (earlier !== undefined) fail('门牌号或地址', `与第 ${earlier} 行的门牌重复，同一户只填一行`);
      else seen.set(key, r);
    }
    households.push({ row: r, grid: grid || null, address, headName, children });
  }
  if (households.length === 0 && errors.length === 0) {
    return { households: [], errors: [], templateError: '表格里没有任何一户，请从第 2 行开始填写' };
  }
  return { households, errors, templateError: null };
}

/** The empty template with its instructions, as an .xlsx file. */
export async function householdTemplate(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(SHEET_NAME);
  sheet.addRow(HEADERS);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => (column.width = i === 1 ? 24 : 12));
  sheet.addRow(['一组', '太平铺村一组12号', '张建国', '张小花', 2014, '张小明', 2017]);
  const help = workbook.addWorksheet('填写说明');
  for (const line of [
    '1. 每一户填一行，从第 2 行开始；第 1 行表头不要改动。示例行请删除。',
    '2. 网格：填所属网格的名称（如"一组"）；名单里没有的网格会自动建立。可不填。',
    '3. 门牌号或地址、户主姓名必填；同一个村里门牌号不能重复。',
    '4. 儿童：最多 5 名，姓名和出生年份（四位数字，如 2015）成对填写，只登记未满 18 周岁的儿童。',
    '5. 表格有任何一处错误时，整张表都不会导入；请按提示的行号改正后重新上传。',
    '6. 姓名和地址只在服务器上加密保存，请勿把表格转发到微信群。',
  ]) {
    help.addRow([line]);
  }
  help.getColumn(1).width = 90;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
