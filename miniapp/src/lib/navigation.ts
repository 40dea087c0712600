import Taro from '@tarojs/taro';
import { ROUTES, type Route } from '../routes';

/** Opens a page by its route constant; when WeChat's page stack is full, replaces the current one. */
export function openPage(route: Route): void {
  Taro.navigateTo({ url: route }).catch(() => Taro.redirectTo({ url: route }));
}

/** Home with an empty stack, so Back does not walk through old pages. */
export function backToHome(): void {
  void Taro.reLaunch({ url: ROUTES.home });
}
