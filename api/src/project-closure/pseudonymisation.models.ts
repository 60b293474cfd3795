import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PhaseStatus } from '@schaltplan/domain';
import { PhaseStatusEnum } from '../common/enums';
import { Tenant } from '../tenants/tenant.entity';

@ObjectType({ description: 'What pseudonymising a Verwaltung would touch, and whether it may be done now.' })
export class PseudonymisationPreview {
  @Field(() => ID)
  tenantId: string;

  @Field(() => PhaseStatusEnum, { description: 'Status of the Abschluss phase; pseudonymising needs DONE.' })
  closureStatus: PhaseStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set once it is done (it cannot be done twice).' })
  pseudonymisedAt: Date | null;

  @Field(() => Int, { description: 'Persons stored now.' })
  persons: number;

  @Field(() => Int, { description: "Entries of the Verwaltung's audit trail (names in them are replaced)." })
  auditEntries: number;

  @Field(() => Int, { description: 'Uploaded import files (deleted: they contain the original names).' })
  importFiles: number;
}

@ObjectType({ description: 'Rows of one table whose texts named a person.' })
export class PseudonymisationTable {
  @Field(() => String)
  table: string;

  @Field(() => Int)
  rows: number;
}

@ObjectType({ description: 'What pseudonymising a Verwaltung changed (all in one transaction).' })
export class PseudonymisationResult {
  @Field(() => Tenant)
  tenant: Tenant;

  @Field(() => Int, { description: 'Persons now named "Person 0001" … (numbered by account name).' })
  persons: number;

  @Field(() => Int, { description: 'Persons deleted earlier whose names were still in the audit trail.' })
  formerPersons: number;

  @Field(() => Int, { description: 'Audit entries whose texts were rewritten.' })
  auditEntries: number;

  @Field(() => Int, { description: 'Uploaded import files deleted.' })
  importFilesDeleted: number;

  @Field(() => [PseudonymisationTable], {
    description: 'Other rows rewritten, per table (tables without any left out).',
  })
  tables: PseudonymisationTable[];
}
