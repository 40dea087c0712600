import { Global, Module } from '@nestjs/common';
import { HULEI_CONFIG, type HuleiConfig } from '../config/config';
import { DataCipher } from './data-cipher';

/** Encryption at rest with the configured data keys, for every capability. */
@Global()
@Module({
  providers: [
    {
      provide: DataCipher,
      inject: [HULEI_CONFIG],
      useFactory: (config: HuleiConfig) => new DataCipher(config.dataKey, config.dataKeys),
    },
  ],
  exports: [DataCipher],
})
export class CryptoModule {}
