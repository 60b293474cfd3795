import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, type AuditAction, type AuditObjectType } from './audit-writer';

export const AuditObjectTypeEnum = Object.fromEntries(AUDIT_OBJECT_TYPES.map((t) => [t, t])) as Record<
  AuditObjectType,
  AuditObjectType
>;
registerEnumType(AuditObjectTypeEnum, { name: 'AuditObjectType', description: 'Kind of object an entry is about.' });

export const AuditActionEnum = Object.fromEntries(AUDIT_ACTIONS.map((a) => [a, a])) as Record<AuditAction, AuditAction>;
registerEnumType(AuditActionEnum, { name: 'AuditAction' });

@ObjectType({ description: 'One changed field. Values are shown as text: strings as they are, others as JSON.' })
export class AuditChange {
  @Field(() => String)
  field: string;

  @Field(() => String, { nullable: true, description: 'Null: the field had no value (or the object did not exist).' })
  oldValue: string | null;

  @Field(() => String, { nullable: true, description: 'Null: the field has no value (or the object is gone).' })
  newValue: string | null;
}

@ObjectType({ description: 'One change in the audit trail (append-only).' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'Null for provider-level objects (accounts).' })
  tenantId: string | null;

  @Field(() => ID, { nullable: true, description: 'Who made the change; null when no account was signed in.' })
  accountId: string | null;

  @Field(() => String, { nullable: true, description: 'The account’s name at the time of the change.' })
  accountName: string | null;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => AuditObjectTypeEnum)
  objectType: AuditObjectType;

  @Field(() => ID)
  objectId: string;

  @Field(() => String, { nullable: true, description: 'The object’s name at the time of the change.' })
  objectLabel: string | null;

  @Field(() => AuditActionEnum)
  action: AuditAction;

  @Field(() => [AuditChange])
  changes: AuditChange[];

  @Field(() => AuditObjectTypeEnum, { nullable: true, description: 'Mappings: the other side (e.g. the printer).' })
  relatedType: AuditObjectType | null;

  @Field(() => ID, { nullable: true })
  relatedId: string | null;

  @Field(() => String, { nullable: true })
  relatedLabel: string | null;

  @Field(() => String, { nullable: true, description: 'Further facts as JSON (e.g. the previous default printer).' })
  context: string | null;
}

@ObjectType({ description: 'An account that appears in the audit trail.' })
export class AuditAccount {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name: string | null;
}
