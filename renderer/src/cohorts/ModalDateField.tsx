// A date field inside a dialog: Escape first closes the calendar, and only a second Escape the
// dialog (Mantine's dialogs close on any Escape unless the input says it handles the key itself).
import type { DateInputProps } from '@mantine/dates';
import { useState } from 'react';
import { DateField } from '../trainees/form/DateField';

export function ModalDateField(props: DateInputProps) {
  const [open, setOpen] = useState(false);
  return (
    <DateField
      {...props}
      popoverProps={{ onOpen: () => setOpen(true), onClose: () => setOpen(false) }}
      {...{ 'data-mantine-stop-propagation': open ? 'true' : undefined }}
    />
  );
}
