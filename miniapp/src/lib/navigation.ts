import Taro from '@tarojs/taro';
import { ROUTES, type Route } from '../routes';

/** A route with its query string, e.g. `/…/request/index?id=…`. */
export function pageUrl(route: Route, query?: Record<string, string>): string {
  const pairs = Object.entries(query ?? {}).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return pairs.length ? `${route}?${pairs.join('&')}` : route;
}

/** Opens a page by its route constant; when WeChat's page stack is full, replaces the current one. */
export function openPage(route: Route, query?: Record<string, string>): void {
  const url = pageUrl(route, query);
  Taro.navigateTo({ url }).catch(() => Taro.redirectTo({ url }));
}

/** Replaces the current page, so Back does not return to it (after a login, a finished form). */
export function replacePage(route: Route, query?: Record<string, string>): void {
  void Taro.redirectTo({ url: pageUrl(route, query) });
}

/** Home with an empty stack, so Back does not walk through old pages. */
export function backToHome(): void {
  void Taro.reLaunch({ url: ROUTES.home });
}
