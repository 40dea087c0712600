import {
  CARE_CATEGORIES,
  CARE_SERVICE_KINDS,
  CHECKLIST_ITEM_IDS,
  HELP_CATEGORIES,
  QUIZ_AUDIENCES,
  URGENCIES,
  type CareCategory,
  type CareServiceKind,
  type ChecklistItemId,
  type HelpCategory,
  type QuizAudience,
  type Urgency,
} from '@hulei/shared';

/** What became of the help requests received in the period (their state when counted). */
export interface HelpCounts {
  received: number;
  fromVisits: number;
  acknowledged: number;
  inTime: number;
  escalated: number;
  referred: number;
  policeReported: number;
  policeInTime: number;
  policeOverdue: number;
  resolved: number;
}

/** The hand-on steps of the 2112 rule; the town's step is the 2-hour feedback. */
export const OPINION_STEP_LEVELS = ['province', 'city', 'county'] as const;
export type OpinionStepLevel = (typeof OPINION_STEP_LEVELS)[number];

/** Everything a report counts for one region over one period: numbers only, nothing about anyone. */
export interface RegionFigures {
  publicity: {
    events: number;
    scans: number;
    marketQuizzes: number;
    marketHelpRequests: number;
    lessonsPublished: number;
    /** Lesson reads counted in the region (the reader's remembered region, or the market's town). */
    lessonsRead: number;
  };
  quizzes: Record<QuizAudience, { attempts: number; completed: number; scoreSum: number }>;
  screening: {
    households: number;
    visitedThisYear: number;
    visits: number;
    concerns: Record<ChecklistItemId, number>;
  };
  help: Record<HelpCategory, Record<Urgency, HelpCounts>>;
  opinion: {
    cases: number;
    feedbackMet: number;
    feedbackMissed: number;
    steps: Record<OpinionStepLevel, { steps: number; met: number; missed: number }>;
  };
  care: {
    records: Record<CareCategory, { inLedger: number; opened: number; closed: number }>;
    pairings: { active: number; started: number; overdue: number };
    followUps: number;
    services: Record<CareServiceKind, number>;
  };
}

export interface MissedQuestion {
  stem: string;
  audience: QuizAudience;
  answered: number;
  missed: number;
}

/** A report's figures: the region's, and each part's (the regions one level below, and the level's own). */
export interface ReportFigures {
  version: 1;
  regionCode: string;
  period: string;
  from: string;
  to: string;
  /** When they were counted: a submitted report keeps the figures of its submission. */
  asOf: string;
  total: RegionFigures;
  /** null code: what belongs to the region itself rather than to one region below (a town's market days). */
  parts: Array<{ code: string | null; name: string; figures: RegionFigures }>;
  mostMissed: MissedQuestion[];
  /** The summary's months. */
  trend?: MonthTrend[];
}

/** A month's few totals for a trend: what a chart over a year needs, each cheap to count. */
export interface MonthTrend {
  month: string;
  help: HelpCounts;
  opinionDue: number;
  opinionMet: number;
  visits: number;
  quizzesStarted: number;
  events: number;
  scans: number;
  lessonsRead: number;
  careOpened: number;
}

const zeros = <K extends string, V>(keys: readonly K[], value: () => V): Record<K, V> =>
  Object.fromEntries(keys.map((k) => [k, value()])) as Record<K, V>;

export function emptyHelpCounts(): HelpCounts {
  return {
    received: 0,
    fromVisits: 0,
    acknowledged: 0,
    inTime: 0,
    escalated: 0,
    referred: 0,
    policeReported: 0,
    policeInTime: 0,
    policeOverdue: 0,
    resolved: 0,
  };
}

