import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ShareAccess } from '@schaltplan/domain';
import { ShareAccessEnum } from '../common/enums';

@ObjectType({ description: "A person's access to a file share." })
export class PersonFileShare {
  @Field(() => ID)
  personId: string;

  @Field(() => ID)
  fileShareId: string;

  @Field(() => ShareAccessEnum)
  access: ShareAccess;

  @Field(() => String, { nullable: true })
  driveLetter: string | null;
}
