// Start-up: open the session (the browser mode trades its launch code for the token), read the saved
// language before the first paint (no flash of the wrong language), then render.
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import 'mantine-datatable/styles.css';
import './app/global.css';
import 'dayjs/locale/ja';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { RecoveryStatus } from '../../shared/recovery/schema';
import type { Settings } from '../../shared/settings/schema';
import { appInfoQuery } from './api/appInfo';
import { ApiError, api, connectApi } from './api/client';
import { countriesQuery, fieldsQuery } from './api/reference';
import { traineeFacetsQuery, traineeKeys } from './api/trainees';
import { openSession, type Session } from './api/transport';
import { App } from './app/App';
import { LaunchRefused } from './app/LaunchRefused';
import { preloadScreens } from './app/preloadable';
import { queryClient } from './app/queryClient';
import { StartupError } from './app/StartupError';
import { watchFirstScreen, whenSettled } from './app/settled';
import { prefetchHome } from './home/prefetch';
import { initI18n, lastLanguage, pickLanguage } from './i18n';
import { prefetchAttentionCard } from './progress/prefetch';
import { RecoveryScreen } from './recovery/RecoveryScreen';
import { prefetchPrintView } from './reports/prefetch';
import { installPrintJobs } from './reports/warm';
import { parseListState, toQuery } from './trainees/list/listParams';
import { acceptFullWidthDigits } from './ui/forms/numberInputs';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  // The bundled fonts' rules once the first screen has settled: each face that arrives lays the whole
  // page out again, which on the first screen cost more than the rows themselves (text shows at once in
  // a system font meanwhile). Print views import them at once and wait for them.
  whenSettled(() => void import('./ui/fonts/faces'));
  acceptFullWidthDigits();
  const session = await openSession();
  if (!session.ok) return showRefusal(root, session);
  connectApi(session.transport);
  let settings: Settings | null = null;
  let failure: unknown = null;
  let recovery: RecoveryStatus | null = null;
  // Asked together, and before anything else (the browser opens six connections at most): a database
  // found damaged at start-up (recovery mode) shows its own screen instead.
  const asked = Promise.allSettled([api().call('recovery.status', {}), api().call('settings.get', {})]);
  prefetchFirstScreen();
  const [status, saved] = await asked;
  if (status.status === 'fulfilled' && status.value.active) recovery = status.value;
  else if (saved.status === 'fulfilled') {
    settings = saved.value;
    queryClient.setQueryData(['settings'], settings);
  } else failure = saved.reason;
  await initI18n(pickLanguage(settings?.language ?? null, navigator.language));
  const screen = recovery ? <RecoveryScreen status={recovery} /> : failure ? <StartupError error={failure} /> : <App />;
  root.render(<StrictMode>{screen}</StrictMode>);
  // Then every screen's code, in idle moments, so that a first visit waits only for its data.
  if (!recovery && !failure) whenSettled(preloadScreens);
  watchFirstScreen();
}

/** No session: say why in the language this browser last showed the app in (else the system's), asking the core nothing. */
async function showRefusal(root: Root, session: Exclude<Session, { ok: true }>): Promise<void> {
  await initI18n(pickLanguage(lastLanguage(), navigator.language));
  const screen =
    session.reason === 'unreachable' ? (
      <StartupError error={new ApiError({ code: 'internal', message: session.message })} />
    ) : (
      <LaunchRefused reason={session.reason} />
    );
  root.render(<StrictMode>{screen}</StrictMode>);
  watchFirstScreen();
}

/**
 * Asks for the first screen's data while the app starts: the answers every screen uses (without them
 * the first screen is drawn twice, once with codes and once with names), and Home's, the list's or the
 * print view's when the app opens on one (Home at start-up; a bookmark, a reload).
 */
function prefetchFirstScreen(): void {
  const [path = '', search = ''] = window.location.hash.replace(/^#/, '').split('?');
  if (path.startsWith('/print/')) {
    prefetchPrintView(path, search);
    installPrintJobs();
    return;
  }
  // The screen's own rows first: what it shows comes before what it labels them with.
  if (path === '/trainees') {
    const query = toQuery(parseListState(new URLSearchParams(search)));
    void queryClient.prefetchQuery({
      queryKey: traineeKeys.list(query),
      queryFn: () => api().call('trainees.list', query),
    });
  }
  void queryClient.prefetchQuery(appInfoQuery);
  void queryClient.prefetchQuery(countriesQuery);
  void queryClient.prefetchQuery(fieldsQuery);
  if (path === '' || path === '/' || path === '/trainees') void queryClient.prefetchQuery(traineeFacetsQuery);
  if (path === '' || path === '/') {
    prefetchHome(queryClient);
    prefetchAttentionCard(queryClient);
  }
}

void start();
