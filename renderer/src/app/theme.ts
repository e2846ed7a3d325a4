// A calm, office-like theme. Fonts: the Noto families bundled with the app first (ui/fonts/), so
// names in every script and the "日本語" button render on any machine, then the system's own fonts
// for anything they lack and for the moment before a bundled face has loaded (font-display: swap).
import { createTheme, type MantineColorsTuple, Notification } from '@mantine/core';
import { BUNDLED_FAMILIES } from '../ui/fonts/families';

// A muted blue, dark enough at shade 7 for white text to pass WCAG AA.
const desk: MantineColorsTuple = [
  '#eef4fb',
  '#dbe6f3',
  '#b3cbe6',
  '#88afd9',
  '#6597ce',
  '#4e88c8',
  '#3f7fc6',
  '#2f6baf',
  '#255f9d',
  '#12528b',
];

export const FONT_STACK = [
  ...BUNDLED_FAMILIES,
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  '"Noto Sans CJK JP"',
  '"Hiragino Sans"',
  '"Yu Gothic UI"',
  'Meiryo',
  'sans-serif',
].join(', ');

export const theme = createTheme({
  primaryColor: 'desk',
  primaryShade: 7,
  colors: { desk },
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '600' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    // Mantine's dimmed grey description is 3.3:1 on white; a darker grey passes WCAG AA.
    Notification: Notification.extend({ styles: { description: { color: 'var(--mantine-color-gray-8)' } } }),
  },
});
