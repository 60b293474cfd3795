import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module';
import { PersonSoftwareResolver } from './person-software.resolver';
import { SoftwareLoader } from './software.loader';
import { SoftwareResolver } from './software.resolver';
import { SoftwareService } from './software.service';

@Module({
  imports: [PersonsModule],
  providers: [SoftwareService, SoftwareLoader, SoftwareResolver, PersonSoftwareResolver],
  exports: [SoftwareService],
})
export class SoftwareModule {}
