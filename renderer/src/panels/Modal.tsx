/**
 * A modal built on the native <dialog>: the browser traps focus, Escape cancels, and the rest of the
 * window is inert while it is open.
 */
import { type ReactNode, useEffect, useId, useRef } from 'react';

interface ModalProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  testId?: string;
}

export function Modal({ title, onClose, children, footer, wide, testId }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const cancel = (event: Event) => {
      // Closing is the parent's decision (it unmounts us), so the dialog stays in sync with React state.
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`modal${wide ? ' modal-wide' : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <header className="modal-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="modal-body">{children}</div>
      {footer ? <footer className="modal-footer">{footer}</footer> : null}
    </dialog>
  );
}

export function InlineError({ message, onDismiss }: { message: string | null; onDismiss(): void }) {
  if (!message) return null;
  return (
    <div className="inline-error" role="alert">
      <span className="inline-error-text">{message}</span>
      <button type="button" className="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

/**
 * The usual footer: optional extra actions on the left, then Cancel and the dialog's own action
 * (the children) on the right.
 */
export function CancelAndAction({
  onCancel,
  leading,
  children,
}: {
  onCancel(): void;
  leading?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      {leading}
      <span className="spacer" />
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      {children}
    </>
  );
}
