import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { RegionSummary } from '../src/api/regions';
import LessonPage from '../src/packages/learn/lesson/index';
import { rememberTrail } from '../src/lib/region-memory';
import { bodyOf, error, openWith, watchNavigation } from './support/cadre';
import { FakeApiServer, type Reply } from './support/fake-api-server';

const LESSON_ID = '3d6f0b1e-8a2c-4c1e-9b7a-2f4e6d8c0a11';
const MARKET_EVENT = '6f1c1d52-3b8e-4f6a-9a52-0c1f2e3d4b5a';
const LESSON = {
  id: LESSON_ID,
  kind: 'article',
  audience: 'parent',
  title: '孩子被欺负了，家长怎么办',
  summary: '先听孩子说完，再一起想办法。',
  coverUrl: null,
  videoUrl: null,
  ownerRegionCode: null,
  publishedAt: '2026-11-01T00:00:00.000Z',
  bodyHtml: '<p>先听孩子说完。</p>',
};
const TRAIL: RegionSummary[] = [
  { code: '43', name: '湖南省', level: 'province' },
  { code: '4312', name: '怀化市', level: 'city' },
  { code: '431222', name: '沅陵县', level: 'county' },
  { code: '431222114', name: '官庄镇', level: 'town' },
  { code: '431222114200', name: '太平铺村', level: 'village' },
];

let server: FakeApiServer;
/** How GET the lesson and POST its read answer. */
let lessonReply: Reply;
let readReply: Reply;

beforeEach(async () => {
  localStorage.clear();
  lessonReply = { status: 200, body: LESSON };
  readReply = { status: 204 };
  server = new FakeApiServer((request) => {
    if (request.url === `/api/content/${LESSON_ID}` && request.method === 'GET') return lessonReply;
    if (request.url === `/api/content/${LESSON_ID}/reads` && request.method === 'POST') return readReply;
    return { status: 404 };
  });
  globalThis.HULEI_API_BASE = await server.start();
});

afterEach(async () => {
  cleanup();
  await server.settle(300);
  await server.stop();
  globalThis.HULEI_API_BASE = '';
  openWith({});
});

const reads = () => server.requests.filter((r) => r.url.endsWith('/reads'));

describe('lesson page: counting a read', () => {
  it('counts one read once the lesson shows, in the remembered village and the market day it came from', async () => {
    rememberTrail(TRAIL);
    openWith({ id: LESSON_ID, marketEventId: MARKET_EVENT });
    render(<LessonPage />);
    expect(await screen.findByText(LESSON.title)).toBeTruthy();
    await server.settle(300);
    expect(reads()).toHaveLength(1);
    expect(bodyOf(reads()[0])).toEqual({ regionCode: '431222114200', marketEventId: MARKET_EVENT });
    expect(reads()[0].headers['idempotency-key']).toBeUndefined();
  });

  it('takes the market day on to the quiz, so a quiz after the lesson counts for that market day', async () => {
    const navigations = watchNavigation();
    openWith({ id: LESSON_ID, marketEventId: MARKET_EVENT });
    render(<LessonPage />);
    fireEvent.click(await screen.findByText('学完了，去答题'));
    expect(navigations).toHaveLength(1);
    expect(navigations[0]).toContain(`marketEventId=${MARKET_EVENT}`);
    expect(navigations[0]).toContain('audience=parent');
    jest.restoreAllMocks();
  });

  it('says nothing of where she is unless she let the app remember it', async () => {
    openWith({ id: LESSON_ID });
    render(<LessonPage />);
    await screen.findByText(LESSON.title);
    await server.settle(300);
    expect(reads()).toHaveLength(1);
    expect(bodyOf(reads()[0])).toEqual({});
  });

  it('keeps a failed count to itself and never sends it again', async () => {
    readReply = error(503, 'UNAVAILABLE', '服务器忙');
    openWith({ id: LESSON_ID });
    render(<LessonPage />);
    await screen.findByText(LESSON.title);
    await server.settle(1500);
    expect(reads()).toHaveLength(1);
    expect(screen.queryByText('服务器忙')).toBeNull();
    expect(screen.getByText('先听孩子说完。')).toBeTruthy();
  });

  it('counts nothing when the lesson cannot be shown', async () => {
    lessonReply = error(404, 'NOT_FOUND', '没有找到这篇内容，它可能已经下架');
    openWith({ id: LESSON_ID });
    render(<LessonPage />);
    expect(await screen.findByText(/没有找到这篇内容/)).toBeTruthy();
    await server.settle(300);
    expect(reads()).toEqual([]);
  });
});
