import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import { AppModule } from './app.module';
import type { HuleiConfig } from './common/config/config';
import { refuseDeepJson } from './common/http/json-depth';
import { PublicResponseCache } from './common/http/public-cache';
import { applySecurityHeaders } from './common/http/security';
import { createLogger, PinoNestLogger, requestLogMiddleware, type AppLogger } from './common/logging/logger';

export interface AppOptions {
  /** Where logs go (stdout when absent); tests read them to prove what is never logged. */
  logStream?: NodeJS.WritableStream;
}

export const API_PREFIX = 'api';

/** Builds the whole application, ready to listen; used by main, the CLI and the tests alike. */
export async function createApp(config: HuleiConfig, options: AppOptions = {}): Promise<NestExpressApplication> {
  const logger: AppLogger = createLogger(config, options.logStream);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  app.use(requestLogMiddleware(logger));
  app.set('trust proxy', config.trustProxy);
  app.set('x-powered-by', false);
  // Behind a load balancer that keeps upstream connections (nginx, cloud LBs: 60 s), Node's 5 s
  // default closes a connection the balancer is about to reuse, and a cadre's POST fails with 502.
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  applySecurityHeaders(app, config.mode === 'production');
  // A help request is a few KB; anything bigger, or nested deeper than a form, is a mistake or an attack.
  // express.json directly: Nest's useBodyParser types leave out `verify`.
  app.use(express.json({ limit: '64kb', verify: refuseDeepJson }));
  app.use(app.get(PublicResponseCache).middleware());
  app.setGlobalPrefix(API_PREFIX);
  app.enableShutdownHooks();
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => createOpenApiDocument(app), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });
  serveH5(app, config.h5Dir);
  return app;
}

export function createOpenApiDocument(app: NestExpressApplication): OpenAPIObject {
  const options = new DocumentBuilder()
    .setTitle('护蕾 API')
    .setDescription('利剑护蕾：儿童求助、村妇联受理、逐级督办。错误统一为 {statusCode, code, message, errors?}。')
    .setVersion('1')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, options);
}

/**
 * The H5 build of the mini-program, same origin as the API. Hashed assets are cached for good.
 * API paths skip this entirely: a file-system lookup per API request cost ~5 % of the CPU.
 */
function serveH5(app: NestExpressApplication, h5Dir: string): void {
  const index = join(h5Dir, 'index.html');
  const assets = express.static(h5Dir, {
    index: false,
    setHeaders: (res, path) => {
      res.setHeader(
        'Cache-Control',
        /\.[0-9a-f]{8,}\./.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path === `/${API_PREFIX}` || req.path.startsWith(`/${API_PREFIX}/`)) return next();
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    assets(req, res, () => {
      if (!existsSync(index)) {
        res
          .status(503)
          .type('text/plain; charset=utf-8')
          .send('护蕾网页版尚未构建：请运行 npm start 或 npm run build:h5');
        return;
      }
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
}
