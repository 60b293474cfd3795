import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PrinterKind } from '@schaltplan/domain';
import { Column, Entity } from 'typeorm';
import { TenantOwned } from '../common/base.entity';
import { PrinterKindEnum } from '../common/enums';

@ObjectType({ description: 'A printer, copier, scanner or multifunction device.' })
@Entity('printer')
export class Printer extends TenantOwned {
  @Field(() => ID)
  @Column('uuid')
  locationId: string;

  @Field(() => String)
  @Column('text')
  name: string;

  @Field(() => PrinterKindEnum)
  @Column('text')
  kind: PrinterKind;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  model: string | null;

  @Field(() => String, { nullable: true, description: 'IP address, port or current print queue.' })
  @Column('text', { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'Share name on the current print server.' })
  @Column('text', { nullable: true })
  shareName: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  room: string | null;

  @Field(() => String, { nullable: true, description: 'Print queue in the target environment.' })
  @Column('text', { nullable: true })
  targetQueue: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  notes: string | null;
}
