import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import HelpPage from '../src/pages/help/index';
import {
  LEFT_FLAG,
  NEUTRAL_PAGE,
  guardAgainstReturnAfterQuickExit,
  leaveToNeutralPage,
  quickExit,
} from '../src/lib/quick-exit';
import { ROUTES } from '../src/routes';
import { unusedOrigin } from './support/fake-api-server';

/** A browser window whose navigation we can watch (jsdom cannot navigate). */
function fakeWindow(navigationType: NavigationTimingType = 'navigate') {
  const storage = new Map<string, string>();
  const listeners: Record<string, ((event: Event) => void)[]> = {};
  const replaced: string[] = [];
  const win = {
    location: { replace: (url: string) => void replaced.push(url) },
    sessionStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
      removeItem: (key: string) => void storage.delete(key),
    },
    performance: { getEntriesByType: () => [{ type: navigationType }] },
    addEventListener: (type: string, listener: (event: Event) => void) => {
      (listeners[type] ??= []).push(listener);
    },
  };
  const fire = (type: string, event: object) => listeners[type]?.forEach((listener) => listener(event as Event));
  return { win: win as unknown as Window, storage, replaced, fire };
}

// The help page's region picker loads at once; point it at a closed local port, not at port 80.
beforeAll(async () => {
  globalThis.HULEI_API_BASE = await unusedOrigin();
});
afterAll(() => {
  globalThis.HULEI_API_BASE = '';
});

afterEach(() => {
  jest.restoreAllMocks();
  process.env.TARO_ENV = 'h5';
  sessionStorage.clear();
});

describe('quick exit in the browser', () => {
  it('replaces the current page with the neutral page and marks the tab', () => {
    const { win, replaced, storage } = fakeWindow();
    leaveToNeutralPage(win);
    expect(replaced).toEqual([NEUTRAL_PAGE]);
    expect(storage.get(LEFT_FLAG)).toBe('1');
  });

  it('hides an app page reached by Back after leaving', () => {
    const { win, replaced, storage } = fakeWindow('back_forward');
    storage.set(LEFT_FLAG, '1');
    guardAgainstReturnAfterQuickExit(win);
    expect(replaced).toEqual([NEUTRAL_PAGE]);
  });

  it('hides an app page restored from the back-forward cache after leaving', () => {
    const { win, replaced, storage, fire } = fakeWindow('navigate');
    guardAgainstReturnAfterQuickExit(win);
    storage.set(LEFT_FLAG, '1');
    fire('pageshow', { persisted: true });
    expect(replaced).toEqual([NEUTRAL_PAGE]);
  });

  it('lets the app open normally when someone comes back on purpose', () => {
    const { win, replaced, storage } = fakeWindow('navigate');
    storage.set(LEFT_FLAG, '1');
    guardAgainstReturnAfterQuickExit(win);
    expect(replaced).toEqual([]);
    expect(storage.has(LEFT_FLAG)).toBe(false);
  });

  it('is one tap away on the help page, and marks the tab when tapped', () => {
    // jsdom cannot leave the page; it reports that on the console instead of navigating.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<HelpPage />);
    expect(screen.getByText('如果你现在有危险，马上打 110')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '一键离开' }));
    expect(sessionStorage.getItem(LEFT_FLAG)).toBe('1');
  });
});

describe('quick exit in WeChat', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });

  it('closes the mini-program', async () => {
    const exit = jest.fn().mockResolvedValue({ errMsg: 'exitMiniProgram:ok' });
    Object.assign(Taro, { exitMiniProgram: exit });
    await quickExit();
    expect(exit).toHaveBeenCalledTimes(1);
  });

  it('falls back to a fresh home page when WeChat refuses to close', async () => {
    Object.assign(Taro, { exitMiniProgram: jest.fn().mockRejectedValue({ errMsg: 'exitMiniProgram:fail' }) });
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' });
    await quickExit();
    expect(reLaunch).toHaveBeenCalledWith({ url: ROUTES.home });
  });
});
