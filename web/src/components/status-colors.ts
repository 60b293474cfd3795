/** Badge colours with white text at ≥ 4.5:1 contrast (WCAG 2.1 AA); Mantine's green.9 reaches only ~4.2:1. */
export const AA_GREEN = '#1b5e20';
export const AA_RED = '#b71c1c';
