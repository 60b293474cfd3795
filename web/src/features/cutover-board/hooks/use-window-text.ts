import { useTranslation } from 'react-i18next';
import { splitMinutes, type WindowState } from './window-state';

/** "noch 2 h 15 min im Zeitfenster", "beginnt in 3 Tg. 4 h", "Zeitfenster beendet". */
export function useWindowText(): (state: WindowState) => string {
  const { t } = useTranslation();
  const duration = (total: number) => {
    const { days, hours, minutes } = splitMinutes(total);
    if (days > 0) return t('cutoverBoard.duration.daysHours', { days, hours });
    if (hours > 0) return t('cutoverBoard.duration.hoursMinutes', { hours, minutes });
    return t('cutoverBoard.duration.minutes', { minutes });
  };
  return (state) => {
    switch (state.kind) {
      case 'upcoming':
        return t('cutoverBoard.window.upcoming', { duration: duration(state.minutes) });
      case 'running':
        return t('cutoverBoard.window.running', { duration: duration(state.minutes) });
      case 'ended':
        return t('cutoverBoard.window.ended');
      default:
        return t('cutoverBoard.window.none');
    }
  };
}
