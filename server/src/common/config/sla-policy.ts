/**
 * Deadlines of the campaign, in minutes (fractions allowed, so tests can run a ladder in
 * seconds). Configuration, not code: HULEI_SLA_POLICY overrides any part, e.g.
 * {"helpRequest":{"acknowledgeMinutes":{"urgent":0.05,"normal":0.1}}}.
 */
export interface SlaPolicy {
  helpRequest: {
    /** Time a level has to acknowledge (受理) before the request climbs to the next level. */
    acknowledgeMinutes: { urgent: number; normal: number };
    /** A warning to the level this long before its acknowledgement deadline. */
    warningBeforeMinutes: { urgent: number; normal: number };
    /** A sexual-abuse request needs its 强制报告 record this long after acknowledgement. */
    policeReportMinutes: number;
    policeReportWarningBeforeMinutes: number;
  };
  /** The "2112" rule for public-opinion cases. */
  publicOpinion: {
    provinceToCityMinutes: number;
    cityToCountyMinutes: number;
    countyToTownMinutes: number;
    /** From the case's start, the town/village reports verified facts and the service started. */
    feedbackMinutes: number;
  };
}

export const DEFAULT_SLA_POLICY: SlaPolicy = {
  helpRequest: {
    acknowledgeMinutes: { urgent: 30, normal: 24 * 60 },
    warningBeforeMinutes: { urgent: 15, normal: 120 },
    policeReportMinutes: 120,
    policeReportWarningBeforeMinutes: 30,
  },
  publicOpinion: {
    provinceToCityMinutes: 20,
    cityToCountyMinutes: 10,
    countyToTownMinutes: 10,
    feedbackMinutes: 120,
  },
};

export class SlaPolicyError extends Error {}

/** Merges an override into the defaults; an unknown key or a bad number names its path. */
export function parseSlaPolicy(raw: string | undefined): SlaPolicy {
  if (raw === undefined || raw.trim() === '') return DEFAULT_SLA_POLICY;
  let override: unknown;
  try {
    override = JSON.parse(raw);
  } catch {
    throw new SlaPolicyError('HULEI_SLA_POLICY is not valid JSON');
  }
  return merge(DEFAULT_SLA_POLICY, override, 'HULEI_SLA_POLICY') as SlaPolicy;
}

function merge(defaults: unknown, override: unknown, path: string): unknown {
  if (typeof defaults === 'number') {
    if (typeof override !== 'number' || !Number.isFinite(override) || override <= 0) {
      throw new SlaPolicyError(`${path} must be a positive number of minutes`);
    }
    return override;
  }
  if (typeof override !== 'object' || override === null || Array.isArray(override)) {
    throw new SlaPolicyError(`${path} must be an object`);
  }
  const result: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) {
    if (!(key in result)) throw new SlaPolicyError(`${path}.${key} is not a policy setting`);
    result[key] = merge(result[key], value, `${path}.${key}`);
  }
  return result;
}

export function minutesToMs(minutes: number): number {
  return Math.round(minutes * 60 * 1000);
}
