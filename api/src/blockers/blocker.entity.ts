import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { BlockerObjectType } from '@schaltplan/domain';
import { Column, Entity } from 'typeorm';
import { Versioned } from '../common/base.entity';
import { BlockerObjectTypeEnum } from '../common/enums';

@ObjectType({ description: 'Something that blocks a location or an inventory object (Mangel/Blocker).' })
@Entity('blocker')
export class Blocker extends Versioned {
  @Field(() => ID)
  @Column('uuid')
  tenantId: string;

  @Field(() => String)
  @Column('text')
  title: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Who takes care of it.' })
  @Column('text', { nullable: true })
  owner: string | null;

  @Field(() => Boolean)
  @Column('boolean')
  open: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The Standort it blocks; derived from the linked object when that stands at one.',
  })
  @Column('uuid', { nullable: true })
  locationId: string | null;

  @Field(() => BlockerObjectTypeEnum, { nullable: true })
  @Column('text', { nullable: true })
  objectType: BlockerObjectType | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  objectId: string | null;
}
