import { Text } from '@tarojs/components';
import { useDidHide, useDidShow } from '@tarojs/taro';
import { createContext, useContext, useEffect, useState, type PropsWithChildren } from 'react';
import './countdown.css';

// Deadlines count down live. One timer per page: PageClock ticks once a second and only the
// countdowns re-render, not the rows around them; the timer stops while the page is hidden.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const NowContext = createContext<number | undefined>(undefined);

/** Wraps a page that shows countdowns: the one timer they all read. */
export function PageClock({ children }: PropsWithChildren) {
  const [now, setNow] = useState(Date.now);
  const [visible, setVisible] = useState(true);
  useDidShow(() => setVisible(true));
  useDidHide(() => setVisible(false));
  useEffect(() => {
    if (!visible) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [visible]);
  return <NowContext.Provider value={now}>{children}</NowContext.Provider>;
}

/** The page clock's time (a still one outside a PageClock). */
export function useNow(): number {
  return useContext(NowContext) ?? Date.now();
}

/** 2 天 3 小时, 1 小时 20 分钟, 12 分钟, 40 秒. */
export function spanOf(ms: number): string {
  const span = Math.max(0, ms);
  if (span >= DAY) {
    const hours = Math.floor((span % DAY) / HOUR);
    return `${Math.floor(span / DAY)} 天${hours ? ` ${hours} 小时` : ''}`;
  }
  if (span >= HOUR) {
    const minutes = Math.floor((span % HOUR) / MINUTE);
    return `${Math.floor(span / HOUR)} 小时${minutes ? ` ${minutes} 分钟` : ''}`;
  }
  if (span >= MINUTE) return `${Math.floor(span / MINUTE)} 分钟`;
  return `${Math.floor(span / 1000)} 秒`;
}

export type CountdownTone = 'calm' | 'warn' | 'late';

/** 还剩 12 分钟 / 已超时 3 分钟, and how urgent that is. */
export function countdownOf(dueAt: string, now: number, warnMinutes: number): { text: string; tone: CountdownTone } {
  const left = new Date(dueAt).getTime() - now;
  if (left < 0) return { text: `已超时 ${spanOf(-left)}`, tone: 'late' };
  return { text: `还剩 ${spanOf(left)}`, tone: left <= warnMinutes * MINUTE ? 'warn' : 'calm' };
}

interface CountdownProps {
  /** The deadline; nothing is shown without one. */
  dueAt: string | null | undefined;
  /** Amber from this many minutes before the deadline; red once it has passed. */
  warnMinutes: number;
  /** What the deadline is for, e.g. 受理期限. */
  label?: string;
}

/** A live countdown to a deadline: calm, amber under the warning time, red once overdue. */
export function Countdown({ dueAt, warnMinutes, label }: CountdownProps) {
  const now = useNow();
  if (!dueAt) return null;
  const { text, tone } = countdownOf(dueAt, now, warnMinutes);
  return (
    <Text className={`countdown countdown--${tone}`}>
      {label ? `${label}：` : ''}
      {text}
    </Text>
  );
}
