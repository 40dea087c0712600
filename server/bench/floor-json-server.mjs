// The floor for the market-day reads: a bare Node http server answering the same JSON bodies from
// memory (no framework, no database, no validation, no headers beyond Content-Type).
// Usage: node floor-json-server.mjs <routes.json> <port>, routes.json = {"GET /path": {...}, "POST /path": {...}}
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [file, port] = process.argv.slice(2);
const routes = new Map(
  Object.entries(JSON.parse(readFileSync(file, 'utf8'))).map(([key, body]) => [key, JSON.stringify(body)]),
);

http
  .createServer((req, res) => {
    const body = routes.get(`${req.method} ${req.url}`);
    // Read (and drop) any request body before answering, as a real handler would.
    req.resume();
    req.on('end', () => {
      if (body === undefined) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'Content-Type': 'application/json; charset=utf-8' }).end(body);
    });
  })
  .listen(Number(port), '127.0.0.1');
