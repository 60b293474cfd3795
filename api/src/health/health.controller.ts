import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Policy } from '../auth/policy.decorator';
import { CutoverListener } from '../cutover-live/cutover-listener';

interface Health {
  status: string;
  database: 'up' | 'down';
  /** The LISTEN connection behind live updates; it reconnects on its own after an outage. */
  liveUpdates: 'up' | 'reconnecting';
}

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly listener: CutoverListener,
  ) {}

  /** 200 when the database answers, 503 while it does not. */
  @Get()
  @Policy('public')
  async health(): Promise<Health> {
    const liveUpdates = this.listener.listening ? 'up' : 'reconnecting';
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: 'up', liveUpdates };
    } catch {
      const body: Health = { status: 'degraded', database: 'down', liveUpdates };
      throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    }
  }
}
