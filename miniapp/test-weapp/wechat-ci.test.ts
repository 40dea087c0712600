import * as ci from 'miniprogram-ci';
import { WEAPP_DIR, allPages, assertBuilt, readAppJson, throwawayPrivateKey } from './weapp-build';

const MAIN_PACKAGE_LIMIT = 450 * 1024;

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

  it('keeps the main package under 450 KB', async () => {
    const analysis = await ci.analyseCode(project, { silent: true });
    const files = (analysis?.files ?? []) as { path: string; size: number; subPackage: string | null }[];
    const main = files.filter((file) => !file.subPackage).reduce((sum, file) => sum + file.size, 0);
    expect(main).toBeGreaterThan(0);
    expect(main).toBeLessThanOrEqual(MAIN_PACKAGE_LIMIT);
  });
});
