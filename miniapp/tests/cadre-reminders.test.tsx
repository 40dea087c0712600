import Taro from '@tarojs/taro';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ApiSchemas } from '@hulei/shared';
import RemindersPage from '../src/packages/cadre/reminders/index';
import { CHAIR, TOWN, bodyOf, resetCadre, signIn, watchNavigation } from './support/cadre';
import { FakeApiServer, type RecordedRequest, type Reply } from './support/fake-api-server';

type Reminder = ApiSchemas['NotificationDto'];

function reminderOf(id: string, extra: Partial<Reminder> = {}): Reminder {
  return {
    id,
    kind: 'new_help_request',
    text: '您有一条新的求助，请及时处理',
    state: 'sent',
    channel: 'sms',
    attempts: 1,
    lastError: null,
    regionCode: '431222114200',
    createdAt: '2026-11-30T01:30:00.000Z',
    sentAt: '2026-11-30T01:30:02.000Z',
    ...extra,
  };
}

const MINE = [
  reminderOf('m1'),
  reminderOf('m2', { kind: 'help_request_escalated', text: '有一条超时求助已转您处理', channel: 'wechat' }),
  reminderOf('m3', { state: 'failed', attempts: 8, lastError: 'rate_limited', sentAt: null }),
];
const FAILED_BELOW = [
  reminderOf('f1', {
    state: 'undeliverable',
    channel: null,
    lastError: 'no_channel',
    sentAt: null,
    accountName: '太平铺村妇联主席',
  }),
];

let server: FakeApiServer;
let subscribe: (request: RecordedRequest) => Reply;

beforeEach(async () => {
  subscribe = (request) => ({
    status: 200,
    body: { oneTimeRemaining: 2 + Number(bodyOf(request).accepted), longTerm: false },
  });
  server = new FakeApiServer((request) => {
    const { pathname } = new URL(request.url, 'http://api');
    if (pathname === '/api/regions/431222114200')
      return { status: 200, body: { code: '431222114200', name: '太平铺村' } };
    if (pathname === '/api/notifications/mine') return { status: 200, body: { items: MINE, total: MINE.length } };
    if (pathname === '/api/notifications/failures') return { status: 200, body: FAILED_BELOW };
    if (pathname === '/api/notifications/subscription') return subscribe(request);
    return { status: 404 };
  });
  globalThis.HULEI_API_BASE = await server.start();
  watchNavigation();
});

afterEach(async () => {
  cleanup();
  jest.restoreAllMocks();
  resetCadre();
  globalThis.HULEI_WECHAT_TEMPLATE_ID = '';
  await server.settle();
  await server.stop();
  globalThis.HULEI_API_BASE = '';
});

const paths = () => server.requests.map((r) => r.url.split('?')[0]);

describe('提醒 in the browser', () => {
  it('shows a village chair her reminders and how each was delivered, and says they come by SMS', async () => {
    signIn(CHAIR);
    render(<RemindersPage />);
    expect(await screen.findByText('有一条超时求助已转您处理')).toBeTruthy();
    expect(screen.getAllByText('您有一条新的求助，请及时处理')).toHaveLength(2);
    expect(screen.getByText('已发送（微信）')).toBeTruthy();
    expect(screen.getByText('已发送（短信）')).toBeTruthy();
    expect(screen.getByText('没有送达（试了 8 次）')).toBeTruthy();
    expect(screen.getByText('新求助和超时提醒会通过短信发到您登记的手机号。')).toBeTruthy();
    expect(screen.queryByText('接收新求助提醒')).toBeNull();
    // A village has nobody below: the failures list is neither shown nor asked for.
    expect(screen.queryByText('下级没有收到的提醒')).toBeNull();
    expect(paths()).not.toContain('/api/notifications/failures');
  });

  it('tells the town which cadres below were not reached, to phone them', async () => {
    signIn(TOWN);
    render(<RemindersPage />);
    expect(await screen.findByText('以下干部没有收到提醒，请电话联系')).toBeTruthy();
    expect(await screen.findByText('太平铺村妇联主席 · 太平铺村')).toBeTruthy();
    expect(screen.getByText(/无法送达：没有可用的提醒方式/)).toBeTruthy();
  });
});

describe('提醒 inside WeChat', () => {
  const tapOptIn = async () => fireEvent.click(await screen.findByText('接收新求助提醒'));
  const subscriptions = () => server.requests.filter((r) => r.url === '/api/notifications/subscription');

  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
    globalThis.HULEI_WECHAT_TEMPLATE_ID = 'tmpl-new-request';
    signIn(CHAIR);
  });

  it('asks WeChat for the reminder template, then tells the server how many she accepted', async () => {
    const ask = jest.fn(async () => ({ errMsg: 'requestSubscribeMessage:ok', 'tmpl-new-request': 'accept' }));
    Object.assign(Taro, { requestSubscribeMessage: ask });
    render(<RemindersPage />);
    await tapOptIn();
    expect(await screen.findByText('已开启：有新求助时微信会提醒您（还可以提醒 3 次）')).toBeTruthy();
    expect(ask).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: ['tmpl-new-request'] }));
    expect(subscriptions().map(bodyOf)).toEqual([{ accepted: 1 }]);
  });

  it('records a refusal too, and says reminders will come by SMS', async () => {
    Object.assign(Taro, {
      requestSubscribeMessage: jest.fn(async () => ({
        errMsg: 'requestSubscribeMessage:ok',
        'tmpl-new-request': 'reject',
      })),
    });
    render(<RemindersPage />);
    await tapOptIn();
    expect(await screen.findByText('您没有同意接收微信提醒，提醒会通过短信发到您的手机。')).toBeTruthy();
    expect(subscriptions().map(bodyOf)).toEqual([{ accepted: 0 }]);
  });

  it('explains how to switch messages back on when she has turned them all off', async () => {
    Object.assign(Taro, {
      requestSubscribeMessage: jest.fn(async () => {
        throw { errMsg: 'requestSubscribeMessage:fail', errCode: 20004 };
      }),
    });
    render(<RemindersPage />);
    await tapOptIn();
    expect(await screen.findByText(/您关闭了护蕾的消息提醒：请点右上角“…”→“设置”/)).toBeTruthy();
    await waitFor(() => expect(paths()).toContain('/api/notifications/mine'));
    expect(subscriptions()).toEqual([]);
  });
});
