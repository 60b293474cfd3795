import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IMPORT_TARGETS, type ImportTarget } from '@schaltplan/domain';
import { Paginated } from '../common/page';

export const ImportTargetEnum = Object.fromEntries(IMPORT_TARGETS.map((t) => [t, t])) as Record<
  ImportTarget,
  ImportTarget
>;
registerEnumType(ImportTargetEnum, { name: 'ImportTarget', description: 'What a file is imported into.' });

export enum ImportMode {
  DRY_RUN = 'DRY_RUN',
  COMMIT = 'COMMIT',
}
registerEnumType(ImportMode, { name: 'ImportMode', description: 'DRY_RUN checks and reports; COMMIT writes.' });

export enum FileEncoding {
  UTF8 = 'UTF8',
  WINDOWS_1252 = 'WINDOWS_1252',
  UTF16LE = 'UTF16LE',
}
registerEnumType(FileEncoding, { name: 'FileEncoding' });

export enum CsvDelimiter {
  SEMICOLON = 'SEMICOLON',
  COMMA = 'COMMA',
  TAB = 'TAB',
}
registerEnumType(CsvDelimiter, { name: 'CsvDelimiter' });

export enum ImportRunStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(ImportRunStatus, { name: 'ImportRunStatus' });

export enum ImportPhase {
  PARSE = 'PARSE',
  VALIDATE = 'VALIDATE',
  COMMIT = 'COMMIT',
  DONE = 'DONE',
}
registerEnumType(ImportPhase, { name: 'ImportPhase', description: 'Reading the file, checking, writing, finished.' });

export enum ImportRowAction {
  CREATED = 'CREATED',
  CHANGED = 'CHANGED',
}
registerEnumType(ImportRowAction, { name: 'ImportRowAction' });

export enum ImportFileFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ImportFileFormat, { name: 'ImportFileFormat' });

export const DELIMITER_CHARS: Record<CsvDelimiter, ';' | ',' | '\t'> = {
  SEMICOLON: ';',
  COMMA: ',',
  TAB: '\t',
};

@ObjectType({ description: 'An uploaded file as the import reads it: detected layout, headers, first rows.' })
export class ImportFileAnalysis {
  @Field(() => ID) fileId: string;
  @Field(() => String) fileName: string;
  @Field(() => Int) sizeBytes: number;
  @Field(() => ImportFileFormat, { nullable: true, description: 'Null when the file cannot be read.' })
  format: ImportFileFormat | null;
  @Field(() => [String], { description: 'XLSX: the sheets; the user picks one.' }) sheets: string[];
  @Field(() => String, { nullable: true }) sheet: string | null;
  @Field(() => FileEncoding, { nullable: true }) encoding: FileEncoding | null;
  @Field(() => Boolean) bom: boolean;
  @Field(() => CsvDelimiter, { nullable: true }) delimiter: CsvDelimiter | null;
  @Field(() => Int, { description: '1-based row of the header; rows above it are skipped.' }) headerRow: number;
  @Field(() => [String]) headers: string[];
  @Field(() => [[String]], { description: 'The first data rows.' }) sampleRows: string[][];
  @Field(() => [Int], { description: 'Row number (as the spreadsheet shows it) of each sample row.' })
  sampleRowNumbers: number[];
  @Field(() => [String], { nullable: 'items', description: 'Suggested field per column for the chosen target.' })
  suggestedMapping: (string | null)[];
  @Field(() => ImportTargetEnum, { nullable: true, description: 'The target these headers fit best.' })
  suggestedTarget: ImportTarget | null;
  @Field(() => String, { nullable: true, description: 'Why the file cannot be read (German).' })
  problem: string | null;
  @Field(() => String, { nullable: true }) problemEn: string | null;
}

@ObjectType()
export class ImportCountsModel {
  @Field(() => Int) created: number;
  @Field(() => Int) changed: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) errors: number;
  @Field(() => Int, { description: 'Rows left out on purpose (e.g. disabled AD accounts).' }) skipped: number;
  @Field(() => Int, { description: 'Stored records the file does not contain.' }) missing: number;
  @Field(() => Int, { description: 'Of those, marked "nicht in Quelle" by this import.' }) marked: number;
}

@ObjectType({ description: 'One problem: row as a spreadsheet shows it, column, reason.' })
export class ImportRowError {
  @Field(() => Int, { nullable: true }) row: number | null;
  @Field(() => String, { nullable: true }) column: string | null;
  @Field(() => String, { nullable: true }) field: string | null;
  @Field(() => String) code: string;
  @Field(() => String, { description: 'The reason in German.' }) message: string;
  @Field(() => String) messageEn: string;
}

@ObjectType()
export class ImportFieldChange {
  @Field(() => String) field: string;
  @Field(() => String, { nullable: true }) old: string | null;
  @Field(() => String, { nullable: true, name: 'new' }) next: string | null;
}

@ObjectType({ description: 'A new or changed row with its field changes.' })
export class ImportRowDiff {
  @Field(() => Int) row: number;
  @Field(() => String) key: string;
  @Field(() => ImportRowAction) action: ImportRowAction;
  @Field(() => [ImportFieldChange]) changes: ImportFieldChange[];
}

@ObjectType({ description: 'A dry run or commit of a file: progress while it runs, then its report.' })
export class ImportRun {
  @Field(() => ID) id: string;
  @Field(() => ID) tenantId: string;
  @Field(() => ImportTargetEnum) target: ImportTarget;
  @Field(() => ImportMode) mode: ImportMode;
  @Field(() => ImportRunStatus) status: ImportRunStatus;
  @Field(() => ImportPhase) phase: ImportPhase;
  @Field(() => Int, { description: 'PARSE: bytes read; later: steps done.' }) progressDone: number;
  @Field(() => Int) progressTotal: number;
  @Field(() => String) fileName: string;
  @Field(() => String, { nullable: true }) fileSha256: string | null;
  @Field(() => Int) fileSize: number;
  @Field(() => String, { nullable: true }) accountName: string | null;
  @Field(() => Boolean) markMissing: boolean;
  @Field(() => ImportCountsModel, { nullable: true }) counts: ImportCountsModel | null;
  @Field(() => [ImportRowError], { description: 'The first 1000 problems, by row.' }) errors: ImportRowError[];
  @Field(() => [ImportRowDiff], { description: 'The first 200 new or changed rows.' }) diffs: ImportRowDiff[];
  @Field(() => ImportRowError, { nullable: true, description: 'Why the run stopped as a whole.' })
  failure: ImportRowError | null;
  @Field(() => GraphQLISODateTime) startedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
}

@ObjectType()
export class ImportRunPage extends Paginated(ImportRun) {}

@ObjectType()
export class ImportPresetColumn {
  @Field(() => String) header: string;
  @Field(() => String) field: string;
}

@ObjectType({ description: 'A saved column mapping of a tenant: file header → field.' })
export class ImportPreset {
  @Field(() => ID) id: string;
  @Field(() => ID) tenantId: string;
  @Field(() => ImportTargetEnum) target: ImportTarget;
  @Field(() => String) name: string;
  @Field(() => [ImportPresetColumn]) columns: ImportPresetColumn[];
  @Field(() => Int) version: number;
}
