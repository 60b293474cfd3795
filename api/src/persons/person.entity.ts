import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { TenantOwned } from '../common/base.entity';

@ObjectType({ description: 'An employee being migrated (not an app account).' })
@Entity('person')
export class Person extends TenantOwned {
  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  locationId: string | null;

  @Field(() => String, { description: 'Windows account name (sAMAccountName).' })
  @Column('text')
  accountName: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  givenName: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  surname: string | null;

  @Field(() => String)
  @Column('text')
  displayName: string;

  @Field(() => String, { nullable: true, description: 'Fachbereich/Amt.' })
  @Column('text', { nullable: true })
  department: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  email: string | null;
}
