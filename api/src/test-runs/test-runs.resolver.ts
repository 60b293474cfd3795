import { Args, ID, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { DeleteArgs } from '../common/delete.args';
import { Paginated } from '../common/page';
import { Fachverfahren } from '../fachverfahren/fachverfahren.entity';
import { RecordTestRunInput, TestRunListArgs, TestStatusArgs, UpdateTestRunInput } from './dto/test-run.inputs';
import { TestRun, TestStatus } from './test-run.entity';
import { TestRunsLoader } from './test-runs.loader';
import { TestRunsService } from './test-runs.service';

@ObjectType()
export class TestRunPage extends Paginated(TestRun) {}

@Resolver(() => TestRun)
@Policy('plan.read')
export class TestRunsResolver {
  constructor(private readonly service: TestRunsService) {}

  @Query(() => TestRunPage, { description: 'Test runs of a Verwaltung, newest first.' })
  @Policy('plan.read')
  testRuns(@Args() args: TestRunListArgs): Promise<TestRunPage> {
    return this.service.listRuns(args);
  }

  @Query(() => [TestStatus], { description: 'Per Fachverfahren and the standard workplace: the latest run counts.' })
  @Policy('plan.read')
  testStatus(@Args() { tenantId }: TestStatusArgs): Promise<TestStatus[]> {
    return this.service.status(tenantId);
  }

  @Mutation(() => TestRun)
  @Policy('testruns.write')
  recordTestRun(@Args('input') input: RecordTestRunInput): Promise<TestRun> {
    return this.service.record(input);
  }

  @Mutation(() => TestRun, { description: 'Refused once the run is signed off: record a new run instead.' })
  @Policy('testruns.write')
  updateTestRun(@Args('input') { id, version, ...changes }: UpdateTestRunInput): Promise<TestRun> {
    return this.service.change(id, version, changes);
  }

  @Mutation(() => TestRun, { description: 'Sign-off by the responsible department (coordinator).' })
  @Policy('testruns.signoff')
  signOffTestRun(@Args() { id, version }: DeleteArgs): Promise<TestRun> {
    return this.service.signOff(id, version);
  }

  @Mutation(() => ID, { description: 'Deletes a run that is not signed off; returns the id.' })
  @Policy('testruns.write')
  deleteTestRun(@Args() { id, version }: DeleteArgs): Promise<string> {
    return this.service.delete(id, version);
  }
}

@Resolver(() => Fachverfahren)
@Policy('plan.read')
export class FachverfahrenTestRunResolver {
  constructor(private readonly loader: TestRunsLoader) {}

  // The parent as a plain parameter (no @Parent()): graphql calls the method without Nest's pipe chain.
  @ResolveField(() => TestRun, { nullable: true, description: 'The latest test run: it is the one that counts.' })
  latestTestRun(fachverfahren: Fachverfahren): Promise<TestRun | null> {
    return this.loader.latest(fachverfahren.tenantId, fachverfahren.id);
  }
}
