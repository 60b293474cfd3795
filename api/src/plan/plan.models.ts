import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PhaseStatus, ProjectPhase, Role } from '@schaltplan/domain';
import { RoleEnum } from '../accounts/account.model';
import { PhaseStatusEnum, ProjectPhaseEnum } from '../common/enums';

@ObjectType({ description: "One of the five phases of a Verwaltung's migration project." })
export class ProjectPhasePlan {
  @Field(() => ID, { nullable: true, description: 'Empty while the phase was never saved.' })
  id: string | null;

  @Field(() => ID)
  tenantId: string;

  @Field(() => ProjectPhaseEnum)
  phase: ProjectPhase;

  @Field(() => String, { nullable: true }) plannedStart: string | null;
  @Field(() => String, { nullable: true }) plannedEnd: string | null;
  @Field(() => String, { nullable: true }) actualStart: string | null;
  @Field(() => String, { nullable: true }) actualEnd: string | null;

  @Field(() => PhaseStatusEnum)
  status: PhaseStatus;

  @Field(() => ID, { nullable: true })
  responsibleAccountId: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the responsible account when it was chosen.' })
  responsibleName: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => Int, { nullable: true, description: 'Send it back with updates; empty while never saved.' })
  version: number | null;
}

@ObjectType({ description: "A technician assigned to a Standort's cutover wave." })
export class WaveTechnician {
  @Field(() => ID)
  accountId: string;

  @Field(() => String, { description: 'Name when assigned.' })
  name: string;
}

@ObjectType({ description: 'An account that can take on planning work (responsible for a phase, wave technician).' })
export class PlanAccount {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;
}
