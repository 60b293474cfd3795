import { Field, ObjectType } from '@nestjs/graphql';
import type { Criticality, FachverfahrenArea, FachverfahrenInterface, OperatingMode } from '@schaltplan/domain';
import { Column, Entity } from 'typeorm';
import { TenantOwned } from '../common/base.entity';
import { CriticalityEnum, FachverfahrenAreaEnum, FachverfahrenInterfaceEnum, OperatingModeEnum } from '../common/enums';

@ObjectType({ description: 'A specialised application (Fachverfahren).' })
@Entity('fachverfahren')
export class Fachverfahren extends TenantOwned {
  @Field(() => String)
  @Column('text')
  name: string;

  @Field(() => FachverfahrenAreaEnum)
  @Column('text')
  area: FachverfahrenArea;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  vendor: string | null;

  @Field(() => OperatingModeEnum)
  @Column('text')
  currentOperation: OperatingMode;

  @Field(() => OperatingModeEnum)
  @Column('text')
  targetOperation: OperatingMode;

  @Field(() => CriticalityEnum)
  @Column('text')
  criticality: Criticality;

  @Field(() => Boolean, { description: 'Must work in a crisis.' })
  @Column('boolean')
  crisisRelevant: boolean;

  @Field(() => Boolean)
  @Column('boolean')
  personalData: boolean;

  @Field(() => [FachverfahrenInterfaceEnum])
  @Column('text', { array: true })
  interfaces: FachverfahrenInterface[];

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  interfaceNotes: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  responsibleDepartment: string | null;
}
