import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CONFIRMATION_STATES,
  type ConfirmationState,
  type ShareAccess,
  type SoftwareDelivery,
} from '@schaltplan/domain';
import { ShareAccessEnum, SoftwareDeliveryEnum } from '../common/enums';
import { Paginated } from '../common/page';

export const ConfirmationStateEnum = Object.fromEntries(CONFIRMATION_STATES.map((s) => [s, s])) as Record<
  ConfirmationState,
  ConfirmationState
>;
registerEnumType(ConfirmationStateEnum, { name: 'ConfirmationState' });

export const CONFIRMATION_AREAS = ['PRINTER', 'SOFTWARE', 'FILE_SHARE', 'FACHVERFAHREN'] as const;
export type ConfirmationArea = (typeof CONFIRMATION_AREAS)[number];
export const ConfirmationAreaEnum = Object.fromEntries(CONFIRMATION_AREAS.map((a) => [a, a])) as Record<
  ConfirmationArea,
  ConfirmationArea
>;
registerEnumType(ConfirmationAreaEnum, { name: 'ConfirmationArea' });

export const CHANGE_KINDS = ['ADDED', 'REMOVED', 'CHANGED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const ChangeKindEnum = Object.fromEntries(CHANGE_KINDS.map((k) => [k, k])) as Record<ChangeKind, ChangeKind>;
registerEnumType(ChangeKindEnum, { name: 'ConfirmationChangeKind' });

@ObjectType()
export class MappedPrinter {
  @Field(() => String)
  name: string;

  @Field(() => Boolean)
  isDefault: boolean;

  @Field(() => String, { nullable: true })
  targetQueue: string | null;
}

@ObjectType()
export class MappedSoftware {
  @Field(() => String)
  product: string;

  @Field(() => String, { nullable: true })
  versionLabel: string | null;

  @Field(() => SoftwareDeliveryEnum)
  delivery: SoftwareDelivery;
}

@ObjectType()
export class MappedFileShare {
  @Field(() => String)
  uncPath: string;

  @Field(() => String, { nullable: true, description: "The person's drive letter, else the share's." })
  driveLetter: string | null;

  @Field(() => ShareAccessEnum)
  access: ShareAccess;

  @Field(() => String, { nullable: true })
  targetPath: string | null;
}

@ObjectType()
export class MappedFachverfahren {
  @Field(() => String)
  name: string;
}

/** What a confirmation covers (stored as the snapshot; also the current state). */
@ObjectType()
export class ConfirmationMappings {
  @Field(() => [MappedPrinter])
  printers: MappedPrinter[];

  @Field(() => [MappedSoftware])
  software: MappedSoftware[];

  @Field(() => [MappedFileShare])
  fileShares: MappedFileShare[];

  @Field(() => [MappedFachverfahren])
  fachverfahren: MappedFachverfahren[];
}

@ObjectType({ description: 'One difference between what was confirmed and what is mapped now.' })
export class ConfirmationChange {
  @Field(() => ConfirmationAreaEnum)
  area: ConfirmationArea;

  @Field(() => ChangeKindEnum)
  kind: ChangeKind;

  @Field(() => String, { description: 'Printer name, product, UNC path or Fachverfahren.' })
  item: string;

  @Field(() => String, { nullable: true, description: 'For CHANGED: isDefault, targetQueue, driveLetter, access, …' })
  field: string | null;

  @Field(() => String, { nullable: true })
  oldValue: string | null;

  @Field(() => String, { nullable: true })
  newValue: string | null;
}

@ObjectType({ description: "A person's mappings and the coordinator's decision about them." })
export class PersonConfirmation {
  @Field(() => ID)
  personId: string;

  @Field(() => ID)
  tenantId: string;

  @Field(() => String)
  tenantName: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String)
  accountName: string;

  @Field(() => String, { nullable: true })
  department: string | null;

  @Field(() => ID, { nullable: true })
  locationId: string | null;

  @Field(() => String, { nullable: true })
  locationName: string | null;

  @Field(() => ConfirmationStateEnum)
  state: ConfirmationState;

  @Field(() => String, { nullable: true, description: 'Why it was rejected.' })
  comment: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  decidedByName: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'First change after the decision.' })
  changedAt: Date | null;

  @Field(() => ConfirmationMappings, { description: 'What is mapped now.' })
  mappings: ConfirmationMappings;

  @Field(() => [ConfirmationChange], { description: 'What differs from what was decided on (empty if nothing).' })
  changes: ConfirmationChange[];
}

@ObjectType()
export class PersonConfirmationPage extends Paginated(PersonConfirmation) {}

@ObjectType()
export class ConfirmationCounts {
  @Field(() => String, { nullable: true, description: 'Location id or department; null: without one.' })
  key: string | null;

  @Field(() => String, { nullable: true })
  label: string | null;

  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: 'Confirmed and unchanged since.' })
  confirmed: number;

  @Field(() => Int)
  changed: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => Int)
  open: number;
}

@ObjectType()
export class ConfirmationProgress {
  @Field(() => ConfirmationCounts)
  overall: ConfirmationCounts;

  @Field(() => [ConfirmationCounts])
  byLocation: ConfirmationCounts[];

  @Field(() => [ConfirmationCounts])
  byDepartment: ConfirmationCounts[];
}

@ObjectType()
export class ConfirmationResult {
  @Field(() => Int, { description: 'Persons confirmed now.' })
  confirmed: number;

  @Field(() => Int, { description: 'Persons that were already confirmed and unchanged (left as they were).' })
  unchanged: number;
}
