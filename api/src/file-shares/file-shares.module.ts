import { Module } from '@nestjs/common';
import { LocationsModule } from '../locations/locations.module';
import { PersonsModule } from '../persons/persons.module';
import { FileSharesLoader } from './file-shares.loader';
import { FileSharesResolver } from './file-shares.resolver';
import { FileSharesService } from './file-shares.service';
import { PersonFileShareResolver, PersonFileSharesResolver } from './person-file-shares.resolver';

@Module({
  imports: [LocationsModule, PersonsModule],
  providers: [
    FileSharesService,
    FileSharesLoader,
    FileSharesResolver,
    PersonFileSharesResolver,
    PersonFileShareResolver,
  ],
  exports: [FileSharesService],
})
export class FileSharesModule {}
