// One titled, bordered block of a page (Backups, Word templates): the heading names the section for
// screen readers.
import { Paper, Stack, Title } from '@mantine/core';

export function PageSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
