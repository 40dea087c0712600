/** Two digits: 9 → 09. */
export const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** 12月7日 09:30 — the phone's local time. */
export function formatTime(iso: string): string {
  const at = new Date(iso);
  return `${at.getMonth() + 1}月${at.getDate()}日 ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** How long ago: 刚刚, 25 分钟前, 3 小时前, 2 天前. */
export function ageOf(iso: string, now = Date.now()): string {
  const minutes = Math.floor((now - new Date(iso).getTime()) / 60000);
  if (minutes < 1) return '刚刚';
  if (minutes < 60) return `${minutes} 分钟前`;
  if (minutes < 60 * 24) return `${Math.floor(minutes / 60)} 小时前`;
  return `${Math.floor(minutes / 60 / 24)} 天前`;
}
