import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ci from 'miniprogram-ci';
import { WEAPP_DIR, allPages, assertBuilt, readAppJson, throwawayPrivateKey } from './weapp-build';

// A child opening the help form from a QR code on weak 4G downloads only this (bench:size target).
const MAIN_PACKAGE_LIMIT = 340 * 1024;

let project: InstanceType<typeof ci.Project>;

beforeAll(() => {
  assertBuilt();
  // The tools ask a WeChat host for a file-type list; send that to a closed local port instead.
  ci.proxy('http://127.0.0.1:9');
  project = new ci.Project({
    appid: 'touristappid',
    type: 'miniProgram',
    projectPath: WEAPP_DIR,
    privateKeyPath: throwawayPrivateKey(),
    ignores: ['node_modules/**/*'],
  });
  // Offline, the project's attributes (normally fetched for the appid) come from the tool's defaults.
  Object.assign(project, {
    attr: async () => (await import('miniprogram-ci/dist/config/config')).DefaultProjectAttr,
  });
});

describe('the WeChat build, checked by WeChat tools', () => {
  it("is accepted by WeChat's compiler, page by page", async () => {
    const compiled = await ci.getCompiledResult({ project, version: '0.0.0', setting: { es6: false, minify: true } });
    const missing = allPages(readAppJson()).filter((page) => !compiled[`${page}.js`] || !compiled[`${page}.wxml`]);
    expect(missing).toEqual([]);
  });

  it('passes every code-quality check (size, minification, lazy code loading, unused code)', async () => {
    const checks = await ci.checkCodeQuality(project);
    expect(checks).toHaveLength(11);
    const failed = checks.filter((check) => !check.success).map((check) => `${check.name}: ${check.text}`);
    expect(failed).toEqual([]);
  });

  it('keeps the main package under 340 KB, with the cadre pages and their session code outside it', async () => {
    const analysis = await ci.analyseCode(project, { silent: true });
    const files = (analysis?.files ?? []) as { path: string; size: number; subPackage: string | null }[];
    const mainFiles = files.filter((file) => !file.subPackage);
    const main = mainFiles.reduce((sum, file) => sum + file.size, 0);
    expect(main).toBeGreaterThan(0);
    expect(main).toBeLessThanOrEqual(MAIN_PACKAGE_LIMIT);

    const app = readAppJson();
    expect(app.pages).toEqual(['pages/home/index', 'pages/help/index']);
    const cadre = app.subPackages?.find((subPackage) => subPackage.root === 'packages/cadre');
    expect(cadre?.pages).toEqual(expect.arrayContaining(['index', 'login/index', 'inbox/index', 'request/index']));
    // Login, token refresh and the inbox are never downloaded by a child opening the help form.
    const mainCode = mainFiles
      .filter((file) => file.path.endsWith('.js'))
      .map((file) => readFileSync(join(WEAPP_DIR, file.path), 'utf8'))
      .join('\n');
    for (const cadreOnly of ['/api/auth/refresh', '/api/auth/wechat-login', '/api/cadre/help-requests', '妇联干部登录'])
      expect(mainCode).not.toContain(cadreOnly);
    expect(mainCode).toContain('/api/help-requests');
  });
});
