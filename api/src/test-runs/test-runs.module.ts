import { Module } from '@nestjs/common';
import { TestRunsLoader } from './test-runs.loader';
import { FachverfahrenTestRunResolver, TestRunsResolver } from './test-runs.resolver';
import { TestRunsService } from './test-runs.service';

@Module({
  providers: [TestRunsService, TestRunsLoader, TestRunsResolver, FachverfahrenTestRunResolver],
  exports: [TestRunsService, TestRunsLoader],
})
export class TestRunsModule {}
