import { AGS_PATTERN, LIMITS } from '@schaltplan/domain';
import type { TFunction } from 'i18next';

/** A Mantine form rule: returns an error text or null. */
export type Rule<V> = (value: V) => string | null;

const POSTAL_CODE = /^\d{5}$/;
const UNC_PATH = /^\\\\[^\\/:*?"<>|\s][^\\/:*?"<>|]*\\[^\\/:*?"<>|]+(\\[^\\/:*?"<>|]+)*\\?$/;
const DRIVE_LETTER = /^[A-Za-z]:?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Validation rules with messages in the current language; bounds match the API's. */
export function createRules(t: TFunction) {
  return {
    all:
      <V>(...rules: Rule<V>[]): Rule<V> =>
      (value) => {
        for (const rule of rules) {
          const error = rule(value);
          if (error) return error;
        }
        return null;
      },
    required: (value: unknown) => (isBlank(value) ? t('validation.required') : null),
    maxLength:
      (max: number = LIMITS.shortText) =>
      (value: string | null | undefined) =>
        value && value.length > max ? t('validation.maxLength', { max }) : null,
    ags: (value: string) => (isBlank(value) || AGS_PATTERN.test(value.trim()) ? null : t('validation.ags')),
    postalCode: (value: string) =>
      isBlank(value) || POSTAL_CODE.test(value.trim()) ? null : t('validation.postalCode'),
    uncPath: (value: string) => (isBlank(value) || UNC_PATH.test(value.trim()) ? null : t('validation.uncPath')),
    driveLetter: (value: string | null | undefined) =>
      isBlank(value) || DRIVE_LETTER.test((value ?? '').trim()) ? null : t('validation.driveLetter'),
    email: (value: string) => (isBlank(value) || EMAIL.test(value.trim()) ? null : t('validation.email')),
    nonNegative: (value: number | string | null | undefined) => {
      if (isBlank(value)) return null;
      const number = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(number)) return t('validation.number');
      return number < 0 ? t('validation.nonNegative') : null;
    },
    integer: (value: number | string | null | undefined) =>
      isBlank(value) || Number.isInteger(typeof value === 'number' ? value : Number(value))
        ? null
        : t('validation.integer'),
  };
}

/** Empty text inputs become null so optional columns are cleared, not set to ''. */
export function emptyToNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** NumberInput yields '' when cleared. */
export function numberOrNull(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

/** Drive letters are stored as a single upper-case letter ("H"), whatever the user typed ("h:"). */
export function normalizeDriveLetter(value: string | null | undefined): string | null {
  const trimmed = emptyToNull(value);
  return trimmed ? trimmed.charAt(0).toUpperCase() : null;
}
