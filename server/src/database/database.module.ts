import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { createDataSource } from './data-source';
import { installSqliteGate } from './transactions';

/** Provides the one DataSource; repositories of every capability take it from here. */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DataSource,
          inject: [HULEI_CONFIG],
          useFactory: async (config: HuleiConfig) => {
            const dataSource = await (await createDataSource(config.database, config.dbPool)).initialize();
            installSqliteGate(dataSource);
            return dataSource;
          },
        },
      ],
      exports: [DataSource],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
