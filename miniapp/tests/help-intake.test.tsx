import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import HelpPage from '../src/pages/help/index';
import { clearOutbox } from '../src/lib/help-outbox';
import { savedReceipts } from '../src/lib/saved-receipts';
import { bodyOf, openWith, resetCadre } from './support/cadre';
import { FakeApiServer, unusedOrigin, type RecordedRequest, type Reply } from './support/fake-api-server';
import { regionApi } from './support/region-fixture';

const RECEIPT = { receiptCode: '4821093375126648', status: 'submitted', createdAt: '2026-11-30T03:00:00.000Z' };
const MARKET_EVENT = '6f1c1d52-3b8e-4f6a-9a52-0c1f2e3d4b5a';
const WORDS = '他晚上来我房间，我很害怕';

let server: FakeApiServer;
let origin: string;
/** How POST /api/help-requests answers, turn by turn. */
let submissions: Reply[];

beforeEach(async () => {
  localStorage.clear();
  submissions = [{ status: 201, body: RECEIPT }];
  server = new FakeApiServer((request) => {
    if (request.url.startsWith('/api/regions')) return regionApi(request);
    if (request.url === '/api/help-requests' && request.method === 'POST') {
      return submissions.length > 1 ? submissions.shift()! : submissions[0];
    }
    return { status: 404 };
  });
  origin = await server.start();
  globalThis.HULEI_API_BASE = origin;
});

afterEach(async () => {
  cleanup();
  act(() => clearOutbox());
  jest.restoreAllMocks();
  resetCadre();
  await server.settle();
  await server.stop();
  globalThis.HULEI_API_BASE = '';
});

const tap = async (name: string | RegExp) => fireEvent.click(await screen.findByRole('button', { name }));
const sent = () => server.requests.filter((r) => r.url === '/api/help-requests');
const stored = () => JSON.stringify({ ...localStorage });

async function fillForm() {
  render(<HelpPage />);
  await tap(/身体被侵犯/);
  fireEvent.change(screen.getByPlaceholderText('想说多少就写多少，不会写的字可以用拼音'), { target: { value: WORDS } });
  for (const place of ['湖南省', '怀化市', '沅陵县', '官庄镇', '太平铺村']) await tap(place);
  await screen.findByText('已选择：湖南省 怀化市 沅陵县 官庄镇 太平铺村');
  await tap(/^紧急/);
  await tap('我是孩子');
}

describe('help request form', () => {
  it('has the 110 banner first, and the seven kinds of harm in words a child knows', async () => {
    render(<HelpPage />);
    expect(screen.getByRole('link', { name: /拨打110/ }).textContent).toContain('如果你现在有危险，马上打 110');
    for (const words of [
      '有人碰我身体的隐私部位，或让我不舒服地看/拍隐私部位',
      '家里有人打我、伤害我',
      '被人欺负',
      '有人要把我带走',
      '没有人照顾我',
      '心里很难受',
      '别的事',
    ]) {
      expect(screen.getByText(words)).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: /用户隐私保护指引/ })).toBeTruthy();
    await screen.findByRole('button', { name: '湖南省' });
  });

  it('says what is missing before sending anything', async () => {
    render(<HelpPage />);
    await tap('悄悄发送给妇联');
    expect(screen.getByText('请选一个最接近的情况')).toBeTruthy();
    expect(screen.getByText('请写几句发生了什么')).toBeTruthy();
    expect(screen.getByText('请一级一级选到你住的村（社区）')).toBeTruthy();
    expect(screen.getByText('还有 3 处没有填好，请看上面红色的提示。')).toBeTruthy();
    expect(sent()).toEqual([]);
    await screen.findByRole('button', { name: '湖南省' });
  });

  it('counts the words up to 2,000, and takes a phone number only if it is a mobile number', async () => {
    await fillForm();
    expect(screen.getByText(`${WORDS.length} / 2000 字`)).toBeTruthy();
    expect(screen.getByText(/不填也能求助。填了的话，只有处理这件事的妇联干部能看到/)).toBeTruthy();
    fireEvent.input(screen.getByPlaceholderText('手机号（可以不填）'), { target: { value: '12345' } });
    await tap('悄悄发送给妇联');
    expect(screen.getByText('请填 11 位手机号，或者不填')).toBeTruthy();
    expect(sent()).toEqual([]);
  });

  it('starts from the town of a market QR code and passes the market event on', async () => {
    openWith({ town: '431222114', marketEventId: MARKET_EVENT });
    render(<HelpPage />);
    await tap('太平铺村');
    await tap(/别的事/);
    fireEvent.change(screen.getByPlaceholderText('想说多少就写多少，不会写的字可以用拼音'), {
      target: { value: '想问问' },
    });
    await tap('悄悄发送给妇联');
    await screen.findByText('已经送到妇联了');
    expect(bodyOf(sent()[0])).toEqual({
      category: 'other',
      description: '想问问',
      regionCode: '431222114200',
      urgency: 'normal',
      requesterRole: 'other',
      marketEventId: MARKET_EVENT,
    });
  });
});

