import { registerEnumType } from '@nestjs/graphql';
import {
  BLOCKER_OBJECT_TYPES,
  CRITICALITIES,
  FACHVERFAHREN_AREAS,
  FACHVERFAHREN_INTERFACES,
  LOCATION_KINDS,
  OPERATING_MODES,
  PHASE_STATUSES,
  PRINTER_KINDS,
  PROJECT_PHASES,
  READINESS_CRITERIA,
  SHARE_ACCESSES,
  SOFTWARE_DELIVERIES,
  TENANT_KINDS,
  TEST_RESULTS,
  TEST_STATES,
  WORKSTATION_STATUSES,
  type BlockerObjectType,
  type Criticality,
  type FachverfahrenArea,
  type FachverfahrenInterface,
  type LocationKind,
  type OperatingMode,
  type PhaseStatus,
  type PrinterKind,
  type ProjectPhase,
  type ReadinessCriterion,
  type ShareAccess,
  type SoftwareDelivery,
  type TenantKind,
  type TestResult,
  type TestState,
  type WorkstationStatus,
} from '@schaltplan/domain';

/** GraphQL enums are built from the shared domain lists, so API and web never drift. */
function graphqlEnum<T extends string>(name: string, values: readonly T[]): Record<T, T> {
  const object = Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
  registerEnumType(object, { name });
  return object;
}

export const TenantKindEnum = graphqlEnum<TenantKind>('TenantKind', TENANT_KINDS);
export const LocationKindEnum = graphqlEnum<LocationKind>('LocationKind', LOCATION_KINDS);
export const PrinterKindEnum = graphqlEnum<PrinterKind>('PrinterKind', PRINTER_KINDS);
export const SoftwareDeliveryEnum = graphqlEnum<SoftwareDelivery>('SoftwareDelivery', SOFTWARE_DELIVERIES);
export const ShareAccessEnum = graphqlEnum<ShareAccess>('ShareAccess', SHARE_ACCESSES);
export const OperatingModeEnum = graphqlEnum<OperatingMode>('OperatingMode', OPERATING_MODES);
export const CriticalityEnum = graphqlEnum<Criticality>('Criticality', CRITICALITIES);
export const FachverfahrenAreaEnum = graphqlEnum<FachverfahrenArea>('FachverfahrenArea', FACHVERFAHREN_AREAS);
export const FachverfahrenInterfaceEnum = graphqlEnum<FachverfahrenInterface>(
  'FachverfahrenInterface',
  FACHVERFAHREN_INTERFACES,
);
export const SortDirectionEnum = graphqlEnum<'ASC' | 'DESC'>('SortDirection', ['ASC', 'DESC']);
export type SortDirection = 'ASC' | 'DESC';
export const ProjectPhaseEnum = graphqlEnum<ProjectPhase>('ProjectPhase', PROJECT_PHASES);
export const PhaseStatusEnum = graphqlEnum<PhaseStatus>('PhaseStatus', PHASE_STATUSES);
export const ReadinessCriterionEnum = graphqlEnum<ReadinessCriterion>('ReadinessCriterion', READINESS_CRITERIA);
export const TestResultEnum = graphqlEnum<TestResult>('TestResult', TEST_RESULTS);
export const TestStateEnum = graphqlEnum<TestState>('TestState', TEST_STATES);
export const BlockerObjectTypeEnum = graphqlEnum<BlockerObjectType>('BlockerObjectType', BLOCKER_OBJECT_TYPES);
export const WorkstationStatusEnum = graphqlEnum<WorkstationStatus>('WorkstationStatus', WORKSTATION_STATUSES);
