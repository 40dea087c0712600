import { CHECKLIST_ITEM_IDS } from '@hulei/shared';
import type { NewVisit, VisitResult } from '../src/packages/screening/screening-api';

const mockRecordVisit = jest.fn<Promise<VisitResult>, [NewVisit, string]>();
jest.mock('../src/packages/screening/screening-api', () => ({
  screeningApi: { recordVisit: (visit: NewVisit, key: string) => mockRecordVisit(visit, key) },
}));

import { ApiError } from '../src/api';
import { sealedRead } from '../src/lib/sealed-storage';
import * as outbox from '../src/packages/screening/visit-outbox';

const VILLAGE = '431222114200';

function visitOf(householdId: string): NewVisit {
  return {
    householdId,
    visitedOn: '2026-06-12',
    attendees: '网格员李梅、户主张建国',
    answers: CHECKLIST_ITEM_IDS.map((item) => ({ item, answer: 'fine' as const })),
  };
}

const accepted = (visit: NewVisit): VisitResult => ({
  id: 'v-1',
  householdId: visit.householdId,
  visitedOn: visit.visitedOn,
  concerns: [],
  helpRequestId: null,
  policeReported: false,
});

beforeEach(() => {
  jest.useFakeTimers();
  localStorage.clear();
  mockRecordVisit.mockReset();
  for (const p of outbox.outboxState().pending) outbox.discardVisit(p.key);
});
afterEach(() => jest.useRealTimers());

describe('the door-knocking visit outbox', () => {
  it('keeps a visit sealed on the phone while offline and sends it later under the same key', async () => {
    mockRecordVisit.mockRejectedValue(new ApiError('offline', '网络连不上，请检查网络后再试'));
    await outbox.queueVisit(VILLAGE, '太平铺村一组1号', visitOf('h-1'));
    expect(outbox.outboxState().pending).toHaveLength(1);
    expect(outbox.outboxState().reason).toBe('网络连不上，请检查网络后再试');
    const stored = Object.values({ ...localStorage }).join('\n');
    expect(stored).not.toContain('太平铺村');
    expect(stored).not.toContain('张建国');

    mockRecordVisit.mockImplementation(async (visit) => accepted(visit));
    await outbox.syncVisits();
    expect(outbox.outboxState().pending).toEqual([]);
    expect(outbox.outboxState().delivered[0].label).toBe('太平铺村一组1号');
    const keys = mockRecordVisit.mock.calls.map(([, key]) => key);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
  });

  it('gives each visit its own key and survives a restart of the app', async () => {
    mockRecordVisit.mockRejectedValue(new ApiError('timeout', '网络太慢'));
    await outbox.queueVisit(VILLAGE, '一组1号', visitOf('h-1'));
    await outbox.queueVisit(VILLAGE, '一组2号', visitOf('h-2'));
    const keysBefore = outbox.outboxState().pending.map((p) => p.key);
    expect(new Set(keysBefore).size).toBe(2);
    // What a restarted app reads back: both visits, each with its key.
    const kept = sealedRead<Array<{ key: string; label: string }>>('hulei.screening.outbox')!;
    expect(kept.map((p) => [p.key, p.label])).toEqual([
      [keysBefore[0], '一组1号'],
      [keysBefore[1], '一组2号'],
    ]);
    mockRecordVisit.mockImplementation(async (visit) => accepted(visit));
    await outbox.syncVisits();
    expect(mockRecordVisit.mock.calls.slice(-2).map(([, key]) => key)).toEqual(keysBefore);
  });

  it('holds back a visit the server refused, with its reason, and sends the others', async () => {
    mockRecordVisit.mockImplementation(async (visit) => {
      if (visit.householdId === 'h-1') {
        throw new ApiError('refused', '这一户不在你负责的网格内，不能登记走访', 403, 'FORBIDDEN');
      }
      return accepted(visit);
    });
    await outbox.queueVisit(VILLAGE, '一组1号', visitOf('h-1'));
    await outbox.queueVisit(VILLAGE, '一组2号', visitOf('h-2'));
    const [refused] = outbox.outboxState().pending;
    expect(refused.refused).toBe('这一户不在你负责的网格内，不能登记走访');
    expect(outbox.outboxState().pending).toHaveLength(1);
    await outbox.syncVisits();
    expect(mockRecordVisit.mock.calls.filter(([visit]) => visit.householdId === 'h-1')).toHaveLength(1);
    outbox.discardVisit(refused.key);
    expect(outbox.outboxState().pending).toEqual([]);
    expect(sealedRead('hulei.screening.outbox')).toBeUndefined();
  });

  it('keeps a visit waiting when the session has ended, to send after the next login', async () => {
    mockRecordVisit.mockRejectedValue(new ApiError('refused', '登录已失效', 401, 'UNAUTHENTICATED'));
    await outbox.queueVisit(VILLAGE, '一组1号', visitOf('h-1'));
    expect(outbox.outboxState().pending[0].refused).toBeUndefined();
  });
});
