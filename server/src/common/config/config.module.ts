import { Global, Module, type DynamicModule } from '@nestjs/common';
import { HULEI_CONFIG, type HuleiConfig } from './config';

/** Makes the validated configuration injectable everywhere as HULEI_CONFIG. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: HuleiConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: HULEI_CONFIG, useValue: config }],
      exports: [HULEI_CONFIG],
    };
  }
}