export function emptyFigures(): RegionFigures {
  return {
    publicity: { events: 0, scans: 0, marketQuizzes: 0, marketHelpRequests: 0, lessonsPublished: 0, lessonsRead: 0 },
    quizzes: zeros(QUIZ_AUDIENCES, () => ({ attempts: 0, completed: 0, scoreSum: 0 })),
    screening: {
      households: 0,
      visitedThisYear: 0,
      visits: 0,
      concerns: zeros(CHECKLIST_ITEM_IDS, () => 0),
    },
    help: zeros(HELP_CATEGORIES, () => zeros(URGENCIES, emptyHelpCounts)),
    opinion: {
      cases: 0,
      feedbackMet: 0,
      feedbackMissed: 0,
      steps: zeros(OPINION_STEP_LEVELS, () => ({ steps: 0, met: 0, missed: 0 })),
    },
    care: {
      records: zeros(CARE_CATEGORIES, () => ({ inLedger: 0, opened: 0, closed: 0 })),
      pairings: { active: 0, started: 0, overdue: 0 },
      followUps: 0,
      services: zeros(CARE_SERVICE_KINDS, () => 0),
    },
  };
}

// Figures are trees of numbers: summing, compacting and restoring them needs no knowledge of their shape.
type Tree = { [key: string]: number | Tree };

/** Adds every number of `source` into `target` (same shape). */
export function addFigures<T extends object>(target: T, source: T): T {
  const t = target as unknown as Tree;
  for (const [key, value] of Object.entries(source as unknown as Tree)) {
    if (typeof value === 'number') t[key] = ((t[key] as number | undefined) ?? 0) + value;
    else addFigures((t[key] ??= {}) as Tree, value);
  }
  return target;
}

export function sumFigures(all: RegionFigures[]): RegionFigures {
  return all.reduce((sum, f) => addFigures(sum, f), emptyFigures());
}

/** The tree without its zeros: a village's month is mostly zeros, and a town's snapshot holds every village. */
export function compactFigures(tree: object): Tree | undefined {
  const out: Tree = {};
  for (const [key, value] of Object.entries(tree as Tree)) {
    if (typeof value === 'number') {
      if (value !== 0) out[key] = value;
    } else {
      const inner = compactFigures(value);
      if (inner) out[key] = inner;
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/** Compacted figures back to their full shape. */
export function expandFigures(compact: object | undefined): RegionFigures {
  return compact ? addFigures(emptyFigures(), compact as RegionFigures) : emptyFigures();
}

/** The figures as stored with a submitted report. */
export function serializeFigures(figures: ReportFigures): string {
  return JSON.stringify({
    ...figures,
    total: compactFigures(figures.total),
    parts: figures.parts.map((p) => ({ ...p, figures: compactFigures(p.figures) })),
  });
}

export function deserializeFigures(text: string): ReportFigures {
  const stored = JSON.parse(text) as ReportFigures;
  return {
    ...stored,
    total: expandFigures(stored.total),
    parts: stored.parts.map((p) => ({ ...p, figures: expandFigures(p.figures) })),
  };
}

/** Help counts summed over categories and urgencies (or over the given categories). */
export function helpTotal(f: RegionFigures, categories: readonly HelpCategory[] = HELP_CATEGORIES): HelpCounts {
  const total = emptyHelpCounts();
  for (const category of categories) for (const urgency of URGENCIES) addFigures(total, f.help[category][urgency]);
  return total;
}

export function helpOfCategory(f: RegionFigures, category: HelpCategory): HelpCounts {
  return helpTotal(f, [category]);
}

export function helpOfUrgency(f: RegionFigures, urgency: Urgency): HelpCounts {
  const total = emptyHelpCounts();
  for (const category of HELP_CATEGORIES) addFigures(total, f.help[category][urgency]);
  return total;
}

export function quizTotal(f: RegionFigures): { attempts: number; completed: number; scoreSum: number } {
  return sumValues(QUIZ_AUDIENCES.map((a) => f.quizzes[a]));
}

export function ledgerTotal(f: RegionFigures): { inLedger: number; opened: number; closed: number } {
  return sumValues(CARE_CATEGORIES.map((c) => f.care.records[c]));
}

function sumValues<T extends Record<string, number>>(items: T[]): T {
  return items.reduce(
    (sum, item) => addFigures(sum, item),
    Object.fromEntries(Object.keys(items[0]).map((k) => [k, 0])) as T,
  );
}
