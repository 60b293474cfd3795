import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { Location } from '../locations/location.entity';
import { PlanAccountsArgs, SetWaveTechniciansArgs, UpdateLocationWaveInput } from './dto/location-wave.input';
import { ProjectPhasesArgs, UpdateProjectPhaseInput } from './dto/project-phase.input';
import { LocationWaveService } from './location-wave.service';
import { PlanAccount, ProjectPhasePlan, WaveTechnician } from './plan.models';
import { ProjectPhasesService } from './project-phases.service';

@Resolver(() => ProjectPhasePlan)
@Policy('plan.read')
export class ProjectPhasesResolver {
  constructor(private readonly phases: ProjectPhasesService) {}

  @Query(() => [ProjectPhasePlan], { description: 'The five phases of the Verwaltung, in order.' })
  @Policy('plan.read')
  projectPhases(@Args() { tenantId }: ProjectPhasesArgs): Promise<ProjectPhasePlan[]> {
    return this.phases.list(tenantId);
  }

  @Mutation(() => ProjectPhasePlan, { description: 'Saves a phase (created on its first save).' })
  @Policy('plan.write')
  updateProjectPhase(@Args('input') input: UpdateProjectPhaseInput): Promise<ProjectPhasePlan> {
    return this.phases.update(input);
  }

  @Query(() => [PlanAccount], { description: 'Accounts that can be responsible for a phase or join a wave.' })
  @Policy('plan.write')
  planAccounts(@Args() { tenantId }: PlanAccountsArgs): Promise<PlanAccount[]> {
    return this.phases.planAccounts(tenantId);
  }
}

@Resolver(() => Location)
@Policy('plan.read')
export class LocationWaveResolver {
  constructor(private readonly waves: LocationWaveService) {}

  @Mutation(() => Location, { description: 'Sets the cutover date, time window and notes of a Standort.' })
  @Policy('plan.write')
  updateLocationWave(@Args('input') input: UpdateLocationWaveInput): Promise<Location> {
    return this.waves.updateWave(input);
  }

  @Mutation(() => Location, { description: "Replaces the technicians of a Standort's wave (and gives them access)." })
  @Policy('plan.write')
  setWaveTechnicians(@Args() { locationId, accountIds }: SetWaveTechniciansArgs): Promise<Location> {
    return this.waves.setTechnicians(locationId, accountIds);
  }

  // The parent as a plain parameter (no @Parent()): graphql calls the method without Nest's pipe chain.
  @ResolveField(() => [WaveTechnician])
  technicians(location: Location): Promise<WaveTechnician[]> {
    return this.waves.techniciansOf(location.id);
  }
}
