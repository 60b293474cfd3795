import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module';
import { PersonFachverfahrenResolver } from './person-fachverfahren.resolver';
import { FachverfahrenLoader } from './fachverfahren.loader';
import { FachverfahrenResolver } from './fachverfahren.resolver';
import { FachverfahrenService } from './fachverfahren.service';

@Module({
  imports: [PersonsModule],
  providers: [FachverfahrenService, FachverfahrenLoader, FachverfahrenResolver, PersonFachverfahrenResolver],
  exports: [FachverfahrenService],
})
export class FachverfahrenModule {}
