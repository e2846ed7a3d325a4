// The <form> around a form kit form: Enter or the save button submits it, the browser's own checks
// stay off (problems are said on the inputs and in FormProblems), and where the core may ask about
// warnings before saving, their dialog opens over it (WarningsDialog).
import { type MantineSpacing, Stack, type StyleProp } from '@mantine/core';
import type { ComponentProps, ReactNode } from 'react';
import { WarningsDialog } from './WarningsDialog';

interface Props {
  /** The form's name for screen readers: its title. */
  label?: string;
  onSubmit: () => void;
  /** The saver whose warnings are asked about, and how they are said where not the kit's way. */
  warnings?: ComponentProps<typeof WarningsDialog>;
  gap?: MantineSpacing;
  /** A page form's width. */
  maw?: StyleProp<React.CSSProperties['maxWidth']>;
  /** The draft offer, the problems, the inputs and FormActions, one under another. */
  children: ReactNode;
}

export function SaveForm({ label, onSubmit, warnings, gap = 'md', maw, children }: Props) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
      aria-label={label}
    >
      <Stack gap={gap} maw={maw}>
        {children}
      </Stack>
      {warnings && <WarningsDialog {...warnings} />}
    </form>
  );
}
