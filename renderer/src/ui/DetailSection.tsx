// One titled block of label/value pairs on a detail page; empty values show a dash, not a gap.
import { DataList, Paper, Title } from '@mantine/core';

export interface Item {
  label: string;
  value: React.ReactNode;
  testId?: string;
}

export function DetailSection({ title, items }: { title: string; items: Item[] }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <DataList labelWidth={200} gap="xs" withDivider>
        {items.map((item) => (
          <DataList.Item key={item.label}>
            <DataList.ItemLabel>{item.label}</DataList.ItemLabel>
            <DataList.ItemValue data-testid={item.testId}>
              {item.value === null || item.value === '' ? '—' : item.value}
            </DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Paper>
  );
}
