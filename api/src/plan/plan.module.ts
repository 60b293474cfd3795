import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { LocationsModule } from '../locations/locations.module';
import { LocationWaveService } from './location-wave.service';
import { LocationWaveResolver, ProjectPhasesResolver } from './plan.resolver';
import { ProjectPhasesService } from './project-phases.service';

@Module({
  imports: [LocationsModule, AccountsModule],
  providers: [ProjectPhasesService, LocationWaveService, ProjectPhasesResolver, LocationWaveResolver],
  exports: [ProjectPhasesService],
})
export class PlanModule {}
