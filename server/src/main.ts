import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './common/config/config';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  // New code on an old schema would fail request by request; say so once, at the start.
  if (await app.get(DataSource).showMigrations()) {
    throw new ConfigError('the database schema is behind this version: run `node server/dist/cli.js migrate` first');
  }
  await app.listen(config.port);
  const url = `http://localhost:${config.port}`;
  new Logger('main').log(`护蕾 is serving ${url} (${config.mode} mode)`);
}

main().catch((error: unknown) => {
  // A configuration mistake is one line for the operator, not a stack trace.
  if (error instanceof ConfigError) {
    process.stderr.write(`护蕾 cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(`护蕾 cannot start: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
