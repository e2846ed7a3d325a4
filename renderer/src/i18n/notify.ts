// Save and error notifications, so every screen reports the same way.
import { notifications } from '@mantine/notifications';
import { i18next } from './index';
import { errorText } from './messages';

export function notifySaved(message: string): void {
  notifications.show({
    color: 'teal',
    title: i18next.t('notify.saved'),
    message,
    autoClose: 3000,
    closeButtonProps: { 'aria-label': i18next.t('common.close') },
  });
}

export function notifyError(error: unknown, title?: string): void {
  notifications.show({
    color: 'red',
    title: title ?? i18next.t('notify.error'),
    message: errorText(i18next.t, error),
    autoClose: 8000,
    closeButtonProps: { 'aria-label': i18next.t('common.close') },
  });
}
