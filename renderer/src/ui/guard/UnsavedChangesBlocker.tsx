// The app's one navigation guard: leaving a screen (side navigation, a link, Back) while any form or
// dialog holds unsaved work asks first; closing the tab or window asks through beforeunload (Electron's
// main process answers its own question for the window's close). Ctrl+S saves the innermost form.
import { useEffect } from 'react';
import { useBlocker } from 'react-router-dom';
import { DiscardDialog } from './DiscardDialog';
import { anyDirty, discardAll, topSave } from './registry';

export function UnsavedChangesBlocker() {
  // Only a change of screen leaves the form: a list's filters or a tab in the query string do not.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && anyDirty(),
  );

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!anyDirty()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 's' || event.altKey) return;
      // The browser's own "Save page as" is never what a person in a form means.
      event.preventDefault();
      topSave()?.();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  return (
    <DiscardDialog
      opened={blocker.state === 'blocked'}
      onKeep={() => blocker.reset?.()}
      onDiscard={() => {
        discardAll();
        blocker.proceed?.();
      }}
    />
  );
}
