// The frame of a list screen: the heading (ListTitle), a line on what the screen is for, what stands
// between the heading and the filters (tabs, counts), the row of filters (FilterRow), then the list.
import { Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDensity } from './density';
import { FilterRow, type FilterRowProps } from './FilterRow';
import { ListTitle, type ListTitleProps } from './ListTitle';

interface Props extends ListTitleProps {
  intro?: string;
  /** Between the heading and the filters. */
  above?: ReactNode;
  filters: ReactNode;
  filterLabel?: string;
  filtered?: boolean;
  /** "Clear filters", shown while any is set: at the end of the filter row, or first beside the title. */
  onClear?: FilterRowProps['onClear'];
  clearBesideTitle?: boolean;
  /** The list, and anything shown over it. */
  children: ReactNode;
}

export function ListPage({
  intro,
  above,
  filters,
  filterLabel,
  filtered,
  onClear,
  clearBesideTitle = false,
  children,
  actions,
  ...title
}: Props) {
  const { t } = useTranslation();
  // Compact: the intro line goes (the screen is known by then) and the gaps tighten (COMPACT_ROOM).
  const [density] = useDensity();
  const compact = density === 'compact';
  const clear = clearBesideTitle && filtered && onClear && (
    <Button variant="subtle" onClick={onClear}>
      {t('list.clearFilters')}
    </Button>
  );
  return (
    <Stack gap={compact ? 'xs' : 'md'}>
      <ListTitle
        {...title}
        actions={
          clear ? (
            <>
              {clear}
              {actions}
            </>
          ) : (
            actions
          )
        }
      />
      {intro && !compact && (
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
      )}
      {above}
      <FilterRow label={filterLabel} filtered={filtered} onClear={clearBesideTitle ? undefined : onClear}>
        {filters}
      </FilterRow>
      {children}
    </Stack>
  );
}
