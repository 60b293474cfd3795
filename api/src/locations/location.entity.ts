import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { LocationKind } from '@schaltplan/domain';
import { Column, Entity } from 'typeorm';
import { TenantOwned } from '../common/base.entity';
import { LocationKindEnum } from '../common/enums';

// PostgreSQL returns times as HH:MM:SS; the wave is planned in minutes.
const hhmm = {
  to: (value: string | null | undefined) => value,
  from: (value: string | null) => (value ? value.slice(0, 5) : null),
};

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

  @Field(() => String, { nullable: true, description: 'Cutover day of this Standort (its wave), YYYY-MM-DD.' })
  @Column('date', { nullable: true })
  cutoverDate: string | null;

  @Field(() => String, { nullable: true, description: 'Start of the cutover time window, HH:MM.' })
  @Column('time', { nullable: true, transformer: hhmm })
  cutoverWindowStart: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'End of the cutover time window, HH:MM (may be after midnight).',
  })
  @Column('time', { nullable: true, transformer: hhmm })
  cutoverWindowEnd: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  waveNotes: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Checklist template of the wave; the Verwaltung's default if unset.",
  })
  @Column('uuid', { nullable: true })
  checklistTemplateId: string | null;
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
