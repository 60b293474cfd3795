import { ArgsType, Field } from '@nestjs/graphql';
import { READINESS_CRITERIA, type ReadinessCriterion } from '@schaltplan/domain';
import { IsIn } from 'class-validator';
import { ReadinessCriterionEnum } from '../../common/enums';
import { OptionalId, RequiredId } from '../../common/input.decorators';

@ArgsType()
export class ReadinessBoardArgs {
  @OptionalId('Only this Verwaltung; otherwise every one in your scope.')
  tenantId?: string | null;
}

@ArgsType()
export class ReadinessFailuresArgs {
  @RequiredId()
  locationId: string;

  @Field(() => ReadinessCriterionEnum)
  @IsIn(READINESS_CRITERIA)
  criterion: ReadinessCriterion;
}
