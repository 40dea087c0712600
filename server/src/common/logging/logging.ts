import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { HuleiConfig } from '../config/config';

/**
 * Request logs carry method, path, status and timing only: no bodies, no query strings, no IPs, no
 * user agents, no headers. A child's request must leave no trace of who sent it.
 */
export function loggerParams(config: HuleiConfig, stream?: NodeJS.WritableStream): Params {
  return {
    pinoHttp: {
      stream,
      level: config.logLevel,
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const id = randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: (err: Error) => ({ type: err.name }),
      },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      // Health probes every few seconds would drown the log.
      autoLogging: { ignore: (req) => req.url === '/api/health' },
      quietReqLogger: true,
    },
  };
}
