import { useEffect } from 'react';

/** Every route names itself in the browser tab and for screen readers (WCAG 2.4.2). */
export function usePageTitle(title: string | undefined, skip = false): void {
  useEffect(() => {
    if (skip) return;
    document.title = title ? `${title} – Schaltplan` : 'Schaltplan';
  }, [title, skip]);
}
