import { useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';
import classes from './section-nav.module.css';

export interface SectionLink {
  label: string;
  to: string;
  /** Match only this exact path (for the overview link). */
  end?: boolean;
}

/**
 * Sub-navigation between the sections of a Verwaltung or Standort; the current one gets
 * aria-current. On narrow screens the bar scrolls sideways instead of wrapping, and the current
 * section is scrolled into view.
 */
export function SectionNav({ label, links }: { label: string; links: SectionLink[] }) {
  const bar = useRef<HTMLUListElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    const list = bar.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !current) return;
    // Only the bar scrolls (scrollIntoView would also move the page).
    const start = current.offsetLeft - list.offsetLeft;
    if (start < list.scrollLeft || start + current.offsetWidth > list.scrollLeft + list.clientWidth) {
      list.scrollLeft = start - (list.clientWidth - current.offsetWidth) / 2;
    }
  }, [pathname]);
  return (
    <nav aria-label={label} className={classes.nav}>
      <ul ref={bar} className={classes.bar}>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className={classes.link}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
