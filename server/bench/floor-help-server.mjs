// Floors for bench:help, on one core like ours: (a) POST /api/help-requests — parse JSON, check
// the fields, AES-256-GCM the free text, one mysql2 INSERT; (b) GET /api/cadre/help-requests —
// the same page query and count as ours, with mysql2 (pool) or better-sqlite3. No framework.
import { createCipheriv, randomBytes, randomInt, randomUUID } from 'node:crypto';
import http from 'node:http';

const [kind, target, port] = process.argv.slice(2);
const key = randomBytes(32);
const seal = (text) => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return `v1.k1.${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${body.toString('base64url')}`;
};
const PAGE = `SELECT id, category, status, urgency, region_code, handling_level, created_at, due_at FROM help_request
  WHERE county_code = ? ORDER BY created_at DESC, id DESC LIMIT 20`;
const COUNT = 'SELECT COUNT(*) AS n FROM help_request WHERE county_code = ?';
let query;
if (kind === 'mysql') {
  const { createPool } = await import('mysql2/promise');
  const pool = createPool({ uri: target, connectionLimit: 20, timezone: 'Z' });
  query = async (sql, params) => (await pool.query(sql, params))[0];
} else {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(target);
  db.pragma('journal_mode = WAL');
  const statements = new Map();
  query = async (sql, params) => {
    if (!statements.has(sql)) statements.set(sql, db.prepare(sql));
    const statement = statements.get(sql);
    return statement.reader ? statement.all(...params) : statement.run(...params);
  };
}

http
  .createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      if (req.method === 'POST') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (typeof body.description !== 'string' || !/^\d{12}$/.test(body.regionCode)) {
          res.writeHead(400).end();
          return;
        }
        const now = new Date();
        const code = String(randomInt(1e8, 1e9)) + String(randomInt(1e7, 1e8));
        await query(
          `INSERT INTO help_request (id, receipt_hash, category, urgency, requester_role, status, origin, region_code, province_code, city_code,
            county_code, town_code, village_code, handling_level, handling_region_code, description_sealed, due_at, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, 'submitted', 'public', ?, ?, ?, ?, ?, ?, 'village', ?, ?, ?, ?, ?)`,
          [
            randomUUID(),
            randomBytes(32).toString('base64url'),
            body.category,
            body.urgency,
            body.requesterRole,
            body.regionCode,
            body.regionCode.slice(0, 2),
            body.regionCode.slice(0, 4),
            body.regionCode.slice(0, 6),
            body.regionCode.slice(0, 9),
            body.regionCode,
            body.regionCode,
            seal(body.description),
            now,
            now,
            now,
          ],
        );
        res
          .writeHead(201, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ receiptCode: code, status: 'submitted', createdAt: now }));
        return;
      }
      const items = await query(PAGE, ['431222']);
      const [{ n }] = await query(COUNT, ['431222']);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ items, total: Number(n) }));
    });
  })
  .listen(Number(port), '127.0.0.1');
