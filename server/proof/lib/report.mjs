// What a proof part found: checks (pass or fail, with the figures behind them) and tables.
export class Part {
  constructor(title) {
    this.title = title;
    this.checks = [];
    this.figures = {};
    this.tables = [];
    this.notes = [];
    this.started = Date.now();
    this.seconds = 0;
    // Parts may run side by side: each prints its findings in one piece when it ends.
    this.lines = [`\n━━ ${title}`];
    console.log(`▶ ${title}`);
  }

  /** Records a check; `detail` says what was counted. Failing checks fail the run, after it ends. */
  check(name, ok, detail = '') {
    this.checks.push({ name, ok: Boolean(ok), detail: String(detail) });
    this.lines.push(`  ${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
    return Boolean(ok);
  }

  figure(name, value) {
    this.figures[name] = value;
  }

  note(line) {
    this.notes.push(line);
    this.lines.push(`  · ${line}`);
  }

  table(title, header, rows) {
    this.tables.push({ title, header, rows });
    const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
    const line = (cells) => `  | ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
    this.lines.push(
      `\n  ${title}`,
      line(header),
      `  |${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
      ...rows.map(line),
    );
  }

  end() {
    this.seconds = (Date.now() - this.started) / 1000;
    this.lines.push(`  (${this.seconds.toFixed(1)} s)`);
    console.log(this.lines.join('\n'));
    return this;
  }

  get ok() {
    return this.checks.every((c) => c.ok);
  }
}

/** The run's report as Markdown: every part's checks, figures, tables and notes. */
export function markdown({ mode, seed, seconds, parts }) {
  const lines = [`# 护蕾 proof — ${mode} mode`, '', `seed ${seed}, ${(seconds / 60).toFixed(1)} min`, ''];
  for (const part of parts) {
    lines.push(`## ${part.title} (${part.seconds.toFixed(0)} s)`, '');
    for (const c of part.checks)
      lines.push(`- ${c.ok ? '✓' : '✗ FAILED:'} ${c.name}${c.detail ? ` — ${c.detail}` : ''}`);
    for (const t of part.tables) {
      lines.push('', `${t.title}`, '', `| ${t.header.join(' | ')} |`, `|${t.header.map(() => '---').join('|')}|`);
      for (const row of t.rows) lines.push(`| ${row.join(' | ')} |`);
    }
    if (part.notes.length) lines.push('', ...part.notes.map((n) => `- ${n}`));
    lines.push('');
  }
  return lines.join('\n');
}
