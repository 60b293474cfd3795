import { ArgsType } from '@nestjs/graphql';
import { RequiredId } from '../../common/input.decorators';

@ArgsType()
export class AssignSoftwareArgs {
  @RequiredId()
  personId: string;

  @RequiredId()
  softwareId: string;
}
