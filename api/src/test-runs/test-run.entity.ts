import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { TestResult, TestState } from '@schaltplan/domain';
import { Column, Entity } from 'typeorm';
import { Versioned } from '../common/base.entity';
import { TestResultEnum, TestStateEnum } from '../common/enums';

@ObjectType({ description: 'A test run of a Fachverfahren (or the standard workplace) in the target environment.' })
@Entity('test_run')
export class TestRun extends Versioned {
  @Field(() => ID)
  @Column('uuid')
  tenantId: string;

  @Field(() => ID, { nullable: true, description: 'Null: the run tested the standard workplace.' })
  @Column('uuid', { nullable: true })
  fachverfahrenId: string | null;

  @Field(() => String, { description: 'Day of the test (YYYY-MM-DD).' })
  @Column('date')
  testedOn: string;

  @Field(() => String)
  @Column('text')
  tester: string;

  @Field(() => TestResultEnum)
  @Column('text')
  result: TestResult;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  findings: string | null;

  @Field(() => ID, { nullable: true, description: 'Account that signed the run off.' })
  @Column('uuid', { nullable: true })
  signedOffBy: string | null;

  @Field(() => String, { nullable: true, description: 'Name of that account at the time of the sign-off.' })
  @Column('text', { nullable: true })
  signedOffByName: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null: not signed off yet.' })
  @Column('timestamptz', { nullable: true })
  signedOffAt: Date | null;
}

@ObjectType({ description: 'Test state of one Fachverfahren, or of the standard workplace: the latest run counts.' })
export class TestStatus {
  @Field(() => ID, { nullable: true, description: 'Null: the standard workplace.' })
  fachverfahrenId: string | null;

  @Field(() => String, { nullable: true, description: 'Null: the standard workplace.' })
  fachverfahrenName: string | null;

  @Field(() => TestRun, { nullable: true, description: 'By test day, then by when it was recorded.' })
  latestRun: TestRun | null;

  @Field(() => TestStateEnum)
  state: TestState;
}
