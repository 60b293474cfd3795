import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// Shade 8 of blue keeps white button text above 4.5:1 contrast (WCAG AA).
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
  // Transitions (modals, menus, drawers) are left out for people whose system asks for less motion.
  respectReducedMotion: true,
  components: {
    // A table wider than a phone or tablet scrolls sideways: keyboard users must reach that region too.
    // Plain defaults, not `ScrollArea.extend`: importing ScrollArea here would put it (and its
    // positioning library) into every page's first load.
    ScrollArea: { defaultProps: { viewportProps: { tabIndex: 0 } } },
  },
});

// Mantine's default "dimmed" grey and error red are below 4.5:1 on white; darken them.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#495057',
    '--mantine-color-placeholder': '#6b7178',
    // Field error texts in red-9 reach 4.5:1 (the default red-6 does not).
    '--mantine-color-error': '#c92a2a',
    // Text of light green alerts (success titles) on their pale background: 5.7:1 instead of 3.8:1.
    '--mantine-color-green-light-color': '#1e6b30',
    // Yellow alert titles (warnings) and links inside light-blue alerts reach 4.5:1 as well.
    '--mantine-color-yellow-light-color': '#7a4f01',
    '--mantine-color-anchor': '#1864ab',
  },
  dark: {},
});
