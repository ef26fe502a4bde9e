/**
 * A dialog's call to main: busy while it runs (so the button can't be pressed twice), and its error,
 * if any, kept for the dialog to show without losing what the user typed.
 */
import { useState } from 'react';
import { errorMessage } from '../app/messages';

export function usePendingCall() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const call = async (action: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, clearError: () => setError(null), call };
}
