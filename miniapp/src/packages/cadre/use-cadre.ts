import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, messageOf } from '../../api';
import { replacePage } from '../../lib/navigation';
import { ROUTES } from '../../routes';
import { cadreSession } from './session';

/**
 * The signed-in cadre, or undefined while the page sends her elsewhere: to the login page without a
 * session, to TOTP enrolment while the server allows nothing else.
 */
export function useCadre() {
  const [session] = useState(cadreSession);
  const ready = Boolean(session && !session.totpEnrolmentRequired);
  useEffect(() => {
    if (!session) replacePage(ROUTES.cadreLogin);
    else if (session.totpEnrolmentRequired) replacePage(ROUTES.cadreTotp);
  }, [session]);
  return ready ? session?.user : undefined;
}

export interface Remote<T> {
  data?: T;
  loading: boolean;
  error?: string;
  reload: () => Promise<void>;
  /** Replaces the data after an action answered with the new state. */
  update: (data: T) => void;
}

/** Loads data for a page: loading and error states, the latest answer only, reload on demand. */
export function useRemote<T>(load: (() => Promise<T>) | undefined, deps: readonly unknown[]): Remote<T> {
  const [state, setState] = useState<{ data?: T; loading: boolean; error?: string }>({ loading: Boolean(load) });
  const latest = useRef(0);
  // The caller names what the load depends on, as with useEffect.
  const reload = useCallback(async () => {
    if (!load) return;
    const request = ++latest.current;
    setState((previous) => ({ data: previous.data, loading: true }));
    try {
      const data = await load();
      if (request === latest.current) setState({ data, loading: false });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'TOTP_ENROLMENT_REQUIRED') replacePage(ROUTES.cadreTotp);
      if (request === latest.current)
        setState((previous) => ({ ...previous, loading: false, error: messageOf(error) }));
    }
  }, deps);
  useEffect(() => {
    void reload();
  }, [reload]);
  const update = useCallback((data: T) => setState({ data, loading: false }), []);
  return { ...state, reload, update };
}

/** The sentence to show for a failure: the server's, or ours (e.g. WeChat refused wx.login). */
export function reasonOf(failure: unknown): string {
  if (failure instanceof ApiError) return failure.message;
  if (failure instanceof Error && /[\u4e00-\u9fff]/.test(failure.message)) return failure.message;
  return messageOf(failure);
}

/** Runs an action (受理, 停用…): busy while it runs, the server's message when it fails (then undefined). */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await action();
    } catch (failure) {
      setError(reasonOf(failure));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}

/** Reloads when the page shows again (back from a request's detail), not on its first show. */
export function useReloadOnReturn(reload: () => Promise<void>): void {
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });
}
