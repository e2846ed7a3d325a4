// The end of every form: Cancel, then the one button that saves (busy while saving, off while the
// person chooses between their edits and someone else's). A page form keeps it in view at the bottom.
import { Button, type ButtonProps, Group, type MantineSpacing, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  saver: { saving: boolean; stale?: boolean };
  onCancel: () => void;
  /** What the save button says ("Register trainee", "Save"). */
  submit: string;
  /** What the cancel button says, where it is not "Cancel" ("Later"). */
  cancel?: string;
  /** A page form's buttons stay at the bottom of the window while it scrolls. */
  sticky?: boolean;
  submitProps?: ButtonProps & { 'data-testid'?: string };
  /** Space above, where the last field needs it. */
  mt?: MantineSpacing;
}

export function FormActions({ saver, onCancel, submit, cancel, sticky = false, submitProps, mt }: Props) {
  const { t } = useTranslation();
  const buttons = (
    <Group justify="flex-end" mt={mt}>
      <Button variant="default" onClick={onCancel}>
        {cancel ?? t('common.cancel')}
      </Button>
      <Button type="submit" loading={saver.saving} disabled={saver.stale} {...submitProps}>
        {submit}
      </Button>
    </Group>
  );
  if (!sticky) return buttons;
  return (
    <Paper withBorder p="sm" pos="sticky" bottom={0} style={{ zIndex: 5 }} shadow="sm">
      {buttons}
    </Paper>
  );
}
