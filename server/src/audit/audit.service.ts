import { Injectable } from '@nestjs/common';
import { timeOrderedId } from '../common/ids';
import { regionPathOf, noRegionPath } from '../common/jurisdiction/region-path';
import type { JurisdictionScope } from '../common/jurisdiction/scope';
import type { AuditAction, AuditEvent, AuditOutcome } from './audit-event.entity';
import type { AuditEventDto } from './dto/audit.dto';
import { AuditRepository } from './audit.repository';

export interface AuditActor {
  accountId: string;
  role: string;
}

export interface AuditEntry {
  action: AuditAction;
  outcome: AuditOutcome;
  actor?: AuditActor | null;
  subject?: { type: string; id: string } | null;
  /** The region the event concerns; a record's own region, else the actor's. */
  regionCode?: string | null;
  detail?: string | null;
}

@Injectable()
export class AuditService {
  constructor(private readonly events: AuditRepository) {}

  record(entry: AuditEntry): Promise<void> {
    const regionCode = entry.regionCode ?? null;
    return this.events.insert({
      id: timeOrderedId(),
      at: new Date(),
      actorAccountId: entry.actor?.accountId ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      outcome: entry.outcome,
      subjectType: entry.subject?.type ?? null,
      subjectId: entry.subject?.id ?? null,
      regionCode,
      path: regionCode ? regionPathOf(regionCode) : noRegionPath(),
      detail: entry.detail?.slice(0, 200) ?? null,
    });
  }

  /** The audit trail of a jurisdiction; reading it is itself audited. */
  async readInScope(
    reader: AuditActor & { regionCode: string; scope: JurisdictionScope },
    filter: { action?: AuditAction; before?: Date; limit?: number },
  ): Promise<AuditEventDto[]> {
    const events = await this.events.findInScope(reader.scope, { ...filter, limit: filter.limit ?? 50 });
    await this.record({ action: 'audit_read', outcome: 'ok', actor: reader, regionCode: reader.regionCode });
    return events.map(({ path: _path, ...event }) => event);
  }

  eventsAbout(subjectType: string, subjectId: string): Promise<AuditEvent[]> {
    return this.events.findBySubject(subjectType, subjectId);
  }
}
