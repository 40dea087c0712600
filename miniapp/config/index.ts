import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

// Taro only compiles TypeScript outside src/ when told to: the workspace's shared package is source.
const sharedSource = path.resolve(__dirname, '../../shared');

/** The server origin the WeChat build talks to; the H5 build is served by the server itself. */
function apiBase(taroEnv: string | undefined): string {
  if (taroEnv === 'h5') return '';
  const fromEnv = (process.env.HULEI_API_BASE ?? '').trim();
  // Paths in the generated API types start with /api, so the base is only the origin.
  return (fromEnv || 'http://127.0.0.1:3000').replace(/\/+$/, '').replace(/\/api$/, '');
}

export default defineConfig<'webpack5'>(async (merge) => {
  const taroEnv = process.env.TARO_ENV;
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'hulei',
    date: '2026-11-30',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${taroEnv}`,
    plugins: [],
    defineConstants: {
      HULEI_API_BASE: JSON.stringify(apiBase(taroEnv)),
      // The WeChat subscribe-message template of cadre reminders (公众平台 → 订阅消息); none in H5.
      HULEI_WECHAT_TEMPLATE_ID: JSON.stringify(
        taroEnv === 'h5' ? '' : (process.env.HULEI_WECHAT_TEMPLATE_ID ?? '').trim(),
      ),
    },
    copy: {
      // The neutral page quick exit lands on must be a plain file: it never loads the app.
      patterns: taroEnv === 'h5' ? [{ from: 'h5-static/', to: 'dist/h5/' }] : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    // The WeChat main package must stay ≤ 340 KB (bench:size). Chinese as UTF-8 (3 bytes a character), not
    // \uXXXX escapes (6); and 8 levels of WXML templates instead of 16 (base.wxml 63 → 41 KB): our pages nest
    // about 7 deep, anything deeper still renders, through Taro's recursive `comp` component.
    ...(taroEnv === 'h5' ? {} : { terser: { enable: true, config: { output: { ascii_only: false } } } }),
    baseLevel: 8,
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    mini: {
      optimizeMainPackage: { enable: true },
      compile: { include: [sharedSource] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      // Plain React components instead of Web Components: less first-load JS on weak 4G.
      useHtmlComponents: true,
      router: { mode: 'browser' },
      compile: { include: [sharedSource] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        // webpack's generic 244 KiB warning says nothing useful: bench:size tracks the real budget.
        chain.performance.hints(false);
      },
    },
  };
  return merge({}, baseConfig);
});
