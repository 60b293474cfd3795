import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import type { TenantKind } from '@schaltplan/domain';
import { Column, Entity } from 'typeorm';
import { Versioned } from '../common/base.entity';
import { TenantKindEnum } from '../common/enums';

@ObjectType({ description: 'A customer administration (Verwaltung): the tenant.' })
@Entity('tenant')
export class Tenant extends Versioned {
  @Field(() => String)
  @Column('text')
  name: string;

  @Field(() => TenantKindEnum)
  @Column('text')
  kind: TenantKind;

  @Field(() => String, { description: 'Amtlicher Gemeindeschlüssel, 8 digits.' })
  @Column('char', { length: 8 })
  ags: string;

  @Field(() => Int)
  @Column('int')
  inhabitants: number;

  @Field(() => [String], { description: 'Member municipalities served by this administration.' })
  @Column('text', { array: true })
  memberMunicipalities: string[];

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When its persons were pseudonymised after the project closure (irreversible); empty if not.',
  })
  @Column('timestamptz', { nullable: true })
  pseudonymisedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who pseudonymised them (the account name at the time).' })
  @Column('text', { nullable: true })
  pseudonymisedByName: string | null;
}
