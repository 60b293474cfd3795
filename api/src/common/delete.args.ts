import { ArgsType } from '@nestjs/graphql';
import { RequiredId, VersionField } from './input.decorators';

@ArgsType()
export class DeleteArgs {
  @RequiredId()
  id: string;

  @VersionField()
  version: number;
}

@ArgsType()
export class IdArgs {
  @RequiredId()
  id: string;
}
