// The layout pieces every page form shares: a titled group of inputs, the order of an input's parts,
// and what a form's field() helper hands each input.
import { Fieldset } from '@mantine/core';
import type { ReactNode } from 'react';

// Section titles read as headings; the default legend is as small as a label.
const LEGEND = { legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } };

/** A group of inputs under a title ("Identity", "Contact"). */
export function FormSection({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset styles={LEGEND} legend={legend}>
      {children}
    </Fieldset>
  );
}

/** Hints below the input keep the inputs of a row aligned whether or not they have a hint. */
export const HINT_BELOW: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

/** What a form's field() helper gives an input: its id, name, label, value, change and problem. */
export interface FieldInputProps {
  id: string;
  name: string;
  label: string;
  value: never;
  onChange: (value: unknown) => void;
  error: string | undefined;
  inputWrapperOrder: typeof HINT_BELOW;
}
