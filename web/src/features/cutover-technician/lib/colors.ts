import type { WorkstationStatus } from '@schaltplan/domain';

/** Badge colours with white text at ≥ 4.5:1 (WCAG 2.1 AA), like components/status-colors.ts. */
export const PENDING_COLOR = '#9a3412';

export const STATUS_COLORS: Record<WorkstationStatus, string> = {
  PLANNED: '#495057',
  PREPARED: '#1864ab',
  MIGRATED: '#1b5e20',
  ACCEPTED: '#0b3d12',
  ROLLED_BACK: '#b71c1c',
};
