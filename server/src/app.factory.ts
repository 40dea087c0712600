import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppOptions } from './app.module';
import type { HuleiConfig } from './common/config/config';
import { applySecurityHeaders } from './common/http/security';

export const API_PREFIX = 'api';

/** Builds the whole application, ready to listen; used by main, the CLI and the tests alike. */
export async function createApp(config: HuleiConfig, options: AppOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.set('x-powered-by', false);
  applySecurityHeaders(app);
  // A help request is a few KB; anything bigger is a mistake or an attack.
  app.useBodyParser('json', { limit: '64kb' });
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

/** The H5 build of the mini-program, same origin as the API. Hashed assets are cached for good. */
function serveH5(app: NestExpressApplication, h5Dir: string): void {
  const index = join(h5Dir, 'index.html');
  app.useStaticAssets(h5Dir, {
    index: false,
    setHeaders: (res: Response, path: string) => {
      res.setHeader(
        'Cache-Control',
        /\.[0-9a-f]{8,}\./.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith(`/${API_PREFIX}/`) || req.path === `/${API_PREFIX}`) return next();
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
}
