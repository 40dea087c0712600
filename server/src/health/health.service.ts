import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { AppError } from '../common/errors/app-error';
import type { HealthDto } from './health.dto';

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(HULEI_CONFIG) private readonly config: HuleiConfig,
  ) {}

  /** Ok only when the database answers, so a load balancer stops sending to a cut-off instance. */
  async check(): Promise<HealthDto> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new AppError('SERVICE_UNAVAILABLE', '数据库暂时无法访问');
    }
    const type = this.dataSource.options.type;
    return { status: 'ok', database: type === 'better-sqlite3' ? 'sqlite' : type, mode: this.config.mode };
  }
}
