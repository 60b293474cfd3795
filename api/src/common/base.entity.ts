import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, PrimaryColumn } from 'typeorm';

/** Identity, optimistic-locking version and timestamps shared by every stored object. */
@ObjectType({ isAbstract: true })
export abstract class Versioned {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => Int, { description: 'Send it back with updates: a stale version is refused as a conflict.' })
  @Column('int')
  version: number;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  updatedAt: Date;
}

@ObjectType({ isAbstract: true })
export abstract class TenantOwned extends Versioned {
  @Field(() => ID)
  @Column('uuid')
  tenantId: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Set when an import was asked to mark records missing from its file ("nicht in Quelle").',
  })
  @Column('timestamptz', { nullable: true })
  notInSourceSince: Date | null;
}
