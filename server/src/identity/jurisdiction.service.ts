import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { isInScope, notFoundOutsideScope } from '../common/jurisdiction/scope';
import type { Cadre } from './auth/cadre';

/**
 * The one place a single record's region is checked against the caller's jurisdiction. Outside
 * it the record does not exist for the caller (404) and the attempt is audited. Lists filter in
 * their repository query with whereInScope instead.
 */
@Injectable()
export class JurisdictionService {
  constructor(private readonly audit: AuditService) {}

  async assertWithin(cadre: Cadre, regionCode: string, subject: { type: string; id: string }): Promise<void> {
    if (isInScope(cadre.scope, regionCode)) return;
    await this.audit.record({
      action: 'jurisdiction_denied',
      outcome: 'denied',
      actor: cadre,
      subject,
      regionCode: cadre.regionCode,
    });
    throw notFoundOutsideScope();
  }

  /** Audits a cadre's read of a sensitive record. */
  recordRead(cadre: Cadre, regionCode: string, subject: { type: string; id: string }): Promise<void> {
    return this.audit.record({ action: 'record_read', outcome: 'ok', actor: cadre, subject, regionCode });
  }
}
