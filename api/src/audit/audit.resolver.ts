import { Args, ArgsType, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { Policy } from '../auth/policy.decorator';
import { Paginated } from '../common/page';
import { AuditAccount, AuditEntry } from './audit-entry.entity';
import { AuditService } from './audit.service';
import { AuditExportArgs, AuditHistoryArgs, AuditListArgs } from './dto/audit.args';

@ObjectType()
export class AuditEntryPage extends Paginated(AuditEntry) {}

@ArgsType()
class AuditAccountsArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  tenantId?: string;
}

/** The audit trail (Änderungsverlauf): newest first; the tenant scope decides what is visible. */
@Resolver(() => AuditEntry)
@Policy('inventory.read')
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Query(() => AuditEntryPage, { description: 'Audit entries, filtered; newest first.' })
  @Policy('inventory.read')
  auditEntries(@Args() args: AuditListArgs): Promise<AuditEntryPage> {
    return this.service.list(args);
  }

  @Query(() => AuditEntryPage, { description: 'Änderungsverlauf of one object (also where it is the related one).' })
  @Policy('inventory.read')
  auditHistory(@Args() { objectId, offset, limit }: AuditHistoryArgs): Promise<AuditEntryPage> {
    return this.service.list({ objectId, offset, limit });
  }

  @Query(() => [AuditAccount], { description: 'Accounts that appear in the visible audit entries.' })
  @Policy('inventory.read')
  auditAccounts(@Args() { tenantId }: AuditAccountsArgs): Promise<AuditAccount[]> {
    return this.service.accounts(tenantId);
  }

  @Query(() => String, {
    description: `The filtered entries as CSV (UTF-8 with BOM, ';'-separated, one line per changed field; at most 20000 entries).`,
  })
  @Policy('inventory.read')
  auditEntriesCsv(@Args() args: AuditExportArgs): Promise<string> {
    return this.service.csv(args);
  }
}
