import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A printer a person uses, and whether it is their default.' })
export class PersonPrinter {
  @Field(() => ID)
  personId: string;

  @Field(() => ID)
  printerId: string;

  @Field(() => Boolean)
  isDefault: boolean;
}
