import { Field, ObjectType } from '@nestjs/graphql';
import type { SoftwareDelivery } from '@schaltplan/domain';
import { Column, Entity } from 'typeorm';
import { TenantOwned } from '../common/base.entity';
import { SoftwareDeliveryEnum } from '../common/enums';

@ObjectType({ description: 'A software catalogue entry with its delivery in the target environment.' })
@Entity('software')
export class Software extends TenantOwned {
  @Field(() => String)
  @Column('text')
  product: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  vendor: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  versionLabel: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  licence: string | null;

  @Field(() => SoftwareDeliveryEnum)
  @Column('text')
  delivery: SoftwareDelivery;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  replacedBy: string | null;
}
