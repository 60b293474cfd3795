import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { CutoverListener } from './cutover-listener';
import { CutoverLiveService } from './cutover-live.service';
import { CutoverProgressResolver } from './cutover-progress.resolver';
import { LiveSessions } from './live-sessions';

/** Live updates of the cutover board: LISTEN/NOTIFY → subscriptions over graphql-ws. */
@Module({
  imports: [AccountsModule],
  providers: [CutoverListener, LiveSessions, CutoverLiveService, CutoverProgressResolver],
  exports: [CutoverListener, LiveSessions],
})
export class CutoverLiveModule {}
