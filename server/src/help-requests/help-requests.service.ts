import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { timeOrderedId } from '../common/ids';
import { ancestorCode, type HandlingLevel, type RegionLevel } from '@hulei/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { inTransaction } from '../database/transactions';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { DataCipher } from '../common/crypto/data-cipher';
import { AppError } from '../common/errors/app-error';
import { IdempotencyService, type IdempotentAnswer } from '../common/idempotency/idempotency.service';
import { regionPathOf } from '../common/jurisdiction/region-path';
import { RateLimiter, type RateLimitRule } from '../common/rate-limit/rate-limiter';
import { AccountsService } from '../identity/accounts.service';
import { RegionsService } from '../regions/regions.service';
import type { HelpRequestReceiptDto, LookupResultDto, SubmitHelpRequestDto } from './dto/public.dto';
import type { HelpRequestEvent } from './help-request-event.entity';
import type { HelpRequest } from './help-request.entity';
import { MarketsService } from '../markets/markets.service';
import { HelpRequestClocks } from './help-request-clocks';
import { HelpRequestsRepository } from './help-requests.repository';
import { newReceiptCode, receiptHash } from './receipts';
import { SEALED } from './sealed-columns';

// Generous for a village behind one carrier NAT, tight for a script.
const SUBMIT_LIMIT: RateLimitRule = {
  name: 'help_submit',
  limit: 20,
  windowSeconds: 600,
  message: '提交太频繁了，请过几分钟再试；如果有危险，请马上打 110',
};
const LOOKUP_LIMIT: RateLimitRule = {
  name: 'receipt_lookup',
  limit: 30,
  windowSeconds: 3600,
  message: '查询次数太多了，请一小时后再试',
};
// A wrong code costs the guesser this long, and nobody else anything.
const WRONG_CODE_DELAY_MS = 800;

const HANDLING_LADDER: ReadonlyArray<HandlingLevel & RegionLevel> = ['village', 'town', 'county', 'city'];

export interface Route {
  level: HandlingLevel;
  regionCode: string;
}

/** The anonymous side: intake, lookup by receipt code, the requester's messages. */
@Injectable()
export class HelpRequestsService {
  constructor(
    private readonly requests: HelpRequestsRepository,
    private readonly regions: RegionsService,
    private readonly accounts: AccountsService,
    private readonly idempotency: IdempotencyService,
    private readonly limiter: RateLimiter,
    private readonly cipher: DataCipher,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly helpClocks: HelpRequestClocks,
    private readonly markets: MarketsService,
    @Inject(HULEI_CONFIG) private readonly config: HuleiConfig,
  ) {}

  /** Stores a request once per Idempotency-Key and routes it to the nearest level with a chair. */
  async submit(
    input: SubmitHelpRequestDto,
    idempotencyKey: string,
    addressKey: string,
  ): Promise<IdempotentAnswer<HelpRequestReceiptDto>> {
    const earlier = await this.idempotency.earlierAnswer<HelpRequestReceiptDto>('help_request', idempotencyKey, input);
    if (earlier) return earlier;
    await this.limiter.consume(SUBMIT_LIMIT, addressKey);
    if (input.marketEventId) await this.markets.assertKnownEvent(input.marketEventId);
    const village = await this.regions.knownRegion(input.regionCode).catch(() => null);
    if (!village || village.level !== 'village') throw AppError.validation('regionCode', '没有这个村，请重新选择');
    const route = await this.routeFor(input.regionCode);
    // Hashing (Argon2id, ~20 ms) happens before the transaction, which must hold no slow work.
    const receiptCode = newReceiptCode();
    const hash = await receiptHash(receiptCode, this.config.receiptSalt, this.config.receiptHashing);

    return this.idempotency.once(
      'help_request',
      idempotencyKey,
      input,
      async (manager) => {
        const now = new Date();
        const urgency = input.urgency ?? 'normal';
        const request = this.newRequest(
          {
            receiptHash: hash,
            category: input.category,
            urgency,
            requesterRole: input.requesterRole ?? 'other',
            status: 'submitted',
            origin: 'public',
            regionCode: input.regionCode,
            description: input.description,
            contactPhoneSealed: this.cipher.sealOptional(input.contactPhone, SEALED.contactPhone),
            marketEventId: input.marketEventId ?? null,
            dueAt: this.helpClocks.acknowledgeDueAt({ urgency }, now),
            acknowledgedAt: null,
            acknowledgedBy: null,
          },
          route,
          now,
        );
        await this.requests.insert(request, manager);
        const events: HelpRequestEvent[] = [this.event(request, 'submitted', now, 'village', input.regionCode)];
        if (route.level !== 'village') {
          events.push(this.event(request, 'routed', now, route.level, route.regionCode, 'no_active_account_below'));
        }
        await this.requests.insertEvents(events, manager);
        await this.helpClocks.onSubmitted(manager, request, route.recipients);
        if (request.marketEventId) await this.markets.countHelpRequest(request.marketEventId, manager);
        return { statusCode: 201, body: { receiptCode, status: request.status, createdAt: now } };
      },
      { checkedEarlier: true },
    );
  }

