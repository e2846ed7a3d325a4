// What the palette can do besides opening records: actions, and every main screen (the side
// navigation's entries and a few screens reached from inside them). Each is matched by its label in
// both languages, so "設定" finds Settings whatever language the screen is in.
import { notifications } from '@mantine/notifications';
import type { TablerIcon } from '@tabler/icons-react';
import {
  IconArrowRight,
  IconCalendarPlus,
  IconDatabaseExport,
  IconLanguage,
  IconPrinter,
  IconUserPlus,
} from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { useSetLanguage } from '../app/LanguageSwitch';
import type { NavEntry } from '../app/screens';
import { i18next } from '../i18n';
import { useLang } from '../i18n/format';
import { notifyError } from '../i18n/notify';

export interface PaletteCommand {
  id: string;
  label: string;
  /** The words it is found by: its label in both languages. */
  words: string[];
  icon: TablerIcon;
  run: () => void;
}

const both = (key: string, options?: Record<string, unknown>) => [
  i18next.t(key, { ...options, lng: 'en' }),
  i18next.t(key, { ...options, lng: 'ja' }),
];

/** Screens reached from inside others, worth going to directly. */
const MORE_SCREENS = [
  { to: '/hosts/new', label: 'search.screen.newHost' },
  { to: '/hosts/import', label: 'search.screen.importHosts' },
  { to: '/dispatch/requests/new', label: 'search.screen.newRequest' },
  { to: '/dispatch/specialists/new', label: 'search.screen.newSpecialist' },
  { to: '/dispatch/intake', label: 'search.screen.intake' },
  { to: '/dispatch/counterparts', label: 'search.screen.counterparts' },
];

export function useScreens(nav: readonly NavEntry[]): PaletteCommand[] {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return [
    ...nav.map((entry) => ({ to: entry.to, label: entry.label, icon: entry.icon })),
    ...MORE_SCREENS.map((s) => ({ ...s, icon: IconArrowRight })),
  ].map((s) => ({
    id: `screen-${s.to.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}`,
    label: t(s.label),
    words: both(s.label),
    icon: s.icon,
    run: () => navigate(s.to),
  }));
}

/** The trainee whose page is open, if any: its report can be printed from the palette. */
const openTrainee = (path: string) => /^\/trainees\/(\d+)$/.exec(path)?.[1];

export function useCommands(path: string): PaletteCommand[] {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const lang = useLang();
  const setLanguage = useSetLanguage();
  const client = useQueryClient();
  const trainee = openTrainee(path);
  const other = lang === 'en' ? 'ja' : 'en';

  const backUp = async () => {
    try {
      const made = await api().call('backup.create', {});
      await client.invalidateQueries({ queryKey: ['backups'] });
      notifications.show({
        color: 'teal',
        message: t('backup.now.done', { count: made.counts.trainees }),
        autoClose: 5000,
        closeButtonProps: { 'aria-label': t('common.close') },
      });
    } catch (error) {
      notifyError(error, t('backup.now.failed'));
    }
  };

  const commands: PaletteCommand[] = [
    {
      id: 'action-new-trainee',
      label: t('search.action.newTrainee'),
      words: both('search.action.newTrainee'),
      icon: IconUserPlus,
      run: () => navigate('/trainees/new'),
    },
    {
      id: 'action-new-cohort',
      label: t('search.action.newCohort'),
      words: both('search.action.newCohort'),
      icon: IconCalendarPlus,
      // The cohorts page opens its "New cohort" dialog for this address, as its own button does.
      run: () => navigate('/cohorts?new=1'),
    },
    {
      id: 'action-backup',
      label: t('search.action.backup'),
      words: both('search.action.backup'),
      icon: IconDatabaseExport,
      run: () => void backUp(),
    },
    {
      id: 'action-language',
      label: t('search.action.language', { language: other === 'ja' ? '日本語' : 'English' }),
      words: [...both('search.action.language', { language: 'English 日本語' })],
      icon: IconLanguage,
      run: () => void setLanguage(other),
    },
  ];
  if (trainee) {
    commands.unshift({
      id: 'action-print-trainee',
      label: t('search.action.printTrainee'),
      words: both('search.action.printTrainee'),
      icon: IconPrinter,
      run: () => navigate(`/print/trainee/${trainee}?lang=${lang}`),
    });
  }
  return commands;
}
