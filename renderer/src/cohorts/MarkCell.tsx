// One cell of the attendance grid: a small button showing the mark. A click (or Enter) opens the four
// marks and "no mark" as a menu; only the open cell carries a menu, so thousands of cells stay light.
import { Kbd, Menu } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { KEY_OF, MARK_ORDER, type Mark } from './marks';

interface Props {
  r: number;
  c: number;
  mark: Mark;
  label: string;
  tabbable: boolean;
  menuOpen: boolean;
  onPick: (mark: Mark) => void;
  onCloseMenu: () => void;
}

export function MarkCell({ r, c, mark, label, tabbable, menuOpen, onPick, onCloseMenu }: Props) {
  const { t } = useTranslation();
  const button = (
    <button
      type="button"
      className="att-cell"
      data-cell={`${r}:${c}`}
      data-mark={mark ?? 'none'}
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      aria-haspopup="menu"
    >
      {mark ? t(`attendance.short.${mark}`) : '–'}
    </button>
  );
  if (!menuOpen) return button;
  return (
    <Menu
      opened
      onChange={(open) => !open && onCloseMenu()}
      position="bottom"
      withinPortal
      shadow="md"
      returnFocus={false}
      withInitialFocusPlaceholder={false}
    >
      <Menu.Target>{button}</Menu.Target>
      <Menu.Dropdown aria-label={label}>
        {MARK_ORDER.map((m) => (
          <Menu.Item
            key={m}
            onClick={() => onPick(m)}
            leftSection={<IconCheck size={14} aria-hidden style={{ visibility: m === mark ? 'visible' : 'hidden' }} />}
            rightSection={<Kbd size="xs">{KEY_OF[m]}</Kbd>}
            aria-current={m === mark ? 'true' : undefined}
            // The menu opens on the current mark (or the first), so arrows and Enter work at once.
            data-autofocus={m === (mark ?? 'present') || undefined}
          >
            {t(`attendance.mark.${m}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item
          onClick={() => onPick(null)}
          leftSection={<IconCheck size={14} aria-hidden style={{ visibility: mark === null ? 'visible' : 'hidden' }} />}
          rightSection={<Kbd size="xs">Del</Kbd>}
        >
          {t('attendance.clear')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
