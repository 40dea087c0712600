// The floor for GET /api/regions/{code}/children: a bare Node http server running the same query
// with mysql2 (pool) or better-sqlite3, no framework, no validation, no logging.
import http from 'node:http';

const [kind, target, port] = process.argv.slice(2);
const SQL = 'SELECT code, name, level FROM region WHERE parent_code = ? ORDER BY code';
let children;
if (kind === 'mysql') {
  const { createPool } = await import('mysql2/promise');
  const pool = createPool({ uri: target, connectionLimit: 20 });
  children = async (code) => (await pool.query(SQL, [code]))[0];
} else {
  const { default: Database } = await import('better-sqlite3');
  const statement = new Database(target, { readonly: true }).prepare(SQL);
  children = async (code) => statement.all(code);
}

http
  .createServer(async (req, res) => {
    const match = /^\/api\/regions\/(\d+)\/children$/.exec(req.url);
    if (!match) {
      res.writeHead(404).end();
      return;
    }
    const body = JSON.stringify(await children(match[1]));
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(body);
  })
  .listen(Number(port), '127.0.0.1');
