import { Group } from '@mantine/core';
import { NavLink } from 'react-router';
import classes from './section-nav.module.css';

export interface SectionLink {
  label: string;
  to: string;
  /** Match only this exact path (for the overview link). */
  end?: boolean;
}

/** Sub-navigation between the sections of a Verwaltung or Standort; the current one gets aria-current. */
export function SectionNav({ label, links }: { label: string; links: SectionLink[] }) {
  return (
    <nav aria-label={label}>
      <Group gap={4} wrap="wrap" className={classes.bar}>
        {links.map((link) => (
          <NavLink key={link.to} to={link.to} end={link.end} className={classes.link}>
            {link.label}
          </NavLink>
        ))}
      </Group>
    </nav>
  );
}
