import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { ISO_DATE_PATTERN, LIMITS, TEST_RESULTS, type TestResult } from '@schaltplan/domain';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { TestResultEnum } from '../../common/enums';
import { OptionalId, OptionalText, RequiredId, RequiredText, VersionField } from '../../common/input.decorators';

@InputType()
export class RecordTestRunInput {
  @RequiredId()
  tenantId: string;

  @OptionalId('Null or absent: the run tested the standard workplace.')
  fachverfahrenId?: string | null;

  @Field(() => String, { description: 'Day of the test (YYYY-MM-DD).' })
  @Matches(ISO_DATE_PATTERN, { message: 'testedOn must be a date like 2026-03-31' })
  testedOn: string;

  @RequiredText(LIMITS.shortText)
  tester: string;

  @Field(() => TestResultEnum)
  @IsIn(TEST_RESULTS)
  result: TestResult;

  @OptionalText(LIMITS.longText)
  findings?: string | null;
}

@InputType()
export class UpdateTestRunInput extends PartialType(OmitType(RecordTestRunInput, ['tenantId'] as const), {
  omitDefaultValues: true,
}) {
  @RequiredId()
  id: string;

  @VersionField()
  version: number;
}

@ArgsType()
export class TestRunListArgs {
  @RequiredId('Runs of this Verwaltung.')
  tenantId: string;

  @Field(() => ID, { nullable: true, description: 'Only runs of this Fachverfahren.' })
  @IsOptional()
  @IsUUID()
  fachverfahrenId?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only standard-workplace runs.' })
  @IsOptional()
  @IsBoolean()
  standardWorkplace?: boolean;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  offset = 0;

  @Field(() => Int, { defaultValue: LIMITS.pageSizeDefault })
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  limit: number = LIMITS.pageSizeDefault;
}

@ArgsType()
export class TestStatusArgs {
  @RequiredId()
  tenantId: string;
}
