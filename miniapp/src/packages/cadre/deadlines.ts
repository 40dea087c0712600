import type { Urgency } from '@hulei/shared';

// When a countdown turns amber. The help-request windows mirror the server's warning reminders
// (HULEI_SLA_POLICY defaults: 15 min before an urgent deadline, 2 h before a normal one).

export const ACKNOWLEDGE_WARN_MINUTES: Record<Urgency, number> = { urgent: 15, normal: 120 };

/** A 2112 level has 10–20 minutes to hand a case on: amber for the last 5. */
export const OPINION_STEP_WARN_MINUTES = 5;

/** The town's feedback is due 2 hours after the case started: amber for the last 30 minutes. */
export const OPINION_FEEDBACK_WARN_MINUTES = 30;
