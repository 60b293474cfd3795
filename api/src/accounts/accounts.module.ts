import { Module } from '@nestjs/common';
import { AuthResolver } from '../auth/auth.resolver';
import { LoginService } from '../auth/login.service';
import { PasswordService } from '../auth/password.service';
import { SessionStore } from '../auth/session.store';
import { LocationsModule } from '../locations/locations.module';
import { TenantsModule } from '../tenants/tenants.module';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { PasswordTokens } from './password-tokens';

@Module({
  imports: [TenantsModule, LocationsModule],
  providers: [
    AccountsService,
    AccountsResolver,
    AuthResolver,
    LoginService,
    PasswordService,
    PasswordTokens,
    SessionStore,
  ],
  exports: [SessionStore],
})
export class AccountsModule {}
