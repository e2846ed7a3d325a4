// Save and error notifications, so every screen reports the same way. Notices close by themselves, sit
// where they cover none of the page's actions (App.tsx), let clicks through (global.css), and are
// taken down when the person moves to another screen (Shell), so none follows them there.
import { notifications } from '@mantine/notifications';
import { i18next } from './index';
import { errorText } from './messages';

/** A notice shown just before a navigation (a save that then opens the record) belongs to the new screen. */
const GRACE_MS = 1_500;
const shown = new Map<string, number>();

function show(color: string, title: string, message: string, autoClose: number): void {
  const id = notifications.show({
    color,
    title,
    message,
    autoClose,
    closeButtonProps: { 'aria-label': i18next.t('common.close') },
  });
  shown.set(id, Date.now());
  window.setTimeout(() => shown.delete(id), autoClose + 1_000);
}

export function notifySaved(message: string): void {
  show('teal', i18next.t('notify.saved'), message, 3_000);
}

export function notifyError(error: unknown, title?: string): void {
  show('red', title ?? i18next.t('notify.error'), errorText(i18next.t, error), 6_000);
}

export function notifyText(color: 'red' | 'teal' | 'blue', title: string, message: string): void {
  show(color, title, message, color === 'red' ? 6_000 : 3_000);
}

export function hideEarlierNotices(now = Date.now()): void {
  for (const [id, at] of shown) {
    if (now - at > GRACE_MS) {
      notifications.hide(id);
      shown.delete(id);
    }
  }
}
