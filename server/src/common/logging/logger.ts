import { randomUUID } from 'node:crypto';
import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import pino, { type Logger } from 'pino';
import type { HuleiConfig } from '../config/config';

export type AppLogger = Logger;

/**
 * One pino logger for the process. Lines are buffered (up to 4 KB or 1 s) because a write syscall
 * per line cost ~15 % of a small request's CPU; they are flushed at shutdown and exit. A kill -9
 * can lose the last second of log lines, never data.
 */
export function createLogger(config: Pick<HuleiConfig, 'logLevel'>, stream?: NodeJS.WritableStream): AppLogger {
  const options = { level: config.logLevel, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime };
  if (stream) return pino(options, stream);
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => destination.flush(), 1000).unref();
  process.once('exit', () => {
    try {
      destination.flushSync();
    } catch {
      // stdout already closed: nothing more can be written anyway
    }
  });
  return pino(options, destination);
}

/** Writes out buffered lines; called when the application shuts down. */
export function flushLogger(logger: AppLogger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}

export interface RequestWithId extends Request {
  id?: string;
}

/**
 * One line per request: id, method, path, status, time. Never bodies, query strings, IPs, user
 * agents or other headers — a child's request must leave no trace of who sent it.
 */
export function requestLogMiddleware(logger: AppLogger) {
  return (req: RequestWithId, res: Response, next: NextFunction): void => {
    const id = randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      // Long path segments are tokens (a quiz attempt), not names of things: keep them out.
      const path = req.originalUrl.split('?')[0].replace(/\/[^/]{65,}/g, '/…');
      if (path === '/api/health') return; // probes every few seconds would drown the log
      const status = res.statusCode;
      const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
      logger[level]({ reqId: id, method: req.method, path, status, ms }, 'request');
    });
    next();
  };
}

/** Nest's own messages (start-up, errors from the framework) through the same pino logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: AppLogger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, traceOrContext?: string, context?: string): void {
    this.write('error', message, context ?? traceOrContext);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(level: pino.Level, message: unknown, context?: string): void {
    if (typeof message === 'object' && message !== null) this.logger[level]({ context, ...message });
    else this.logger[level]({ context }, String(message));
  }
}
