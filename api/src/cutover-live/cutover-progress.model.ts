import { ArgsType, Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { OptionalId, RequiredId } from '../common/input.decorators';

@ObjectType({
  description:
    'Something on the cutover board changed (a checklist step, a workstation status, a blocker, a cutover ' +
    'window): re-read the board. Bursts are merged; carries no data beyond where it happened.',
})
export class CutoverProgressEvent {
  @Field(() => ID)
  tenantId: string;

  @Field(() => ID, { nullable: true, description: 'Null: a change not tied to one Standort.' })
  locationId: string | null;

  @Field(() => GraphQLISODateTime)
  at: Date;
}

@ArgsType()
export class CutoverProgressArgs {
  @RequiredId()
  tenantId: string;

  @OptionalId('Only this Standort; without it all Standorte of the Verwaltung you may see.')
  locationId?: string | null;
}
