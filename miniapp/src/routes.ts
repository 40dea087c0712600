// Every page path lives here; pages navigate with these constants, never with literal strings.

/** Main-package pages: only what the first screen and a help-request QR code need. */
export const MAIN_PAGES = {
  home: 'pages/home/index',
  help: 'pages/help/index',
} as const;

/** Subpackages by domain; WeChat downloads each only when one of its pages is opened. */
export const SUBPACKAGES = {
  learn: { root: 'packages/learn', pages: ['index', 'lesson/index'] },
  quiz: { root: 'packages/quiz', pages: ['index'] },
  market: { root: 'packages/market', pages: ['index'] },
  myRequests: { root: 'packages/my-requests', pages: ['index'] },
  privacy: { root: 'packages/privacy', pages: ['index'] },
  cadre: {
    root: 'packages/cadre',
    pages: [
      'index',
      'login/index',
      'redeem/index',
      'totp/index',
      'account/index',
      'accounts/index',
      'inbox/index',
      'request/index',
      'overdue/index',
      'reminders/index',
      'opinion/index',
      'opinion/new/index',
      'opinion/case/index',
    ],
  },
  screening: { root: 'packages/screening', pages: ['index', 'overview/index'] },
  care: { root: 'packages/care', pages: ['index', 'plan/index', 'record/index'] },
  reports: { root: 'packages/reports', pages: ['index', 'dashboard/index'] },
} as const;

export const ROUTES = {
  home: `/${MAIN_PAGES.home}`,
  help: `/${MAIN_PAGES.help}`,
  learn: `/${SUBPACKAGES.learn.root}/index`,
  lesson: `/${SUBPACKAGES.learn.root}/lesson/index`,
  quiz: `/${SUBPACKAGES.quiz.root}/index`,
  market: `/${SUBPACKAGES.market.root}/index`,
  myRequests: `/${SUBPACKAGES.myRequests.root}/index`,
  privacy: `/${SUBPACKAGES.privacy.root}/index`,
  /** The cadre workbench; it sends a cadre who is not logged in to cadreLogin. */
  cadre: `/${SUBPACKAGES.cadre.root}/index`,
  cadreLogin: `/${SUBPACKAGES.cadre.root}/login/index`,
  cadreRedeem: `/${SUBPACKAGES.cadre.root}/redeem/index`,
  cadreTotp: `/${SUBPACKAGES.cadre.root}/totp/index`,
  cadreAccount: `/${SUBPACKAGES.cadre.root}/account/index`,
  cadreAccounts: `/${SUBPACKAGES.cadre.root}/accounts/index`,
  cadreInbox: `/${SUBPACKAGES.cadre.root}/inbox/index`,
  cadreRequest: `/${SUBPACKAGES.cadre.root}/request/index`,
  /** 超时求助: requests past their deadline, and those the clocks moved up a level. */
  cadreOverdue: `/${SUBPACKAGES.cadre.root}/overdue/index`,
  /** 提醒: her reminder history, the WeChat opt-in, and (town and above) reminders that did not arrive below. */
  cadreReminders: `/${SUBPACKAGES.cadre.root}/reminders/index`,
  /** 舆情处置 under the "2112" rule: the list, registration (province, city) and one case. */
  opinionCases: `/${SUBPACKAGES.cadre.root}/opinion/index`,
  opinionNew: `/${SUBPACKAGES.cadre.root}/opinion/new/index`,
  opinionCase: `/${SUBPACKAGES.cadre.root}/opinion/case/index`,
  /** 敲门行动: a grid worker's households and the 六看六问 visit (saved offline); coverage. */
  screening: `/${SUBPACKAGES.screening.root}/index`,
  screeningCoverage: `/${SUBPACKAGES.screening.root}/overview/index`,
  /** 重点关爱台账 for the federation; 我的结对儿童 for a volunteer. */
  care: `/${SUBPACKAGES.care.root}/index`,
  carePlan: `/${SUBPACKAGES.care.root}/plan/index`,
  careRecord: `/${SUBPACKAGES.care.root}/record/index`,
  /** 一月一汇报: a region's monthly report or year-end summary, its submission; 数据看板. */
  reports: `/${SUBPACKAGES.reports.root}/index`,
  reportsDashboard: `/${SUBPACKAGES.reports.root}/dashboard/index`,
} as const;

export type Route = (typeof ROUTES)[keyof typeof ROUTES];
