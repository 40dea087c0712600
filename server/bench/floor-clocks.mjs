// The floor for firing clocks: a bare mysql2 loop claiming due rows with FOR UPDATE SKIP LOCKED in
// READ COMMITTED and marking them fired — the same claim work with no handler behind it.
import { createConnection } from 'mysql2/promise';

const [url, stopAfterMs] = process.argv.slice(2);
const connection = await createConnection({ uri: url, timezone: 'Z' });
await connection.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
const stopAt = Date.now() + Number(stopAfterMs);
while (Date.now() < stopAt) {
  await connection.beginTransaction();
  const [rows] = await connection.query(
    "SELECT id FROM clock WHERE state = 'pending' AND due_at <= ? ORDER BY due_at LIMIT 200 FOR UPDATE SKIP LOCKED",
    [new Date()],
  );
  if (rows.length) {
    await connection.query("UPDATE clock SET state = 'fired', fired_at = ?, fired_by = 'floor' WHERE id IN (?)", [
      new Date(),
      rows.map((r) => r.id),
    ]);
  }
  await connection.commit();
  if (rows.length < 200) await new Promise((r) => setTimeout(r, 20));
}
await connection.end();
