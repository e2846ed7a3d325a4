// A dialog holding a form: Esc, the close button or a click outside ask "Discard your changes?" when
// something was typed, and close at once when nothing was. Every form dialog uses it.
import { Modal, type ModalProps } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DiscardDialog } from './DiscardDialog';

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
  const [asking, setAsking] = useState(false);
  // The question opens once the event that asked to close (an Esc) is over: the question listens for
  // Esc itself, and hearing the same key would answer "Keep editing" the moment it opened.
  const requestClose = () => (unsaved() ? window.setTimeout(() => setAsking(true), 0) : onClose());
  return (
    <>
      <Modal
        {...props}
        onClose={requestClose}
        // While the question is open it holds focus and the keyboard; this dialog waits for the answer.
        trapFocus={asking ? false : props.trapFocus}
        closeOnEscape={asking ? false : props.closeOnEscape}
        closeButtonProps={{ 'aria-label': t('common.close'), ...closeButtonProps }}
      >
        {typeof children === 'function' ? children(requestClose) : children}
      </Modal>
      <DiscardDialog
        opened={asking}
        onKeep={() => setAsking(false)}
        onDiscard={() => {
          setAsking(false);
          onDiscard?.();
          onClose();
        }}
      />
    </>
  );
}
