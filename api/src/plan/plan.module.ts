import { Module } from '@nestjs/common';
import { LocationsModule } from '../locations/locations.module';
import { LocationWaveService } from './location-wave.service';
import { LocationWaveResolver, ProjectPhasesResolver } from './plan.resolver';
import { ProjectPhasesService } from './project-phases.service';

@Module({
  imports: [LocationsModule],
  providers: [ProjectPhasesService, LocationWaveService, ProjectPhasesResolver, LocationWaveResolver],
})
export class PlanModule {}
