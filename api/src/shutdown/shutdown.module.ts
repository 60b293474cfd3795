import { Module } from '@nestjs/common';
import { GracefulShutdown } from './graceful-shutdown';

@Module({ providers: [GracefulShutdown], exports: [GracefulShutdown] })
export class ShutdownModule {}
