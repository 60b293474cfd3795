import { Module } from '@nestjs/common';
import { CutoverLiveModule } from '../cutover-live/cutover-live.module';
import { MetricsAccessGuard } from './metrics-access.guard';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

/** Prometheus metrics at GET /metrics (see README "Operations"). */
@Module({
  imports: [CutoverLiveModule],
  controllers: [MetricsController],
  providers: [MetricsService, MetricsAccessGuard],
  exports: [MetricsService],
})
export class MetricsModule {}
