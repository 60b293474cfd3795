import { ArgsType } from '@nestjs/graphql';
import { RequiredId } from '../../common/input.decorators';

@ArgsType()
export class AssignWorkstationPersonArgs {
  @RequiredId()
  workstationId: string;

  @RequiredId()
  personId: string;
}
