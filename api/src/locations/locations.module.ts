import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module';
import { LocationsLoader } from './locations.loader';
import { LocationsResolver, TenantLocationsResolver } from './locations.resolver';
import { LocationsService } from './locations.service';

@Module({
  imports: [TenantsModule],
  providers: [LocationsService, LocationsLoader, LocationsResolver, TenantLocationsResolver],
  exports: [LocationsService],
})
export class LocationsModule {}
