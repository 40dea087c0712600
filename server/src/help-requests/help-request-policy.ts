import type { Urgency } from '@hulei/shared';

/**
 * How long a level has to acknowledge (受理) a new request. The clocks capability owns the full
 * policy (escalation, warnings, HULEI_SLA_POLICY); this is the first deadline set on intake.
 */
export const DEFAULT_ACKNOWLEDGE_MINUTES: Record<Urgency, number> = { urgent: 30, normal: 24 * 60 };

export function acknowledgeDueAt(createdAt: Date, urgency: Urgency, minutes = DEFAULT_ACKNOWLEDGE_MINUTES): Date {
  return new Date(createdAt.getTime() + minutes[urgency] * 60 * 1000);
}
