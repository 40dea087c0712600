/**
 * @jest-environment jsdom
 */
import { join } from 'node:path';
import simulate from 'miniprogram-simulate';
import { WEAPP_DIR, assertBuilt } from './weapp-build';

// WeChat's page and app constructors, reduced to what Taro's compiled pages call.
type PageConfig = Record<string, unknown> & { data?: object };
type Lifecycle = (this: unknown, ...args: unknown[]) => void;
const g = globalThis as Record<string, unknown>;
let app: object | undefined;

function pageAsComponent(config: PageConfig, route: string) {
  const methods: Record<string, Lifecycle> = {};
  for (const [name, value] of Object.entries(config))
    if (typeof value === 'function') methods[name] = value as Lifecycle;
  return {
    data: config.data ?? {},
    methods,
    lifetimes: {
      attached(this: Record<string, unknown>) {
        this.route = route;
        this.__route__ = route;
        methods.onLoad?.call(this, {});
        methods.onShow?.call(this);
      },
      ready(this: unknown) {
        methods.onReady?.call(this);
      },
      detached(this: unknown) {
        methods.onUnload?.call(this);
      },
    },
  };
}

const HOME = 'pages/home/index';
const navigations: string[] = [];

beforeAll(() => {
  assertBuilt();
  g.App = (config: object) => {
    app = config;
    (config as { onLaunch?: Lifecycle }).onLaunch?.call(config, { path: HOME, query: {} });
  };
  g.getApp = () => app;
  g.getCurrentPages = () => [];
  g.Page = (config: PageConfig) => (g.Component as (c: object) => void)(pageAsComponent(config, HOME));
  const wx = g.wx as Record<string, unknown>;
  wx.navigateTo = (options: { url: string; success?: (r: object) => void; complete?: () => void }) => {
    navigations.push(options.url);
    options.success?.({ errMsg: 'navigateTo:ok' });
    options.complete?.();
  };
  // The app bundle (webpack runtime, Taro, React) must run before any page, as in WeChat.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- WeChat loads app.js as a CommonJS script
  require(join(WEAPP_DIR, 'app.js'));
});

describe("the compiled home page in WeChat's simulator", () => {
  it('renders the hotlines and the entries, and tapping 我要求助 opens the help page', async () => {
    const id = simulate.load(join(WEAPP_DIR, HOME), { compiler: 'official', rootPath: WEAPP_DIR });
    const page = simulate.render(id);
    page.attach(document.createElement('parent-wrapper'));
    await simulate.sleep(50);

    const text = page.dom?.textContent ?? '';
    for (const number of ['110', '12338', '12355', '120']) expect(text).toContain(number);
    expect(text).toContain('一键离开');
    expect(text).toContain('我要求助');

    const helpEntry = page.querySelector('.entry-tile--help');
    expect(helpEntry).toBeTruthy();
    helpEntry?.dispatchEvent('tap');
    await simulate.sleep(10);
    expect(navigations).toEqual(['/pages/help/index']);
  });
});
