// The frame around every screen: header (app name, language), navigation, the global shortcuts, and
// the demo sandbox's banner while it is open.
import { AppShell, Group, Loader, NavLink, Text, Title, VisuallyHidden } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useDemoMode } from '../api/demo';
import { DemoModeBadge, DemoModeBanner } from '../demo/DemoModeBanner';
import { StaffNamePrompt } from '../home/StaffNamePrompt';
import { leaveScreenNotices } from '../i18n/notify';
import { openPalette, PaletteSlot } from '../search/PaletteSlot';
import { UnsavedChangesBlocker } from '../ui/guard/UnsavedChangesBlocker';
import { LanguageSwitch } from './LanguageSwitch';
import { isActive, type NavEntry } from './screens';
import { FOCUS_SEARCH_EVENT } from './shortcuts';

/** `nav`: the side navigation, in order (see screens.ts). */
export function Shell({ nav }: { nav: readonly NavEntry[] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const demo = useDemoMode();
  const onForm = /^\/(trainees|hosts)\/(new|import|\d+\/edit)$/.test(location.pathname);
  // A notice belongs to the screen it was about: it does not follow the person to the next one.
  const screen = location.pathname;
  useEffect(() => {
    if (screen) leaveScreenNotices();
  }, [screen]);

  const focusSearch = () => {
    if (location.pathname === '/trainees') window.dispatchEvent(new Event(FOCUS_SEARCH_EVENT));
    else navigate('/trainees', { state: { focusSearch: true } });
  };
  // "/" (the current list's own search) only when not typing; Ctrl+K (the command palette) and
  // Ctrl+N also from inside a field (but Ctrl+N not over an open form).
  useHotkeys([['/', focusSearch]]);
  useHotkeys(
    [
      ['mod+K', openPalette],
      ['mod+N', () => !onForm && navigate('/trainees/new')],
    ],
    [],
  );

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <button type="button" className="skip-link" onClick={skipToMain}>
        {t('nav.skip')}
      </button>
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between">
          <Group gap="xs">
            <Title order={2} size="h4" c="desk.8">
              {t('app.name')}
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              {t('app.tagline')}
            </Text>
            <DemoModeBadge />
          </Group>
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      {/* On a short window (a laptop at 125–150 % scaling) the last items must still be reachable. */}
      <AppShell.Navbar p="sm" aria-label={t('nav.label')} style={{ overflowY: 'auto' }}>
        <VisuallyHidden>
          <h2>{t('nav.label')}</h2>
        </VisuallyHidden>
        {nav.map((item) => {
          const active = isActive(item, location.pathname);
          return (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.label)}
              leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
              active={active}
              aria-current={active ? 'page' : undefined}
              variant="light"
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <DemoModeBanner />
        {/* A new screen on switching to or from the demo: nothing typed or held on one database stays for the other. */}
        <Suspense key={String(demo)} fallback={<Loader aria-label={t('common.loading')} />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
      <PaletteSlot nav={nav} />
      <StaffNamePrompt />
      <UnsavedChangesBlocker />
    </AppShell>
  );
}

/** Hash routing owns the URL fragment, so "skip to content" is a button that moves focus itself. */
function skipToMain() {
  document.getElementById('main-content')?.focus();
}
