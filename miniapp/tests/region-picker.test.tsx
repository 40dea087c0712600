import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { RegionPicker, type RegionChoice } from '../src/components/region-picker';
import { FakeApiServer } from './support/fake-api-server';
import { regionApi } from './support/region-fixture';

let server: FakeApiServer;

beforeEach(async () => {
  localStorage.clear();
  server = new FakeApiServer(regionApi);
  globalThis.HULEI_API_BASE = await server.start();
});
afterEach(async () => {
  cleanup();
  await server.settle();
  await server.stop();
  globalThis.HULEI_API_BASE = '';
});

async function tap(name: string | RegExp) {
  fireEvent.click(await screen.findByRole('button', { name }));
}

async function pickDownTo(...names: string[]) {
  for (const name of names) await tap(name);
}

describe('region picker', () => {
  it('walks province → city → county → town → village, one list per level', async () => {
    const choices: (RegionChoice | undefined)[] = [];
    render(<RegionPicker onChange={(choice) => choices.push(choice)} />);
    expect(screen.getByText('正在加载…')).toBeTruthy();
    expect(await screen.findByText('请选择省')).toBeTruthy();

    await tap('湖南省');
    expect(await screen.findByText('请选择市')).toBeTruthy();
    await pickDownTo('怀化市', '沅陵县', '官庄镇', '太平铺村');

    expect(await screen.findByText('已选择：湖南省 怀化市 沅陵县 官庄镇 太平铺村')).toBeTruthy();
    const last = choices[choices.length - 1];
    expect(last?.region.code).toBe('431222114200');
    expect(last?.complete).toBe(true);
  });

  it('goes back to a level when its name is tapped in the chosen trail', async () => {
    render(<RegionPicker />);
    await pickDownTo('湖南省', '怀化市', '沅陵县');
    expect(await screen.findByText('请选择乡镇')).toBeTruthy();
    await tap('怀化市 ✕');
    expect(await screen.findByText('请选择市')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '沅陵县 ✕' })).toBeNull();
  });

  it('finds a village by name inside what is already chosen and fills every level', async () => {
    render(<RegionPicker />);
    await pickDownTo('湖南省', '怀化市');
    fireEvent.input(screen.getByPlaceholderText('在怀化市里找，如：太平铺'), { target: { value: '太平铺' } });
    await tap('搜索');

    const result = await screen.findByRole('button', { name: /太平铺村\s*湖南省 怀化市 沅陵县 官庄镇/ });
    expect(server.requests.some((r) => r.url.includes('under=4312'))).toBe(true);
    fireEvent.click(result);
    expect(await screen.findByText('已选择：湖南省 怀化市 沅陵县 官庄镇 太平铺村')).toBeTruthy();
  });

  it('says so when a search finds nothing', async () => {
    render(<RegionPicker />);
    fireEvent.input(await screen.findByPlaceholderText('输入村或乡镇的名字，如：官庄'), {
      target: { value: '不存在' },
    });
    await tap('搜索');
    expect(await screen.findByText('没有找到“不存在”，换个字试试，或在下面一级一级选。')).toBeTruthy();
  });

  it('shows a Chinese error with a retry button when the server stays busy', async () => {
    const regions = server.handler;
    server.handler = () => ({ status: 503 });
    render(<RegionPicker />);
    expect(await screen.findByText('服务器正忙，请稍后再试', undefined, { timeout: 8000 })).toBeTruthy();

    server.handler = regions;
    await tap('重试');
    expect(await screen.findByRole('button', { name: '湖南省' })).toBeTruthy();
    expect(screen.queryByText('服务器正忙，请稍后再试')).toBeNull();
  });

  it('remembers nothing unless the box is ticked, and forgets when it is unticked', async () => {
    const first = render(<RegionPicker />);
    expect(screen.getByText('手机可能是家里人共用的，不勾选就不会在手机上留下记录。')).toBeTruthy();
    await pickDownTo('湖南省', '怀化市', '沅陵县', '官庄镇', '太平铺村');
    await screen.findByText(/^已选择：/);
    expect(localStorage.length).toBe(0);

    await tap(/记住我选的地方/);
    expect(localStorage.length).toBe(1);
    first.unmount();

    // The next person to open the page on this phone sees the remembered village.
    render(<RegionPicker />);
    expect(await screen.findByText('已选择：湖南省 怀化市 沅陵县 官庄镇 太平铺村')).toBeTruthy();
    await tap(/记住我选的地方/);
    expect(localStorage.length).toBe(0);
    await act(async () => undefined);
  });

  it('starts from the town of a market QR code and offers its villages', async () => {
    const choices: (RegionChoice | undefined)[] = [];
    render(<RegionPicker initialCode="431222114" onChange={(choice) => choices.push(choice)} />);
    expect(await screen.findByText('请选择村')).toBeTruthy();
    expect(screen.getByRole('button', { name: '官庄镇 ✕' })).toBeTruthy();
    await tap('太平铺村');
    expect(await screen.findByText('已选择：湖南省 怀化市 沅陵县 官庄镇 太平铺村')).toBeTruthy();
    expect(choices[choices.length - 1]?.complete).toBe(true);
  });

  it("stays inside an administrator's county and stops at the level asked for", async () => {
    const choices: (RegionChoice | undefined)[] = [];
    render(
      <RegionPicker
        rootCode="431222"
        deepest="town"
        rememberable={false}
        onChange={(choice) => choices.push(choice)}
      />,
    );
    expect(await screen.findByText('请选择乡镇')).toBeTruthy();
    // Her own region and its ancestors are shown, but cannot be undone.
    expect(screen.getByText('沅陵县')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /沅陵县/ })).toBeNull();
    expect(screen.queryByText(/记住我选的地方/)).toBeNull();

    await tap('官庄镇');
    expect(await screen.findByText('已选择：湖南省 怀化市 沅陵县 官庄镇')).toBeTruthy();
    expect(screen.queryByText('请选择村')).toBeNull();
    expect(choices[choices.length - 1]).toMatchObject({ complete: true, region: { code: '431222114' } });

    await tap('重新选择');
    expect(await screen.findByText('请选择乡镇')).toBeTruthy();
    expect(screen.getByText('沅陵县')).toBeTruthy();
  });
});
