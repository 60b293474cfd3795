import { Module } from '@nestjs/common';
import { LocationsModule } from '../locations/locations.module';
import { PersonWorkstationsResolver } from './person-workstations.resolver';
import { WorkstationsLoader } from './workstations.loader';
import { WorkstationsResolver } from './workstations.resolver';
import { WorkstationsService } from './workstations.service';

@Module({
  imports: [LocationsModule],
  providers: [WorkstationsService, WorkstationsLoader, WorkstationsResolver, PersonWorkstationsResolver],
  exports: [WorkstationsService],
})
export class WorkstationsModule {}
