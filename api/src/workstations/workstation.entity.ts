import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { WorkstationStatus } from '@schaltplan/domain';
import { Column, Entity } from 'typeorm';
import { TenantOwned } from '../common/base.entity';
import { WorkstationStatusEnum } from '../common/enums';

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

  @Field(() => WorkstationStatusEnum, {
    description: 'Where it stands on the cutover night (set by transitions only).',
  })
  @Column({ type: 'text', insert: false, update: false })
  cutoverStatus: WorkstationStatus;

  @Field(() => String, { nullable: true, description: 'Why it was rolled back (zurückgestellt).' })
  @Column({ type: 'text', insert: false, update: false, nullable: true })
  cutoverStatusReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', insert: false, update: false, nullable: true })
  cutoverStatusAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Account that set the current status.' })
  @Column({ type: 'text', insert: false, update: false, nullable: true })
  cutoverStatusByName: string | null;
}
