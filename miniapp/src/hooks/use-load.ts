import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../api';

export interface Loaded<T> {
  data?: T;
  loading: boolean;
  /** A Chinese sentence when loading failed. */
  error?: string;
  reload: () => void;
  /** Shows `data` as the latest answer, e.g. the record an action sent back. */
  update: (data: T) => void;
}

/** Loads once when `key` changes (undefined: nothing to load yet); a failure becomes a sentence and a retry. */
export function useLoad<T>(key: string | undefined, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ data?: T; loading: boolean; error?: string }>({ loading: key !== undefined });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (key === undefined) return;
    let current = true;
    setState((previous) => ({ data: previous.data, loading: true }));
    load().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ loading: false, error: messageOf(error) }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure on every render; `key` says when the answer would differ.
  }, [key, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback((data: T) => setState({ data, loading: false }), []);
  return { ...state, reload, update };
}
