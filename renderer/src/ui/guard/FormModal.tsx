// A dialog holding a form: Esc, the close button or a click outside ask "Discard your changes?" when
// something was typed, and close at once when nothing was. Every form dialog uses it; its content
// scrolls with the actions kept in view at the bottom (form-modal.css).
import { Modal, type ModalProps } from '@mantine/core';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DiscardDialog } from './DiscardDialog';
import './form-modal.css';

interface Props extends Omit<ModalProps, 'onClose' | 'children'> {
  /** The dialog's content; as a function it receives the same asking close for its own Cancel button. */
  children?: ReactNode | ((requestClose: () => void) => ReactNode);
  /** True while the dialog holds typed work not yet saved. */
  unsaved: () => boolean;
  onClose: () => void;
  /** Called when the person chose to discard (forget the draft), before the dialog closes. */
  onDiscard?: () => void;
}

export function FormModal({ unsaved, onClose, onDiscard, children, closeButtonProps, ...props }: Props) {
  const { t } = useTranslation();
  const ownId = useId();
  const id = props.id ?? ownId;
  const [asking, setAsking] = useState(false);
  const pending = useRef(0);
  // The question opens once the event that asked to close (an Esc) is over: the question listens for
  // Esc itself, and hearing the same key would answer "Keep editing" the moment it opened. A second
  // ask before the first opens is the same question, and an answer cancels any ask still pending:
  // a late one must not reopen the question just answered.
  const requestClose = () => {
    if (!unsaved()) return onClose();
    if (pending.current || asking) return;
    pending.current = window.setTimeout(() => {
      pending.current = 0;
      setAsking(true);
    }, 0);
  };
  const answered = () => {
    window.clearTimeout(pending.current);
    pending.current = 0;
    setAsking(false);
  };
  useEffect(() => () => window.clearTimeout(pending.current), []);
  useEscapeOwnDialog(props.opened && !asking && props.closeOnEscape !== false, id, requestClose);
  return (
    <>
      <Modal
        {...props}
        onClose={requestClose}
        // While the question is open it holds focus and the keyboard; this dialog waits for the answer.
        trapFocus={asking ? false : props.trapFocus}
        // Esc is heard by useEscapeOwnDialog below, not by Mantine: every open Mantine dialog closes on
        // the same Esc, so the warnings shown over this form would close the form too.
        closeOnEscape={false}
        id={id}
        classNames={{ body: 'form-modal-body' }}
        closeButtonProps={{ 'aria-label': t('common.close'), ...closeButtonProps }}
      >
        {typeof children === 'function' ? children(requestClose) : children}
      </Modal>
      <DiscardDialog
        opened={asking}
        onKeep={answered}
        onDiscard={() => {
          answered();
          onDiscard?.();
          onClose();
        }}
      />
    </>
  );
}

/**
 * Esc closes this dialog only when the key was pressed in it (or with nothing focused), not in a
 * dialog opened over it (a warning, a date picker's popover inside it still counts as its own).
 */
function useEscapeOwnDialog(active: boolean, id: string, onEscape: () => void): void {
  const handler = useRef(onEscape);
  handler.current = onEscape;
  useEffect(() => {
    if (!active) return;
    // Esc in a field whose list is open (a Select's options) closes that list, not the dialog. The list
    // has closed by the time the key bubbles to the window, so whether it was open is read on the way down.
    let listOpen = false;
    const before = (event: KeyboardEvent) => {
      listOpen = event.target instanceof Element && event.target.getAttribute('aria-expanded') === 'true';
    };
    const listener = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing || event.defaultPrevented || listOpen) return;
      const dialog = event.target instanceof Element ? event.target.closest('[role="dialog"]') : null;
      if (dialog && dialog.getAttribute('aria-labelledby') !== `${id}-title`) return;
      handler.current();
    };
    window.addEventListener('keydown', before, true);
    window.addEventListener('keydown', listener);
    return () => {
      window.removeEventListener('keydown', before, true);
      window.removeEventListener('keydown', listener);
    };
  }, [active, id]);
}
