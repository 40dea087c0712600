// Floors for bench:help, on one core like ours: (a) POST /api/help-requests — parse JSON, check
// the fields, AES-256-GCM the free text, one mysql2 INSERT (kind "mysql"), or (kind "mysql-same")
// the same statements ours sends: idempotency lookup, who serves the village, then in one
// transaction the request, its event, the reminders, its two clocks and the idempotency record;
// (b) GET /api/cadre/help-requests — the same page query and count as ours, with mysql2 (pool) or
// better-sqlite3. No framework.
import { createCipheriv, createHash, createHmac, randomBytes, randomInt, randomUUID } from 'node:crypto';
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
let pool;
if (kind.startsWith('mysql')) {
  const { createPool } = await import('mysql2/promise');
  pool = createPool({ uri: target, connectionLimit: 20, timezone: 'Z' });
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

const path = (code) => [2, 4, 6, 9, 12].map((length) => (code.length >= length ? code.slice(0, length) : null));
const LEVELS = [
  ['village', 12],
  ['town', 9],
  ['county', 6],
  ['city', 4],
];

/** The statements of our submission, written by hand: what the framework and the ORM add is the gap. */
async function submitLikeOurs(body, key, code, now) {
  const requestHash = createHash('sha256')
    .update(`help_request:${JSON.stringify(body)}`)
    .digest('hex');
  const [earlier] = await query('SELECT * FROM idempotency_record WHERE `key` = ?', [key]);
  if (earlier) return earlier.response_sealed;
  const codes = LEVELS.map(([, length]) => body.regionCode.slice(0, length));
  const accounts = await query(
    "SELECT id, region_code, role FROM account WHERE region_code IN (?) AND role IN (?) AND status = 'active'",
    [codes, LEVELS.map(([level]) => `federation_${level}`)],
  );
  const [level, length] = LEVELS.find(([, l]) => accounts.some((a) => a.region_code.length === l)) ?? LEVELS[3];
  const handler = body.regionCode.slice(0, length);
  const recipients = accounts.filter((a) => a.region_code === handler);
  const id = randomUUID();
  const due = new Date(now.getTime() + (body.urgency === 'urgent' ? 30 : 1440) * 60_000);
  const answer = JSON.stringify({ receiptCode: code, status: 'submitted', createdAt: now });
  const connection = await pool.getConnection();
  try {
    await connection.beginTransaction();
    await connection.query(
      `INSERT INTO help_request (id, receipt_hash, category, urgency, requester_role, status, origin, region_code, province_code, city_code,
        county_code, town_code, village_code, handling_level, handling_region_code, description_sealed, due_at, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, 'submitted', 'public', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        createHmac('sha256', key).update(`receipt:${code}`).digest('base64url'),
        body.category,
        body.urgency,
        body.requesterRole,
        body.regionCode,
        ...path(body.regionCode),
        level,
        handler,
        seal(body.description),
        due,
        now,
        now,
      ],
    );
    await connection.query(
      'INSERT INTO help_request_event (id, help_request_id, at, kind, level, region_code) VALUES (?, ?, ?, ?, ?, ?)',
      [randomUUID(), id, now, 'submitted', 'village', body.regionCode],
    );
    if (recipients.length)
      await connection.query(
        `INSERT INTO notification (id, account_id, kind, region_code, province_code, city_code, county_code, town_code,
          village_code, state, attempts, next_attempt_at, created_at) VALUES ?`,
        [
          recipients.map((a) => [
            randomUUID(),
            a.id,
            'new_help_request',
            a.region_code,
            ...path(a.region_code),
            'pending',
            0,
            now,
            now,
          ]),
        ],
      );
    await connection.query(
      'INSERT INTO clock (id, kind, subject_type, subject_id, step, due_at, state, attempts, created_at) VALUES ?',
      [
        [
          [randomUUID(), 'help_ack', 'help_request', id, level, due, 'pending', 0, now],
          [
            randomUUID(),
            'help_ack_warning',
            'help_request',
            id,
            level,
            new Date(due.getTime() - 900_000),
            'pending',
            0,
            now,
          ],
        ],
      ],
    );
    await connection.query(
      'INSERT INTO idempotency_record (`key`, operation, request_hash, status_code, response_sealed, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [key, 'help_request', requestHash, 201, seal(answer), now, new Date(now.getTime() + 86_400_000)],
    );
    await connection.commit();
  } catch (error) {
    await connection.rollback();
    throw error;
  } finally {
    connection.release();
  }
  return answer;
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
        if (kind === 'mysql-same') {
          const answer = await submitLikeOurs(body, req.headers['idempotency-key'], code, now);
          res.writeHead(201, { 'Content-Type': 'application/json' }).end(answer);
          return;
        }
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
