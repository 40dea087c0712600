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
const HELP = 'pages/help/index';
const navigations: string[] = [];
/** The route of the page being loaded: Taro reads it from the page instance. */
let loading = HOME;

beforeAll(() => {
  assertBuilt();
  g.App = (config: object) => {
    app = config;
    (config as { onLaunch?: Lifecycle }).onLaunch?.call(config, { path: HOME, query: {} });
  };
  g.getApp = () => app;
  g.getCurrentPages = () => [];
  g.Page = (config: PageConfig) => (g.Component as (c: object) => void)(pageAsComponent(config, loading));
  const wx = g.wx as Record<string, unknown>;
  // The simulator's wx.request answers {} to everything; this phone has no signal instead.
  wx.request = (options: { fail?: (r: object) => void; complete?: () => void }) => {
    setTimeout(() => {
      options.fail?.({ errMsg: 'request:fail -106:net::ERR_INTERNET_DISCONNECTED' });
      options.complete?.();
    }, 0);
    return { abort: () => undefined, onHeadersReceived: () => undefined, offHeadersReceived: () => undefined };
  };
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

/** The page's text once it contains `words` (the simulator renders asynchronously, slower on a busy machine). */
async function shown(page: ReturnType<typeof simulate.render>, words: string): Promise<string> {
  for (let waited = 0; waited < 15000 && !page.dom?.textContent?.includes(words); waited += 50)
    await simulate.sleep(50);
  const text = page.dom?.textContent ?? '';
  expect(text).toContain(words);
  return text;
}

describe("the compiled help page in WeChat's simulator", () => {
  it('renders the whole form, down to the deepest text, under the 110 banner', async () => {
    loading = HELP;
    const id = simulate.load(join(WEAPP_DIR, HELP), { compiler: 'official', rootPath: WEAPP_DIR });
    const page = simulate.render(id);
    page.attach(document.createElement('parent-wrapper'));
    await simulate.sleep(50);

    // The region list gives up after the request wrapper's retries.
    const text = await shown(page, '网络连不上，请检查网络后再试');
    expect(text).toContain('如果你现在有危险，马上打 110');
    // Each choice's explanation sits seven levels deep: past the templates, Taro's `comp` renders it.
    expect(text).toContain('有人碰我身体的隐私部位，或让我不舒服地看/拍隐私部位');
    for (const words of ['用你自己的话说一说', '你住在哪里？请选到村', '紧急', '我是孩子', '留个电话（可以不填）'])
      expect(text).toContain(words);
    expect(text).toContain('悄悄发送给妇联');

    // No server here: the region list says so and offers a retry; the form still checks itself.
    page.querySelector('.choice')?.dispatchEvent('tap');
    await shown(page, '✓ 身体被侵犯');
    page.querySelector('.intake__submit')?.dispatchEvent('tap');
    expect(await shown(page, '还有 2 处没有填好')).toContain('请写几句发生了什么');
  });
});
