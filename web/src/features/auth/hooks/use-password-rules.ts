import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';

/** Rules for a new password typed twice; the server checks the same bounds. */
export function usePasswordRules() {
  const { t } = useTranslation();
  return {
    password: (value: string) => {
      if (value.length < PASSWORD_MIN_LENGTH) return t('auth.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
      if (value.length > PASSWORD_MAX_LENGTH) return t('auth.passwordTooLong', { max: PASSWORD_MAX_LENGTH });
      return null;
    },
    confirm: (value: string, values: { password: string }) =>
      value === values.password ? null : t('auth.passwordMismatch'),
    /** A server field problem about the new password, in the user's language. */
    serverMessage: (message: string) =>
      message.includes('at most')
        ? t('auth.passwordTooLong', { max: PASSWORD_MAX_LENGTH })
        : t('auth.passwordTooShort', { min: PASSWORD_MIN_LENGTH }),
  };
}
