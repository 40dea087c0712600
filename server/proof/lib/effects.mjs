// What the proof counts to say "each deadline fired exactly once": every fired acknowledgement
// clock (per request and level) against the escalation or missed-deadline events it caused.

/** Fired help_ack clocks, and how many of them had more than one effect (`twice`) or none (`without`). */
export async function acknowledgementEffects(db) {
  const [firedAck] = await db.query(
    "SELECT subject_id AS id, step, COUNT(*) AS n FROM clock WHERE kind = 'help_ack' AND state = 'fired' GROUP BY subject_id, step",
  );
  const [ackEffects] = await db.query(
    "SELECT help_request_id AS id, CASE WHEN kind = 'escalated' THEN SUBSTRING(data, 8) ELSE level END AS step, COUNT(*) AS n FROM help_request_event WHERE kind IN ('escalated', 'deadline_missed') GROUP BY 1, 2",
  );
  const fired = new Map(firedAck.map((r) => [`${r.id}|${r.step}`, Number(r.n)]));
  const effects = new Map(ackEffects.map((r) => [`${r.id}|${r.step}`, Number(r.n)]));
  return {
    fired: [...fired.values()].reduce((a, b) => a + b, 0),
    twice: [...effects].filter(([k, n]) => n > (fired.get(k) ?? 0)).length,
    without: [...fired].filter(([k, n]) => n > (effects.get(k) ?? 0)).length,
  };
}
