import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { divisionDataDir, parseCsvLine } from './region-import';

describe('division files', () => {
  it('parses quoted names and plain codes', () => {
    expect(parseCsvLine('431222114200,"太平铺村村委会",431222114,43,4312,431222')).toEqual([
      '431222114200',
      '太平铺村村委会',
      '431222114',
      '43',
      '4312',
      '431222',
    ]);
    expect(parseCsvLine('1,"a ""b"", c",2')).toEqual(['1', 'a "b", c', '2']);
  });

  // The importer stops reading a file once it has passed the root's range; that needs sorted files.
  it.each(['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv', 'villages.csv'])(
    '%s is sorted by code',
    (file) => {
      const codes = readFileSync(join(divisionDataDir(), file), 'utf8')
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => line.slice(0, line.indexOf(',')));
      const firstOutOfOrder = codes.findIndex((code, i) => i > 0 && code <= codes[i - 1]);
      expect(codes.length).toBeGreaterThan(30);
      expect(firstOutOfOrder).toBe(-1);
    },
  );
});
