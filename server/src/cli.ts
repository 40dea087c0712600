import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { createApp, createOpenApiDocument } from './app.factory';
import { ConfigError, loadConfig, type HuleiConfig } from './common/config/config';
import { AppError } from './common/errors/app-error';
import { createDataSource } from './database/data-source';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateInvitationDto } from './identity/dto/accounts.dto';
import { AccountsService } from './identity/accounts.service';
import { RegionsService } from './regions/regions.service';
import { seedDemo } from './seed/demo-seed';
import { seedStarterLearning } from './seed/starter-learning';

const USAGE = `usage: node dist/cli.js <command>
  migrate                     apply pending database migrations
  seed                        demo mode: load demo data unless it is already there
  learning:seed               load or update the national starter lessons and quiz questions
  regions:import [--root C]   load the national division codes (C: a subtree such as 4312; none = all)
  invite --role R --region C --phone P --name N
                              issue a one-time invitation code (7 days) for a first account, e.g.
                              --role federation_county --region 431222: she redeems it in the app
  openapi [--out FILE]        write the OpenAPI document (default: server/openapi.json)`;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

export async function migrate(config: HuleiConfig): Promise<string[]> {
  const dataSource = await (await createDataSource(config.database)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

async function withContext<T>(
  config: HuleiConfig,
  work: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<T>,
): Promise<T> {
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ ...config, logLevel: 'warn', schedulers: false }),
    {
      logger: ['error', 'warn'],
    },
  );
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

async function run(args: string[]): Promise<void> {
  const [command] = args;
  const config = loadConfig();
  switch (command) {
    case 'migrate': {
      const applied = await migrate(config);
      log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'database schema is up to date');
      return;
    }
    case 'seed': {
      if (config.mode !== 'demo') {
        log('production mode: no demo data is seeded');
        return;
      }
      await withContext(config, (app) => seedDemo(app, log));
      return;
    }
    case 'learning:seed': {
      await withContext(config, (app) => seedStarterLearning(app, log));
      return;
    }
    case 'regions:import': {
      const root = option(args, '--root') ?? null;
      const started = Date.now();
      await withContext(config, async (app) => {
        const result = await app.get(RegionsService).importDivisions({
          root,
          onProgress: (p) =>
            log(`  ${p.level.padEnd(8)} ${String(p.written).padStart(7)} rows  ${Math.round(p.fraction * 100)}%`),
        });
        const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
        log(
          `imported ${total} regions under ${root ?? 'the whole country'} in ${seconds} s (peak memory ${peakMb} MB)`,
        );
      });
      return;
    }
    case 'invite': {
      const input = plainToInstance(CreateInvitationDto, {
        role: option(args, '--role'),
        regionCode: option(args, '--region'),
        phone: option(args, '--phone'),
        name: option(args, '--name'),
      });
      const problems = await validate(input);
      if (problems.length) {
        log(
          `护蕾: ${problems.map((p) => `--${p.property === 'regionCode' ? 'region' : p.property}`).join(', ')} missing or malformed`,
        );
        log(USAGE);
        process.exitCode = 2;
        return;
      }
      await withContext(config, async (app) => {
        const invitation = await app.get(AccountsService).createOperatorInvitation(input);
        log(`invitation for ${invitation.name} (${invitation.role}, ${invitation.regionCode})`);
        log(`code ${invitation.code}, valid until ${invitation.expiresAt.toISOString()}; it is shown only now`);
      });
      return;
    }
    case 'openapi': {
      const out = resolve(option(args, '--out') ?? resolve(config.repoRoot, 'server/openapi.json'));
      // The document depends only on the code; an in-memory database keeps this offline and fast.
      const app = await createApp({
        ...config,
        database: { kind: 'sqlite', path: ':memory:' },
        logLevel: 'silent',
        schedulers: false,
      });
      await app.init();
      writeFileSync(out, `${JSON.stringify(createOpenApiDocument(app), null, 2)}\n`);
      await app.close();
      log(`wrote ${out}`);
      return;
    }
    default:
      log(USAGE);
      process.exitCode = command ? 2 : 0;
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  // A refusal the user can act on (bad config, a phone that already has an account) is one line.
  const plain = error instanceof ConfigError || error instanceof AppError;
  log(plain ? `护蕾: ${error.message}` : `护蕾: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
