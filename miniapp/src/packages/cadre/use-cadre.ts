import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLoad, type Loaded } from '../../hooks/use-load';
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

/** useLoad for cadre pages: a session that must first enrol TOTP is sent to the enrolment page. */
export function useCadreLoad<T>(key: string | undefined, load: () => Promise<T>): Loaded<T> {
  return useLoad(key, () =>
    load().catch((error: unknown) => {
      if (error instanceof ApiError && error.code === 'TOTP_ENROLMENT_REQUIRED') replacePage(ROUTES.cadreTotp);
      throw error;
    }),
  );
}

/** useCadreLoad with React-style dependencies instead of a key (the screening and care pages use it). */
export function useRemote<T>(load: (() => Promise<T>) | undefined, deps: readonly unknown[]): Loaded<T> {
  return useCadreLoad(load && JSON.stringify(deps), () => load!());
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
export function useReloadOnReturn(reload: () => void): void {
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) reload();
    shown.current = true;
  });
}