  /**
   * A case opened by a cadre during a door-knocking visit (origin "visit"): routed like any
   * request, acknowledged by the visitor at once. Its receipt code is never shown to anyone.
   */
  async openFromVisit(
    cadre: { accountId: string },
    input: {
      category: HelpRequest['category'];
      description: string;
      villageCode: string;
      urgency: HelpRequest['urgency'];
    },
  ): Promise<string> {
    const route = await this.routeFor(input.villageCode);
    const hash = await receiptHash(newReceiptCode(), this.config.receiptSalt, this.config.receiptHashing);
    const now = new Date();
    const request = this.newRequest(
      {
        receiptHash: hash,
        category: input.category,
        urgency: input.urgency,
        requesterRole: 'other',
        status: 'acknowledged',
        origin: 'visit',
        regionCode: input.villageCode,
        description: input.description,
        contactPhoneSealed: null,
        marketEventId: null,
        dueAt: null,
        acknowledgedAt: now,
        acknowledgedBy: cadre.accountId,
      },
      route,
      now,
    );
    await inTransaction(this.dataSource, async (manager) => {
      await this.requests.insert(request, manager);
      await this.requests.insertEvents(
        [
          {
            ...this.event(request, 'submitted', now, 'village', input.villageCode, 'origin_visit'),
            actorAccountId: cadre.accountId,
          },
          { ...this.event(request, 'acknowledged', now), actorAccountId: cadre.accountId },
        ],
        manager,
      );
      await this.helpClocks.onAcknowledged(manager, request, now);
    });
    return request.id;
  }

  /** A new request's row, from either door (the public form, a visit): nothing has happened to it yet. */
  private newRequest(
    fields: Pick<
      HelpRequest,
      | 'receiptHash'
      | 'category'
      | 'urgency'
      | 'requesterRole'
      | 'status'
      | 'origin'
      | 'regionCode'
      | 'contactPhoneSealed'
      | 'marketEventId'
      | 'dueAt'
      | 'acknowledgedAt'
      | 'acknowledgedBy'
    > & { description: string },
    route: Route,
    now: Date,
  ): HelpRequest {
    const { description, ...rest } = fields;
    return {
      ...rest,
      id: randomUUID(),
      path: regionPathOf(fields.regionCode),
      handlingLevel: route.level,
      handlingRegionCode: route.regionCode,
      descriptionSealed: this.cipher.seal(description, SEALED.description),
      createdAt: now,
      updatedAt: now,
      policeReportedAt: null,
      policeReportOverdueAt: null,
      closureReasonSealed: null,
      closureRequestedAt: null,
      resolvedAt: null,
      closedAt: null,
      purgedAt: null,
    };
  }

  /** The nearest level, from the village up, with an active federation account, and who serves it. */
  async routeFor(villageCode: string): Promise<Route & { recipients: Array<{ id: string; regionCode: string }> }> {
    const served = await this.accounts.federationAlong(villageCode);
    for (const level of HANDLING_LADDER) {
      const code = ancestorCode(villageCode, level)!;
      const recipients = served.get(code);
      if (recipients?.length) return { level, regionCode: code, recipients };
    }
    const city = ancestorCode(villageCode, 'city')!;
    return { level: 'city', regionCode: city, recipients: [] };
  }

  async lookup(receiptCode: string, addressKey: string): Promise<LookupResultDto> {
    const request = await this.findByReceipt(receiptCode, addressKey);
    const messages = await this.requests.findMessages(request.id);
    return {
      status: request.status,
      category: request.category,
      createdAt: request.createdAt,
      messages: messages
        .filter((m) => m.bodySealed !== null)
        .map((m) => ({ from: m.sender, body: this.cipher.open(m.bodySealed!, SEALED.message), createdAt: m.at })),
    };
  }

  async addRequesterMessage(receiptCode: string, body: string, addressKey: string): Promise<void> {
    const request = await this.findByReceipt(receiptCode, addressKey);
    if (request.status === 'closed') {
      throw new AppError('CONFLICT', '这条求助已经结束了；如果还需要帮助，请重新提交一条求助');
    }
    const now = new Date();
    await this.requests.insertMessage({
      id: timeOrderedId(),
      helpRequestId: request.id,
      at: now,
      sender: 'requester',
      accountId: null,
      bodySealed: this.cipher.seal(body, SEALED.message),
    });
    await this.requests.insertEvents([this.event(request, 'requester_message', now)]);
  }

  /**
   * The requester asks for what she wrote to be deleted. The town reviews it (a request to delete
   * from a shared phone may come from the person causing harm), then erases it.
   */
  async requestErasure(receiptCode: string, addressKey: string): Promise<void> {
    const request = await this.findByReceipt(receiptCode, addressKey);
    if (request.purgedAt) return;
    const town = ancestorCode(request.regionCode, 'town')!;
    await inTransaction(this.dataSource, async (manager) => {
      await this.requests.insertEvents([this.event(request, 'erasure_requested', new Date())], manager);
      await this.helpClocks.notifyErasureRequested(manager, town);
    });
  }

  private async findByReceipt(receiptCode: string, addressKey: string): Promise<HelpRequest> {
    await this.limiter.consume(LOOKUP_LIMIT, addressKey);
    const request = await this.requests.findByReceiptHash(
      await receiptHash(receiptCode, this.config.receiptSalt, this.config.receiptHashing),
    );
    if (!request) {
      await this.audit.record({ action: 'receipt_lookup_failed', outcome: 'failed' });
      await new Promise((resolve) => setTimeout(resolve, WRONG_CODE_DELAY_MS));
      throw AppError.notFound('没有找到这个回执码，请核对后再输入');
    }
    return request;
  }

  private event(
    request: HelpRequest,
    kind: HelpRequestEvent['kind'],
    at: Date,
    level: string = request.handlingLevel,
    regionCode: string = request.handlingRegionCode,
    data: string | null = null,
  ): HelpRequestEvent {
    return {
      id: timeOrderedId(),
      helpRequestId: request.id,
      at,
      kind,
      actorAccountId: null,
      level,
      regionCode,
      noteSealed: null,
      data,
    };
  }
}
