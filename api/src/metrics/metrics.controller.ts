import { Controller, Get, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { Policy } from '../auth/policy.decorator';
import { RestErrorsFilter } from '../common/rest-errors.filter';
import { MetricsAccessGuard } from './metrics-access.guard';
import { MetricsService } from './metrics.service';

/**
 * GET /metrics in Prometheus' text format. No session is involved (policy `public`); who may
 * scrape is MetricsAccessGuard's decision: the bearer token when METRICS_TOKEN is set, else loopback.
 */
@Controller('metrics')
@UseFilters(RestErrorsFilter)
@UseGuards(MetricsAccessGuard)
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Policy('public')
  async scrape(@Res() res: Response): Promise<void> {
    const body = await this.metrics.render();
    res.status(200).set({ 'Content-Type': this.metrics.contentType, 'Cache-Control': 'no-store' }).send(body);
  }
}
