import Taro from '@tarojs/taro';
import { ApiError, messageOf } from '../api';
import { submitHelpRequest, type HelpReceipt, type NewHelpRequest } from '../api/help-requests';
import { sealedRead, sealedRemove, sealedWrite, uuidV4 } from './sealed-storage';

// A help request typed on one bar of signal must not be lost: it waits here, encrypted, until the
// server answers 201, and is sent again on app show, when the network returns and with backoff,
// always under the same Idempotency-Key so that the server stores it once. The receipt waits here
// too until the requester has seen it.

const SLOT = 'hulei.help.outbox';

interface Entry {
  key: string;
  request: NewHelpRequest;
  receipt?: HelpReceipt;
}

export type OutboxStatus =
  | { state: 'empty' }
  | { state: 'sending' }
  /** Kept on the phone; `reason` says why it has not gone yet. */
  | { state: 'waiting'; reason: string }
  | { state: 'delivered'; receipt: HelpReceipt }
  /** The server refused the content itself; nothing is kept, the form gets it back to fix. */
  | { state: 'refused'; request: NewHelpRequest; message: string; field?: string };

// When storage refuses (full, private browsing), the entry lives in memory for as long as the app does.
let unsaved: Entry | undefined;
const read = () => sealedRead<Entry>(SLOT) ?? unsaved;

function keep(entry: Entry | undefined): void {
  unsaved = entry;
  try {
    if (entry) sealedWrite(SLOT, entry);
    else sealedRemove(SLOT);
  } catch {
    // Kept in memory only.
  }
}

function stored(): OutboxStatus {
  const entry = read();
  if (!entry) return { state: 'empty' };
  return entry.receipt ? { state: 'delivered', receipt: entry.receipt } : { state: 'waiting', reason: '' };
}

let status: OutboxStatus | undefined;
const listeners = new Set<(status: OutboxStatus) => void>();
let inFlight: Promise<void> | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let failures = 0;

function publish(next: OutboxStatus): void {
  status = next;
  listeners.forEach((listener) => listener(next));
}

export function outboxStatus(): OutboxStatus {
  return (status ??= stored());
}

/** Calls `listener` on every change; returns the function that stops it. */
export function watchOutbox(listener: (status: OutboxStatus) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function retryLater(): void {
  clearTimeout(timer);
  // 5 s, 10 s, 20 s … up to 2 min, with jitter so phones on one tower do not retry in step.
  const delay = Math.min(120_000, 5_000 * 2 ** Math.min(failures - 1, 5)) * (0.75 + Math.random() / 2);
  timer = setTimeout(() => void deliverNow(), delay);
}

/** Sends what is waiting, if anything; concurrent calls share one attempt. */
export function deliverNow(): Promise<void> {
  const entry = read();
  if (inFlight || !entry || entry.receipt) return inFlight ?? Promise.resolve();
  clearTimeout(timer);
  publish({ state: 'sending' });
  inFlight = submitHelpRequest(entry.request, entry.key)
    .then(
      (receipt) => {
        failures = 0;
        keep({ ...entry, receipt });
        publish({ state: 'delivered', receipt });
      },
      (error: unknown) => {
        const kind = error instanceof ApiError ? error.kind : 'offline';
        if (kind === 'rejected' || kind === 'refused') {
          keep(undefined);
          publish({
            state: 'refused',
            request: entry.request,
            message: messageOf(error),
            field: (error as ApiError).field,
          });
          return;
        }
        failures++;
        retryLater();
        publish({ state: 'waiting', reason: messageOf(error) });
      },
    )
    .finally(() => (inFlight = undefined));
  return inFlight;
}

/** Keeps the request on the phone under a new Idempotency-Key, then tries to send it. */
export function queueHelpRequest(request: NewHelpRequest): Promise<void> {
  failures = 0;
  keep({ key: uuidV4(), request });
  return deliverNow();
}

/** After "我已经记下了", or when the requester decides not to send: nothing stays on the phone. */
export function clearOutbox(): void {
  clearTimeout(timer);
  keep(undefined);
  publish({ state: 'empty' });
}

let started = false;

/** Retries whenever the app comes back to the foreground or the network returns. Safe to call often. */
export function startHelpOutbox(): void {
  if (!started) {
    started = true;
    const retry = () => void deliverNow();
    Taro.onAppShow(retry);
    if (process.env.TARO_ENV === 'h5') window.addEventListener('online', retry);
    else Taro.onNetworkStatusChange(({ isConnected }) => isConnected && retry());
  }
  void deliverNow();
}
