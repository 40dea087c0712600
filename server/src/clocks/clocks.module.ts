import { Module } from '@nestjs/common';
import { ClockScheduler } from './clock-scheduler';
import { ClocksRepository } from './clocks.repository';
import { ClocksService } from './clocks.service';

@Module({
  providers: [ClocksRepository, ClocksService, ClockScheduler],
  exports: [ClocksService],
})
export class ClocksModule {}
