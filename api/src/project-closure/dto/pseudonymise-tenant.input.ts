import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@schaltplan/domain';
import { IsString, MaxLength } from 'class-validator';
import { RequiredId } from '../../common/input.decorators';

@InputType()
export class PseudonymiseTenantInput {
  @RequiredId()
  tenantId: string;

  @Field(() => String, {
    description: "The Verwaltung's name, typed exactly (the second step of the confirmation).",
  })
  @IsString()
  @MaxLength(LIMITS.shortText)
  confirmName: string;
}

@ArgsType()
export class PseudonymisationPreviewArgs {
  @RequiredId()
  tenantId: string;
}
