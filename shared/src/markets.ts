// Vocabulary of 赶集普法 market-day events: a stall at a rural market, a QR code, a landing page.

/** An event is held as planned unless its federation cancels it. */
export const MARKET_EVENT_STATUSES = ['scheduled', 'cancelled'] as const;
export type MarketEventStatus = (typeof MARKET_EVENT_STATUSES)[number];

export const MARKET_EVENT_STATUS_LABELS: Record<MarketEventStatus, string> = {
  scheduled: '按计划举行',
  cancelled: '已取消',
};

/**
 * The short code printed in an event's QR codes (the mini-program code's `scene`, the H5 address's
 * `e`): 8 characters without the easily confused 0/O, 1/I/L.
 */
export const MARKET_EVENT_CODE_PATTERN = /^[2-9A-HJKMNP-Z]{8}$/;

/** The page a market QR code opens, in the mini-program and (with a leading `/`) in the H5 build. */
export const MARKET_LANDING_PAGE = 'packages/market/index';

/** Query parameter of the H5 landing address that carries the event code. */
export const MARKET_EVENT_QUERY = 'e';

/** The H5 address a plain QR code points at: `https://…/packages/market/index?e=ABCD2345`. */
export function marketLandingUrl(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}/${MARKET_LANDING_PAGE}?${MARKET_EVENT_QUERY}=${code}`;
}

/** Lessons shown on a market landing page, one for each of these audiences. */
export const MARKET_LANDING_AUDIENCES = ['child_6_8', 'child_9_12', 'parent'] as const;
