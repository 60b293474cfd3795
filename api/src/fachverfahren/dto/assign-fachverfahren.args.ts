import { ArgsType } from '@nestjs/graphql';
import { RequiredId } from '../../common/input.decorators';

@ArgsType()
export class AssignFachverfahrenArgs {
  @RequiredId()
  personId: string;

  @RequiredId()
  fachverfahrenId: string;
}
