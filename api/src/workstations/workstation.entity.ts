import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { TenantOwned } from '../common/base.entity';

@ObjectType({ description: 'An Arbeitsplatz: where a device stands and who works there.' })
@Entity('workstation')
export class Workstation extends TenantOwned {
  @Field(() => ID)
  @Column('uuid')
  locationId: string;

  @Field(() => String)
  @Column('text')
  name: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  room: string | null;

  @Field(() => String, { nullable: true, description: 'Hostname of the current PC.' })
  @Column('text', { nullable: true })
  currentHostname: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  currentOs: string | null;

  @Field(() => String, { nullable: true, description: 'Serial number of the target thin client.' })
  @Column('text', { nullable: true })
  targetDeviceSerial: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  notes: string | null;
}
