import Taro from '@tarojs/taro';
import { ApiError, messageOf } from '../../api';
import { sealedRead, sealedRemove, sealedWrite, uuidV4 } from '../../lib/sealed-storage';
import { markCachedVisited } from './household-cache';
import { screeningApi, type NewVisit, type VisitResult } from './screening-api';

// Door-knocking happens where the signal is weakest. A visit waits here, sealed like the help
// request's outbox (lib/sealed-storage), until the server answers; every attempt carries the
// visit's own Idempotency-Key, made once when the visit is saved, so the server stores it once.

const SLOT = 'hulei.screening.outbox';

export interface PendingVisit {
  key: string;
  villageCode: string;
  /** What the list shows while it waits (the household's door number). */
  label: string;
  visit: NewVisit;
  savedAt: string;
  /** Set when the server refused the content: it will not be sent again as it is. */
  refused?: string;
}

export interface OutboxState {
  pending: PendingVisit[];
  sending: boolean;
  /** Why the last attempt did not go through (offline, server busy). */
  reason?: string;
  /** Visits delivered since the app started, newest first. */
  delivered: Array<{ label: string; result: VisitResult }>;
}

let memory: PendingVisit[] | undefined;
const read = (): PendingVisit[] => sealedRead<PendingVisit[]>(SLOT) ?? memory ?? [];

function keep(pending: PendingVisit[]): void {
  memory = pending;
  try {
    if (pending.length) sealedWrite(SLOT, pending);
    else sealedRemove(SLOT);
  } catch {
    // Storage refused: the visits live in memory while the app is open.
  }
}

let state: OutboxState = { pending: read(), sending: false, delivered: [] };
const listeners = new Set<(state: OutboxState) => void>();
let inFlight: Promise<void> | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let failures = 0;

function publish(next: Partial<OutboxState>): void {
  state = { ...state, ...next };
  listeners.forEach((listener) => listener(state));
}

export function outboxState(): OutboxState {
  return state;
}

export function watchVisitOutbox(listener: (state: OutboxState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function retryLater(): void {
  clearTimeout(timer);
  const delay = Math.min(120_000, 5_000 * 2 ** Math.min(failures - 1, 5)) * (0.75 + Math.random() / 2);
  timer = setTimeout(() => void syncVisits(), delay);
}

/** Sends every waiting visit, oldest first; concurrent calls share one pass. */
export function syncVisits(): Promise<void> {
  if (inFlight) return inFlight;
  clearTimeout(timer);
  inFlight = (async () => {
    for (;;) {
      const next = read().find((p) => !p.refused);
      if (!next) break;
      publish({ sending: true, pending: read() });
      try {
        const result = await screeningApi.recordVisit(next.visit, next.key);
        failures = 0;
        keep(read().filter((p) => p.key !== next.key));
        markCachedVisited(next.villageCode, next.visit.householdId);
        publish({ pending: read(), reason: undefined, delivered: [{ label: next.label, result }, ...state.delivered] });
      } catch (error) {
        const kind = error instanceof ApiError ? error.kind : 'offline';
        // A session that ended is not the visit's fault: it waits for the next login.
        const sessionEnded = error instanceof ApiError && error.status === 401;
        if ((kind === 'rejected' || kind === 'refused') && !sessionEnded) {
          keep(read().map((p) => (p.key === next.key ? { ...p, refused: messageOf(error) } : p)));
          publish({ pending: read() });
          continue;
        }
        failures++;
        retryLater();
        publish({ reason: messageOf(error), pending: read() });
        break;
      }
    }
  })().finally(() => {
    inFlight = undefined;
    publish({ sending: false, pending: read() });
  });
  return inFlight;
}

/** Keeps a visit on the phone under a new Idempotency-Key, then tries to send it. */
export function queueVisit(villageCode: string, label: string, visit: NewVisit): Promise<void> {
  failures = 0;
  keep([...read(), { key: uuidV4(), villageCode, label, visit, savedAt: new Date().toISOString() }]);
  publish({ pending: read() });
  return syncVisits();
}

/** Drops a visit the server refused, after the visitor has read why. */
export function discardVisit(key: string): void {
  keep(read().filter((p) => p.key !== key));
  publish({ pending: read() });
}

let started = false;

/** Retries when the app comes back to the foreground or the network returns. Safe to call often. */
export function startVisitOutbox(): void {
  if (!started) {
    started = true;
    const retry = () => void syncVisits();
    Taro.onAppShow(retry);
    if (process.env.TARO_ENV === 'h5') window.addEventListener('online', retry);
    else Taro.onNetworkStatusChange(({ isConnected }) => isConnected && retry());
  }
  void syncVisits();
}
