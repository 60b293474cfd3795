import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One step of a checklist template.' })
export class ChecklistTemplateStep {
  @Field(() => Int, { description: 'Order, from 1.' }) position: number;
  @Field(() => String) label: string;
  @Field(() => Boolean, { description: 'Needed before a workstation counts as umgestellt.' }) required: boolean;
  @Field(() => Boolean, { description: 'Ticking it asks for a reference number (Nachweis-Nr.).' })
  needsEvidence: boolean;
}

@ObjectType({ description: "The provider's runbook for one workstation: ordered steps, required or optional." })
export class ChecklistTemplate {
  @Field(() => ID) id: string;
  @Field(() => ID) tenantId: string;
  @Field(() => String) name: string;
  @Field(() => Boolean, { description: 'Used by every Standort that does not name another template.' })
  isDefault: boolean;
  @Field(() => Int) version: number;
  @Field(() => [ChecklistTemplateStep]) steps: ChecklistTemplateStep[];
  @Field(() => Int, { description: 'Standorte that use it (explicitly, or as the default).' }) locationCount: number;
}

@ObjectType({ description: "A step of one workstation's checklist (a copy of its template's step)." })
export class ChecklistStep {
  @Field(() => ID) id: string;
  @Field(() => ID) workstationId: string;
  @Field(() => Int) position: number;
  @Field(() => String) label: string;
  @Field(() => Boolean) required: boolean;
  @Field(() => Boolean) needsEvidence: boolean;
  @Field(() => Boolean) done: boolean;
  @Field(() => Date, { nullable: true }) doneAt: Date | null;
  @Field(() => String, { nullable: true }) doneByName: string | null;
  @Field(() => String, { nullable: true, description: 'Reference number, e.g. of the disk wipe certificate.' })
  evidence: string | null;
}

@ObjectType({ description: 'Workstations by status and checklist completion.' })
export class CutoverCounts {
  @Field(() => Int) total: number;
  @Field(() => Int) planned: number;
  @Field(() => Int) prepared: number;
  @Field(() => Int) migrated: number;
  @Field(() => Int) accepted: number;
  @Field(() => Int) rolledBack: number;
  @Field(() => Int, { description: 'Required checklist steps, over all workstations.' }) requiredSteps: number;
  @Field(() => Int, { description: 'Required checklist steps done.' }) requiredStepsDone: number;
  @Field(() => Int) openBlockers: number;
}

@ObjectType({ description: 'One Standort on the live cutover board.' })
export class CutoverLocation {
  @Field(() => ID) locationId: string;
  @Field(() => String) locationName: string;
  @Field(() => String, { nullable: true }) cutoverDate: string | null;
  @Field(() => Date, { nullable: true, description: 'Start of the cutover window (Europe/Berlin local time).' })
  windowStart: Date | null;
  @Field(() => Date, { nullable: true, description: 'End of the window; the next day when it runs past midnight.' })
  windowEnd: Date | null;
  @Field(() => CutoverCounts) counts: CutoverCounts;
}

@ObjectType({ description: 'The live cutover board of a Verwaltung: one row per Standort with a wave, and totals.' })
export class CutoverBoard {
  @Field(() => ID) tenantId: string;
  @Field(() => Date, { description: 'When this was computed (the server clock, for "time left").' })
  generatedAt: Date;
  @Field(() => CutoverCounts) totals: CutoverCounts;
  @Field(() => [CutoverLocation]) locations: CutoverLocation[];
}

@ObjectType()
export class BurndownPoint {
  @Field(() => Date) at: Date;
  @Field(() => Int, { description: 'Workstations not yet umgestellt or abgenommen.' }) remaining: number;
}

@ObjectType({ description: 'Remaining workstations of a Standort over time: planned line and actual steps.' })
export class CutoverBurndown {
  @Field(() => ID) locationId: string;
  @Field(() => Int) total: number;
  @Field(() => Date, { nullable: true }) windowStart: Date | null;
  @Field(() => Date, { nullable: true }) windowEnd: Date | null;
  @Field(() => [BurndownPoint], { description: 'From all at window start to none at window end.' })
  planned: BurndownPoint[];
  @Field(() => [BurndownPoint], { description: 'From the audit trail: one point per status change that moved it.' })
  actual: BurndownPoint[];
}