describe('reliable submission', () => {
  it('keeps the request encrypted while offline and delivers it once, with one Idempotency-Key, when the network returns', async () => {
    await fillForm();
    // No signal: nothing answers at all.
    globalThis.HULEI_API_BASE = await unusedOrigin();
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await tap('悄悄发送给妇联');
    expect(await screen.findByText('已保存，网络恢复后会自动发送', undefined, { timeout: 8000 })).toBeTruthy();
    expect(await screen.findByText('网络连不上，请检查网络后再试')).toBeTruthy();
    expect(stored()).not.toContain(WORDS);
    expect(stored()).not.toContain(encodeURIComponent(WORDS));

    // The network returns, but the server is busy at first: the request stays and is tried again.
    globalThis.HULEI_API_BASE = origin;
    submissions = [{ status: 503 }, { status: 503 }, { status: 503 }, { status: 201, body: RECEIPT }];
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(sent()).toHaveLength(3), { timeout: 8000 });
    expect(await screen.findByText('已保存，网络恢复后会自动发送')).toBeTruthy();

    // Coming back to the app tries once more, and this time the server takes it.
    act(() => void document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    expect(await screen.findByText('4821 0933 7512 6648')).toBeTruthy();

    const requests: RecordedRequest[] = sent();
    expect(requests).toHaveLength(4);
    const keys = new Set(requests.map((r) => r.headers['idempotency-key']));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    for (const request of requests) {
      expect(bodyOf(request)).toEqual({
        category: 'sexual_abuse',
        description: WORDS,
        regionCode: '431222114200',
        urgency: 'urgent',
        requesterRole: 'child',
      });
      expect(request.headers.authorization).toBeUndefined();
    }

    // Once the code is written down, nothing of the request stays on the phone, and nothing is sent again.
    await tap('我已经记下了');
    act(() => void window.dispatchEvent(new Event('online')));
    expect(stored()).not.toMatch(/outbox/);
    cleanup();
    render(<HelpPage />);
    expect(screen.getByRole('button', { name: '悄悄发送给妇联' })).toBeTruthy();
    expect(sent()).toHaveLength(4);
  });

  it('shows the receipt waiting on the phone when the request went out while the page was closed', async () => {
    await fillForm();
    globalThis.HULEI_API_BASE = await unusedOrigin();
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await tap('悄悄发送给妇联');
    await screen.findByText('已保存，网络恢复后会自动发送', undefined, { timeout: 8000 });
    cleanup();

    // Delivered in the background (the app came back to the foreground on another page).
    globalThis.HULEI_API_BASE = origin;
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(sent()).toHaveLength(1));
    await server.settle();

    render(<HelpPage />);
    expect(await screen.findByText('4821 0933 7512 6648')).toBeTruthy();
  });

  it("gives the form back with the server's sentence when the server refuses what was written", async () => {
    submissions = [
      {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: 'regionCode: 请选到村',
          errors: [{ field: 'regionCode', message: '请选到村（12 位区划代码）' }],
        },
      },
    ];
    await fillForm();
    await tap('悄悄发送给妇联');
    expect(await screen.findByText('没有发送成功：「所在地区」填写有误：请选到村（12 位区划代码）')).toBeTruthy();
    expect((screen.getByPlaceholderText('想说多少就写多少，不会写的字可以用拼音') as HTMLTextAreaElement).value).toBe(
      WORDS,
    );
    expect(stored()).not.toMatch(/outbox/);
  });
});

describe('receipt', () => {
  it('shows the code once, grouped in fours, and keeps it on the phone only when asked (off by default)', async () => {
    await fillForm();
    await tap('悄悄发送给妇联');
    expect(await screen.findByText('4821 0933 7512 6648')).toBeTruthy();
    expect(screen.getByRole('button', { name: '在这部手机上保存回执码' }).textContent).not.toContain('✓');
    expect(screen.getByText(/如果这部手机别人也会用，他们可能看到回执码和妇联的回复，所以默认不保存/)).toBeTruthy();

    await tap('我已经记下了');
    expect(screen.queryByText('4821 0933 7512 6648')).toBeNull();
    expect(screen.getByText(/回执码没有留在这部手机上/)).toBeTruthy();
    expect(savedReceipts()).toEqual([]);
    expect(stored()).not.toContain('4821093375126648');
  });

  it('keeps the code, encrypted, when the requester ticks the box', async () => {
    await fillForm();
    await tap('悄悄发送给妇联');
    await tap('在这部手机上保存回执码');
    expect(screen.getByRole('button', { name: /在这部手机上保存回执码/ }).textContent).toContain('✓');
    await tap('我已经记下了');
    expect(screen.getByText(/回执码已保存在这部手机上/)).toBeTruthy();
    expect(savedReceipts().map((receipt) => receipt.code)).toEqual(['4821093375126648']);
    expect(stored()).not.toContain('4821093375126648');
  });
});
