import { Module } from '@nestjs/common';
import { LocationsModule } from '../locations/locations.module';
import { BlockersLoader } from './blockers.loader';
import { BlockersResolver, LocationBlockersResolver } from './blockers.resolver';
import { BlockersService } from './blockers.service';

@Module({
  imports: [LocationsModule],
  providers: [BlockersService, BlockersLoader, BlockersResolver, LocationBlockersResolver],
  exports: [BlockersService, BlockersLoader],
})
export class BlockersModule {}
