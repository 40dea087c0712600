// What a proof part found: checks (pass or fail, with the figures behind them) and tables.
import { printTable } from '../../bench/lib.mjs';

export class Part {
  constructor(title) {
    this.title = title;
    this.checks = [];
    this.figures = {};
    this.tables = [];
    this.notes = [];
    this.started = Date.now();
    this.seconds = 0;
    console.log(`\n━━ ${title}`);
  }

  /** Records a check; `detail` says what was counted. Failing checks fail the run, after it ends. */
  check(name, ok, detail = '') {
    this.checks.push({ name, ok: Boolean(ok), detail: String(detail) });
    console.log(`  ${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
    return Boolean(ok);
  }

  figure(name, value) {
    this.figures[name] = value;
  }

  note(line) {
    this.notes.push(line);
    console.log(`  · ${line}`);
  }

  table(title, header, rows) {
    this.tables.push({ title, header, rows });
    printTable(`  ${title}`, header, rows);
  }

  end() {
    this.seconds = (Date.now() - this.started) / 1000;
    console.log(`  (${this.seconds.toFixed(1)} s)`);
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
