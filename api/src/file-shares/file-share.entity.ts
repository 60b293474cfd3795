import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { TenantOwned } from '../common/base.entity';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@ObjectType({ description: 'A file share (Dateiablage). Without a DMS it is the official record.' })
@Entity('file_share')
export class FileShare extends TenantOwned {
  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  locationId: string | null;

  @Field(() => String, { description: 'UNC path, e.g. \\\\fs01\\Bauamt.' })
  @Column('text')
  uncPath: string;

  @Field(() => String, { nullable: true })
  @Column('char', { length: 1, nullable: true })
  driveLetter: string | null;

  @Field(() => Float, { nullable: true })
  @Column('numeric', { precision: 12, scale: 2, nullable: true, transformer: numeric })
  sizeGb: number | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  owningDepartment: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  targetPath: string | null;
}
