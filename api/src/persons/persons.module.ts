import { Module } from '@nestjs/common';
import { LocationsModule } from '../locations/locations.module';
import {
  FachverfahrenPersonsResolver,
  FileSharePersonsResolver,
  PrinterPersonsResolver,
  SoftwarePersonsResolver,
  WorkstationPersonsResolver,
} from './person-relations.resolver';
import { PersonsLoader } from './persons.loader';
import { PersonsResolver } from './persons.resolver';
import { PersonsService } from './persons.service';

@Module({
  imports: [LocationsModule],
  providers: [
    PersonsService,
    PersonsLoader,
    PersonsResolver,
    WorkstationPersonsResolver,
    PrinterPersonsResolver,
    SoftwarePersonsResolver,
    FileSharePersonsResolver,
    FachverfahrenPersonsResolver,
  ],
  exports: [PersonsService],
})
export class PersonsModule {}
