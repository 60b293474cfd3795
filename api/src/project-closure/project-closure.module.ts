import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module';
import { PseudonymisationResolver } from './pseudonymisation.resolver';
import { PseudonymisationService } from './pseudonymisation.service';

@Module({
  imports: [TenantsModule],
  providers: [PseudonymisationService, PseudonymisationResolver],
})
export class ProjectClosureModule {}
