import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { LocationKind } from '@schaltplan/domain';
import { Column, Entity } from 'typeorm';
import { TenantOwned } from '../common/base.entity';
import { LocationKindEnum } from '../common/enums';

@ObjectType({ description: 'A Standort: town hall, branch office, depot … with its own cutover wave.' })
@Entity('location')
export class Location extends TenantOwned {
  @Field(() => String)
  @Column('text')
  name: string;

  @Field(() => LocationKindEnum)
  @Column('text')
  kind: LocationKind;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  street: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'Official key (AGS) of the member municipality it lies in.' })
  @Column('char', { length: 8, nullable: true })
  ags: string | null;

  @Field(() => Int, { nullable: true, description: 'LAN speed in Mbit/s.' })
  @Column('int', { nullable: true })
  lanSpeedMbit: number | null;

  @Field(() => String, { nullable: true, description: 'WAN link, e.g. "VDSL 100" or "Glasfaser".' })
  @Column('text', { nullable: true })
  wanLink: string | null;

  @Field(() => Int, { nullable: true, description: 'WAN bandwidth in Mbit/s.' })
  @Column('int', { nullable: true })
  bandwidthMbit: number | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  notes: string | null;
}

@ObjectType({ description: 'How much inventory a Verwaltung or Standort holds.' })
export class InventoryCounts {
  @Field(() => Int) locations: number;
  @Field(() => Int) persons: number;
  @Field(() => Int) workstations: number;
  @Field(() => Int) printers: number;
  @Field(() => Int) software: number;
  @Field(() => Int) fileShares: number;
  @Field(() => Int) fachverfahren: number;
}
