import { Module } from '@nestjs/common';
import { LocationsModule } from '../locations/locations.module';
import { PersonsModule } from '../persons/persons.module';
import { PersonPrinterResolver, PersonPrintersResolver, WorkstationPrintersResolver } from './person-printers.resolver';
import { PersonPrintersService } from './person-printers.service';
import { PrintersLoader } from './printers.loader';
import { PrintersResolver } from './printers.resolver';
import { PrintersService } from './printers.service';

@Module({
  imports: [LocationsModule, PersonsModule],
  providers: [
    PrintersService,
    PrintersLoader,
    PrintersResolver,
    PersonPrintersService,
    PersonPrintersResolver,
    PersonPrinterResolver,
    WorkstationPrintersResolver,
  ],
  exports: [PrintersService],
})
export class PrintersModule {}
