import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import MyRequestsPage from '../src/packages/my-requests/index';
import { saveReceipt } from '../src/lib/saved-receipts';
import { bodyOf, error } from './support/cadre';
import { FakeApiServer, type RecordedRequest } from './support/fake-api-server';

const CODE = '4821093375126648';

let server: FakeApiServer;
let messages: { from: 'requester' | 'cadre'; body: string; createdAt: string }[];

beforeEach(async () => {
  localStorage.clear();
  messages = [
    {
      from: 'cadre',
      body: '我是太平铺村妇联的李阿姨，明天放学后我去学校找你。',
      createdAt: '2026-11-30T05:00:00.000Z',
    },
  ];
  server = new FakeApiServer((request: RecordedRequest) => {
    const body = bodyOf(request);
    if (body.receiptCode !== CODE) return error(404, 'NOT_FOUND', '没有找到这个回执码，请检查是否输错');
    if (request.url === '/api/help-requests/lookup')
      return {
        status: 200,
        body: { status: 'acknowledged', category: 'bullying', createdAt: '2026-11-30T03:00:00.000Z', messages },
      };
    if (request.url === '/api/help-requests/lookup/messages') {
      messages = [...messages, { from: 'requester', body: String(body.body), createdAt: '2026-11-30T06:00:00.000Z' }];
      return { status: 201 };
    }
    return { status: 404 };
  });
  globalThis.HULEI_API_BASE = await server.start();
});

afterEach(async () => {
  cleanup();
  await server.settle();
  await server.stop();
  globalThis.HULEI_API_BASE = '';
});

const tap = async (name: string | RegExp) => fireEvent.click(await screen.findByRole('button', { name }));
const typeCode = (value: string) => fireEvent.input(screen.getByPlaceholderText('16 位回执码'), { target: { value } });

describe('my requests', () => {
  it('shows the status and the federation’s reply for a receipt code, and lets the requester write back', async () => {
    render(<MyRequestsPage />);
    typeCode(CODE);
    await tap('查看');
    expect(await screen.findByText('已受理')).toBeTruthy();
    expect(screen.getByText(/被人欺负/)).toBeTruthy();
    expect(screen.getByText('我是太平铺村妇联的李阿姨，明天放学后我去学校找你。')).toBeTruthy();

    fireEvent.change(screen.getByPlaceholderText('写给妇联的话'), { target: { value: '好的，谢谢阿姨' } });
    await tap('发送');
    // The message shows in the conversation, and the box is empty again.
    expect(await screen.findByText('好的，谢谢阿姨', { selector: 'div' })).toBeTruthy();
    expect((screen.getByPlaceholderText('写给妇联的话') as HTMLTextAreaElement).value).toBe('');
    expect(server.requests.map((r) => [r.url, bodyOf(r)])).toEqual([
      ['/api/help-requests/lookup', { receiptCode: CODE }],
      ['/api/help-requests/lookup/messages', { receiptCode: CODE, body: '好的，谢谢阿姨' }],
      ['/api/help-requests/lookup', { receiptCode: CODE }],
    ]);

    await tap('看完了，离开');
    expect(screen.queryByText('好的，谢谢阿姨')).toBeNull();
    expect((screen.getByPlaceholderText('16 位回执码') as HTMLInputElement).value).toBe('');
  });

  it('checks the shape of the code, and shows the server’s sentence for an unknown one', async () => {
    render(<MyRequestsPage />);
    typeCode('12345');
    await tap('查看');
    expect(screen.getByText('回执码是 16 位数字，请检查一下')).toBeTruthy();
    expect(server.requests).toEqual([]);

    typeCode('1111222233334444');
    await tap('查看');
    expect(await screen.findByText('没有找到这个回执码，请检查是否输错')).toBeTruthy();
  });

  it('offers codes saved on this phone by their last four digits, and forgets one on request', async () => {
    saveReceipt(CODE);
    render(<MyRequestsPage />);
    expect(screen.getByText(/尾号 6648/)).toBeTruthy();
    expect(screen.queryByText(new RegExp(CODE))).toBeNull();

    await tap('从手机上删除');
    expect(screen.queryByText(/尾号 6648/)).toBeNull();
    expect(JSON.stringify({ ...localStorage })).not.toMatch(/receipts/);

    saveReceipt(CODE);
    cleanup();
    render(<MyRequestsPage />);
    fireEvent.click(screen.getAllByRole('button', { name: '查看' })[1]);
    await waitFor(() => expect(screen.getByText('已受理')).toBeTruthy());
  });
});
