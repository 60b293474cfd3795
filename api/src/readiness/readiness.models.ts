import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ReadinessCriterion } from '@schaltplan/domain';
import { ReadinessCriterionEnum } from '../common/enums';

@ObjectType('LocationConfirmationCounts', { description: 'Confirmation state of the persons at a Standort.' })
export class ConfirmationProgress {
  @Field(() => Int) total: number;
  @Field(() => Int, { description: 'Confirmed and unchanged since.' }) confirmed: number;
  @Field(() => Int, { description: 'Changed since the confirmation (or rejection).' }) changed: number;
  @Field(() => Int) rejected: number;
  @Field(() => Int, { description: 'Never confirmed or rejected.' }) open: number;
}

@ObjectType({ description: 'Latest test runs of the Fachverfahren used at a Standort.' })
export class TestRunProgress {
  @Field(() => Int, { description: 'Fachverfahren used by a person there.' }) used: number;
  @Field(() => Int, { description: 'Latest run passed and signed off.' }) ready: number;
  @Field(() => Int, { description: 'No test run yet.' }) untested: number;
  @Field(() => Int, { description: 'Latest run failed.' }) failed: number;
  @Field(() => Int, { description: 'Latest run passed with defects.' }) withDefects: number;
  @Field(() => Int, { description: 'Latest run passed but is not signed off.' }) awaitingSignOff: number;
}

@ObjectType()
export class CriterionState {
  @Field(() => ReadinessCriterionEnum) criterion: ReadinessCriterion;
  @Field(() => Boolean) met: boolean;
  @Field(() => Int, { description: 'How many items keep this criterion from holding.' }) failingCount: number;
}

@ObjectType({ description: "One Standort on the project manager's board, with its readiness gate." })
export class ReadinessRow {
  @Field(() => ID) locationId: string;
  @Field(() => String) locationName: string;
  @Field(() => Int) locationVersion: number;
  @Field(() => ID) tenantId: string;
  @Field(() => String) tenantName: string;
  @Field(() => String, { nullable: true }) cutoverDate: string | null;
  @Field(() => String, { nullable: true }) cutoverWindowStart: string | null;
  @Field(() => String, { nullable: true }) cutoverWindowEnd: string | null;
  @Field(() => Int) technicianCount: number;
  @Field(() => Int) workstationCount: number;
  @Field(() => ConfirmationProgress) confirmations: ConfirmationProgress;
  @Field(() => TestRunProgress) testRuns: TestRunProgress;
  @Field(() => Int) openBlockers: number;
  @Field(() => Boolean, { description: 'All criteria hold (computed, never set by hand).' }) ready: boolean;
  @Field(() => [CriterionState]) criteria: CriterionState[];
}

@ObjectType({ description: 'An item that keeps a readiness criterion from holding.' })
export class ReadinessFailure {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'PERSON, FACHVERFAHREN, PRINTER, WORKSTATION, LOCATION or BLOCKER.' })
  type: string;
  @Field(() => String) label: string;
  @Field(() => String, {
    description:
      'Why: OPEN, CHANGED, REJECTED (persons); UNTESTED, FAILED, PASSED_WITH_DEFECTS, AWAITING_SIGN_OFF ' +
      '(Fachverfahren); NO_TARGET_QUEUE; NO_CUTOVER_DATE, NO_TECHNICIAN; OPEN_BLOCKER.',
  })
  reason: string;
}

@ObjectType({ description: 'Confirmation decisions of one day (Europe/Berlin), from the audit trail.' })
export class ConfirmationDay {
  @Field(() => String, { description: 'The day, YYYY-MM-DD.' }) day: string;
  @Field(() => Int, { description: 'Persons confirmed that day.' }) confirmed: number;
  @Field(() => Int, { description: 'Persons rejected that day.' }) rejected: number;
}
