import Taro from '@tarojs/taro';
import { ROUTES } from '../routes';

// 一键离开: a child being watched must be able to hide the app in one tap, with no way Back.

/** A bland static page of the H5 build that never mentions the app (see h5-static/). */
export const NEUTRAL_PAGE = '/recipes.html';
/** Set when someone left; any app page shown again through Back or the page cache hides itself. */
export const LEFT_FLAG = 'recipes.seen';

type BrowserWindow = Pick<Window, 'location' | 'sessionStorage' | 'addEventListener' | 'performance'>;

/** Browser: swap the current history entry for the neutral page and mark the tab. */
export function leaveToNeutralPage(win: BrowserWindow): void {
  try {
    win.sessionStorage.setItem(LEFT_FLAG, '1');
  } catch {
    // Private modes may refuse storage; replacing the page still hides it.
  }
  win.location.replace(NEUTRAL_PAGE);
}

function hasLeft(win: BrowserWindow): boolean {
  try {
    return win.sessionStorage.getItem(LEFT_FLAG) === '1';
  } catch {
    return false;
  }
}

function arrivedByBackOrForward(win: BrowserWindow): boolean {
  const [entry] = win.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type === 'back_forward';
}

/**
 * Runs when the H5 app starts. After a quick exit, an app page reached by Back (a fresh load or a
 * page restored from the back-forward cache) replaces itself with the neutral page at once. Opening
 * the app anew (typing the address, a link) clears the mark.
 */
export function guardAgainstReturnAfterQuickExit(win: BrowserWindow): void {
  if (hasLeft(win)) {
    if (arrivedByBackOrForward(win)) {
      win.location.replace(NEUTRAL_PAGE);
      return;
    }
    try {
      win.sessionStorage.removeItem(LEFT_FLAG);
    } catch {
      // Nothing to clear.
    }
  }
  win.addEventListener('pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted && hasLeft(win)) win.location.replace(NEUTRAL_PAGE);
  });
  // A same-document Back (the router's history) after leaving cannot happen: the document is gone.
}

/** One tap, out of the app: closes the mini-program, or replaces the web page. */
export async function quickExit(): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    leaveToNeutralPage(window);
    return;
  }
  try {
    await Taro.exitMiniProgram();
  } catch {
    // Older WeChat may refuse; at least drop every page from the stack and show the plain home.
    await Taro.reLaunch({ url: ROUTES.home });
  }
}
