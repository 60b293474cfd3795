import { ArgsType, Field } from '@nestjs/graphql';
import { SHARE_ACCESSES, type ShareAccess } from '@schaltplan/domain';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ShareAccessEnum } from '../../common/enums';
import { RequiredId } from '../../common/input.decorators';

@ArgsType()
export class UnassignFileShareArgs {
  @RequiredId()
  personId: string;

  @RequiredId()
  fileShareId: string;
}

@ArgsType()
export class AssignFileShareArgs extends UnassignFileShareArgs {
  @Field(() => ShareAccessEnum, { defaultValue: 'READ' })
  @IsIn(SHARE_ACCESSES)
  access: ShareAccess = 'READ';

  @Field(() => String, { nullable: true, description: "Drive letter for this person; defaults to the share's." })
  @IsOptional()
  @Matches(/^[A-Z]$/, { message: 'driveLetter must be one capital letter A–Z' })
  driveLetter?: string | null;
}
