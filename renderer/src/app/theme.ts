// A calm, office-like theme. Fonts: the system's own UI font first, then Noto families so Japanese,
// Thai, Khmer, Lao and Burmese names render wherever those fonts are installed (bundling comes later).
import { createTheme, type MantineColorsTuple, Notification } from '@mantine/core';

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
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  '"Noto Sans"',
  '"Noto Sans CJK JP"',
  '"Hiragino Sans"',
  '"Yu Gothic UI"',
  'Meiryo',
  '"Noto Sans Thai"',
  '"Noto Sans Khmer"',
  '"Noto Sans Lao"',
  '"Noto Sans Myanmar"',
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
