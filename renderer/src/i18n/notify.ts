// Save and error notifications, so every screen reports the same way. Notices close by themselves, sit
// where they cover none of the page's actions (App.tsx), let clicks through (global.css), and are
// taken down when the person moves to another screen (Shell), so none follows them there.
import { notifications } from '@mantine/notifications';
import { i18next } from './index';
import { errorText } from './messages';

/**
 * How many screen changes each notice outlives. A save that then opens the record shows its notice just
 * before the navigation, so a success notice outlives one change; an error stays with its screen. Counted
 * by order, not by time, so a slow machine rendering the next screen does not lose the notice.
 */
const shown = new Map<string, number>();

function show(color: string, title: string, message: string, autoClose: number): void {
  const id = notifications.show({
    color,
    title,
    message,
    autoClose,
    closeButtonProps: { 'aria-label': i18next.t('common.close') },
    onClose: () => shown.delete(id),
  });
  shown.set(id, color === 'red' ? 0 : 1);
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

/** Called on every change of screen. */
export function leaveScreenNotices(): void {
  for (const [id, left] of shown) {
    if (left > 0) shown.set(id, left - 1);
    else {
      notifications.hide(id);
      shown.delete(id);
    }
  }
}
