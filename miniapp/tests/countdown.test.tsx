import { act, cleanup, render, screen } from '@testing-library/react';
import { Countdown, PageClock, spanOf } from '../src/packages/cadre/ui/countdown';

const MINUTE = 60_000;
const START = new Date('2026-11-30T09:00:00+08:00').getTime();
const at = (ms: number) => new Date(START + ms).toISOString();

beforeEach(() => jest.useFakeTimers({ now: START }));

afterEach(() => {
  cleanup();
  jest.useRealTimers();
});

const advance = (ms: number) => act(() => void jest.advanceTimersByTime(ms));
const shown = (text: string | RegExp) => screen.getByText(text);

describe('the countdown to a deadline', () => {
  it('counts down, turns amber under the warning time and red once overdue', () => {
    render(
      <PageClock>
        <Countdown dueAt={at(20 * MINUTE)} warnMinutes={15} label="受理期限" />
      </PageClock>,
    );
    expect(shown('受理期限：还剩 20 分钟').className).toContain('countdown--calm');

    advance(8 * MINUTE);
    expect(shown('受理期限：还剩 12 分钟').className).toContain('countdown--warn');

    advance(11 * MINUTE + 30_000);
    expect(shown('受理期限：还剩 30 秒').className).toContain('countdown--warn');

    advance(3 * MINUTE + 30_000);
    expect(shown('受理期限：已超时 3 分钟').className).toContain('countdown--late');
  });

  it('runs one timer for the whole page, however many rows count down', () => {
    const setInterval = jest.spyOn(globalThis, 'setInterval');
    render(
      <PageClock>
        <Countdown dueAt={at(5 * MINUTE)} warnMinutes={15} />
        <Countdown dueAt={at(-3 * MINUTE)} warnMinutes={15} />
        <Countdown dueAt={at(3 * 60 * MINUTE)} warnMinutes={15} />
        <Countdown dueAt={null} warnMinutes={15} />
      </PageClock>,
    );
    expect(shown('还剩 5 分钟')).toBeTruthy();
    expect(shown('已超时 3 分钟')).toBeTruthy();
    expect(shown('还剩 3 小时')).toBeTruthy();
    expect(setInterval).toHaveBeenCalledTimes(1);

    advance(MINUTE);
    expect(shown('还剩 4 分钟')).toBeTruthy();
    expect(shown('已超时 4 分钟')).toBeTruthy();
    expect(shown('还剩 2 小时 59 分钟')).toBeTruthy();
    expect(setInterval).toHaveBeenCalledTimes(1);
  });

  it('stops its timer when the page goes away', () => {
    const clearInterval = jest.spyOn(globalThis, 'clearInterval');
    const { unmount } = render(
      <PageClock>
        <Countdown dueAt={at(MINUTE)} warnMinutes={15} />
      </PageClock>,
    );
    unmount();
    expect(clearInterval).toHaveBeenCalled();
    expect(jest.getTimerCount()).toBe(0);
  });

  it('says long spans in days and hours, short ones in minutes and seconds', () => {
    expect(spanOf(2 * 24 * 60 * MINUTE + 3 * 60 * MINUTE + 5 * MINUTE)).toBe('2 天 3 小时');
    expect(spanOf(24 * 60 * MINUTE)).toBe('1 天');
    expect(spanOf(80 * MINUTE)).toBe('1 小时 20 分钟');
    expect(spanOf(12 * MINUTE + 59_000)).toBe('12 分钟');
    expect(spanOf(42_500)).toBe('42 秒');
    expect(spanOf(-5)).toBe('0 秒');
  });
});
