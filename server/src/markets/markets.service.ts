import { randomInt, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { MARKET_EVENT_CODE_PATTERN, MARKET_LANDING_PAGE, marketLandingUrl, parentRegionCode } from '@hulei/shared';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuditAction } from '../audit/audit-event.entity';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { AppError } from '../common/errors/app-error';
import { PublicResponseCache } from '../common/http/public-cache';
import { regionCodeOfPath, regionPathOf } from '../common/jurisdiction/region-path';
import type { JurisdictionScope } from '../common/jurisdiction/scope';
import { WechatClient } from '../common/wechat/wechat-client';
import { ContentService } from '../content/content.service';
import type { Cadre } from '../identity/auth/cadre';
import { JurisdictionService } from '../identity/jurisdiction.service';
import { RegionsService } from '../regions/regions.service';
import type {
  MarketEventDto,
  MarketEventInputDto,
  MarketEventPageDto,
  MarketEventQueryDto,
  MarketLandingDto,
} from './dto/market-event.dto';
import { MarketEvent } from './market-event.entity';
import { posterHtml, qrCodePng } from './market-poster';
import { MarketsRepository } from './markets.repository';

const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A market day is a burst on one landing: each instance answers it from memory for this long. */
const LANDING_TTL_MS = 30_000;
const CACHE_MAX_ENTRIES = 500;

function newEventCode(): string {
  return Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

function unknownEvent(): AppError {
  return AppError.notFound('没有找到这场赶集活动，二维码可能印错了或已过期');
}

/** A real calendar date and a start before the end, or a 400 naming the field. */
function checkSchedule(input: MarketEventInputDto): void {
  const [year, month, day] = input.date.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw AppError.validation('date', '没有这一天');
  }
  if (year < 2020 || year > 2100) throw AppError.validation('date', '年份不对');
  if (input.endTime <= input.startTime) throw AppError.validation('endTime', '结束时间应晚于开始时间');
}

/** A small map that forgets everything when it grows too big: a cache, never a store. */
class TimedCache<T> {
  private readonly entries = new Map<string, { until: number; value: T }>();

  constructor(private readonly ttlMs: number) {}

  get(key: string, now = Date.now()): T | undefined {
    const entry = this.entries.get(key);
    return entry && entry.until > now ? entry.value : undefined;
  }

  set(key: string, value: T, now = Date.now()): void {
    if (this.entries.size >= CACHE_MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { until: now + this.ttlMs, value });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}

@Injectable()
export class MarketsService {
  private readonly wechat: WechatClient | null;
  private readonly landings = new TimedCache<MarketLandingDto>(LANDING_TTL_MS);
  // Events are never deleted: once seen, an id stays valid.
  private readonly knownEvents = new TimedCache<boolean>(3600_000);
  // The town of an event a lesson read came from; an update forgets it (other instances within the hour).
  private readonly eventTowns = new TimedCache<string>(3600_000);
  // A mini-program code never changes for a code: ask WeChat once per instance (its quota is per minute).
  private readonly wxaCodes = new TimedCache<Buffer>(24 * 3600_000);

  constructor(
    private readonly events: MarketsRepository,
    private readonly content: ContentService,
    private readonly regions: RegionsService,
    private readonly jurisdiction: JurisdictionService,
    private readonly audit: AuditService,
    private readonly publicCache: PublicResponseCache,
    @Inject(HULEI_CONFIG) config: HuleiConfig,
  ) {
    const { appId, secret, apiBase } = config.wechat;
    this.wechat = appId && secret ? new WechatClient({ appId, secret, apiBase }) : null;
  }

  // ---- Cadres: town and county create and change; every level above sees ----

  async create(cadre: Cadre, input: MarketEventInputDto, now = new Date()): Promise<MarketEventDto> {
    await this.checkTown(cadre, input.townCode);
    checkSchedule(input);
    const event = new MarketEvent();
    event.id = randomUUID();
    event.marketName = input.marketName.trim();
    event.path = regionPathOf(input.townCode);
    event.eventDate = input.date;
    event.startTime = input.startTime;
    event.endTime = input.endTime;
    event.organisers = (input.organisers ?? '').trim();
    event.status = 'scheduled';
    event.scanCount = 0;
    event.quizCount = 0;
    event.helpRequestCount = 0;
    event.createdBy = cadre.accountId;
    event.createdAt = now;
    event.updatedAt = now;
    event.cancelledAt = null;
    if (event.marketName === '') throw AppError.validation('marketName', '请填写集市名称');
    // 31^8 codes: a collision is rare, and the unique index catches it.
    for (let attempt = 0; ; attempt += 1) {
      event.code = newEventCode();
      try {
        await this.events.insert(event);
        break;
      } catch (error) {
        if (attempt >= 3 || (await this.events.findByCode(event.code)) === null) throw error;
      }
    }
    await this.record(cadre, 'market_event_created', event);
    return this.toDto(event);
  }

  async list(cadre: Cadre, query: MarketEventQueryDto): Promise<MarketEventPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [rows, total] = await this.events.findPageInScope(cadre.scope, (page - 1) * pageSize, pageSize);
    return { items: await Promise.all(rows.map((row) => this.toDto(row))), total };
  }

  async get(cadre: Cadre, id: string): Promise<MarketEventDto> {
    return this.toDto(await this.requireInScope(cadre, id));
  }

  async update(cadre: Cadre, id: string, input: MarketEventInputDto, now = new Date()): Promise<MarketEventDto> {
    const event = await this.requireInScope(cadre, id);
    if (event.status === 'cancelled') throw new AppError('CONFLICT', '活动已取消，不能再修改');
    await this.checkTown(cadre, input.townCode);
    checkSchedule(input);
    const marketName = input.marketName.trim();
    if (marketName === '') throw AppError.validation('marketName', '请填写集市名称');
    await this.events.update(id, {
      marketName,
      path: regionPathOf(input.townCode),
      eventDate: input.date,
      startTime: input.startTime,
      endTime: input.endTime,
      organisers: (input.organisers ?? '').trim(),
      updatedAt: now,
    });
    this.landingChanged(event.code);
    this.eventTowns.delete(id);
    await this.record(cadre, 'market_event_updated', event);
    return this.get(cadre, id);
  }

  async cancel(cadre: Cadre, id: string, now = new Date()): Promise<MarketEventDto> {
    const event = await this.requireInScope(cadre, id);
    if (!(await this.events.cancel(id, now))) throw new AppError('CONFLICT', '活动已经取消了');
    this.landingChanged(event.code);
    await this.record(cadre, 'market_event_cancelled', event);
    return this.get(cadre, id);
  }

  /** The printable A4 poster: plain QR code to the H5 landing, the mini-program code when WeChat is set up. */
  async poster(cadre: Cadre, id: string, origin: string): Promise<string> {
    const event = await this.requireInScope(cadre, id);
    const url = marketLandingUrl(origin, event.code);
    const [qr, wxaCode, regionPath] = await Promise.all([
      qrCodePng(url),
      this.wechat ? this.fetchWxaCode(event.code).catch(() => null) : Promise.resolve(null),
      this.regionPathName(this.townOf(event)),
    ]);
    return posterHtml(
      {
        code: event.code,
        marketName: event.marketName,
        regionPath,
        date: event.eventDate,
        startTime: event.startTime,
        endTime: event.endTime,
        organisers: event.organisers,
        cancelled: event.status === 'cancelled',
      },
      url,
      qr,
      wxaCode,
    );
  }

  async plainQrCode(cadre: Cadre, id: string, origin: string): Promise<Buffer> {
    const event = await this.requireInScope(cadre, id);
    return qrCodePng(marketLandingUrl(origin, event.code));
  }

  // ---- The public landing and the counters ----

  /** What a phone shows after a scan; unknown and malformed codes are one clear 404. */
  async landing(rawCode: string): Promise<MarketLandingDto> {
    const code = rawCode.trim().toUpperCase();
    if (!MARKET_EVENT_CODE_PATTERN.test(code)) throw unknownEvent();
    const cached = this.landings.get(code);
    if (cached) return cached;
    const event = await this.events.findByCode(code);
    if (!event) throw unknownEvent();
    const town = this.townOf(event);
    const [townName, regionPath, lessons] = await Promise.all([
      this.regions.getRegion(town).then((r) => r.name),
      this.regionPathName(town),
      this.content.landingLessons(town),
    ]);
    const landing: MarketLandingDto = {
      id: event.id,
      code: event.code,
      marketName: event.marketName,
      townCode: town,
      townName,
      regionPath,
      date: event.eventDate,
      startTime: event.startTime,
      endTime: event.endTime,
      organisers: event.organisers,
      status: event.status,
      lessons,
    };
    this.landings.set(code, landing);
    return landing;
  }

  /** Someone opened the landing page from the QR code. */
  async countScan(rawCode: string): Promise<void> {
    const code = rawCode.trim().toUpperCase();
    if (!MARKET_EVENT_CODE_PATTERN.test(code) || !(await this.events.increment({ code }, 'scanCount'))) {
      throw unknownEvent();
    }
  }

  /**
   * For a form that carries an optional `marketEventId` (quiz attempts, help requests): a 400 on
   * that field when no such event exists, before anything is stored.
   */
  async assertKnownEvent(eventId: string, field = 'marketEventId'): Promise<void> {
    const id = eventId.toLowerCase();
    if (this.knownEvents.get(id)) return;
    if (!UUID_PATTERN.test(id) || !(await this.events.existsById(id))) {
      throw AppError.validation(field, '没有这场赶集活动');
    }
    this.knownEvents.set(id, true);
  }

  /**
   * The town of an event, for a count from its landing that has no region of its own (a lesson
   * read); a 400 on that field when no such event exists.
   */
  async townOfEvent(eventId: string, field = 'marketEventId'): Promise<string> {
    const id = eventId.toLowerCase();
    const cached = this.eventTowns.get(id);
    if (cached) return cached;
    const event = UUID_PATTERN.test(id) ? await this.events.findById(id) : null;
    if (!event) throw AppError.validation(field, '没有这场赶集活动');
    const town = this.townOf(event);
    this.eventTowns.set(id, town);
    return town;
  }

  /** A quiz started from the event's landing was handed in. */
  async countQuizTaken(eventId: string, manager: EntityManager): Promise<void> {
    await this.events.increment({ id: eventId.toLowerCase() }, 'quizCount', manager);
  }

  /** A help request sent from the event's landing: counted in the transaction that stores it, so once. */
  async countHelpRequest(eventId: string, manager: EntityManager): Promise<void> {
    await this.events.increment({ id: eventId.toLowerCase() }, 'helpRequestCount', manager);
  }

  /** For reports: events held on market days in [fromDay, toDay), per region of `column`, with their counters. */
  countsForReport(scope: JurisdictionScope, column: string, fromDay: string, toDay: string) {
    return this.events.countForReport(scope, column, fromDay, toDay);
  }

  // ---- helpers ----

  private landingChanged(code: string): void {
    this.landings.delete(code);
    this.publicCache.invalidate('/api/markets/events/');
  }

  private async checkTown(cadre: Cadre, townCode: string): Promise<void> {
    await this.jurisdiction.assertWithin(cadre, townCode, { type: 'market_event', id: townCode });
    const town = await this.regions.requireRegion(townCode).catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'NOT_FOUND'
        ? AppError.validation('townCode', '没有这个乡镇')
        : error;
    });
    if (town.level !== 'town') throw AppError.validation('townCode', '请选择乡镇');
  }

  private async requireInScope(cadre: Cadre, id: string): Promise<MarketEvent> {
    const event = UUID_PATTERN.test(id) ? await this.events.findById(id.toLowerCase()) : null;
    if (!event) throw AppError.notFound('没有找到这场赶集活动');
    await this.jurisdiction.assertWithin(cadre, this.townOf(event), { type: 'market_event', id: event.id });
    return event;
  }

  private townOf(event: MarketEvent): string {
    return event.path.townCode ?? regionCodeOfPath(event.path) ?? '';
  }

  private async fetchWxaCode(code: string): Promise<Buffer> {
    const cached = this.wxaCodes.get(code);
    if (cached) return cached;
    const image = await this.wechat!.getUnlimitedQrCode({ scene: code, page: MARKET_LANDING_PAGE });
    this.wxaCodes.set(code, image);
    return image;
  }

  /** "湖南省 怀化市 沅陵县 官庄镇". */
  private async regionPathName(code: string): Promise<string> {
    const codes: string[] = [];
    for (let c: string | null = code; c !== null; c = parentRegionCode(c)) codes.unshift(c);
    const names = await Promise.all(
      codes.map((c) =>
        this.regions.getRegion(c).then(
          (r) => r.name,
          () => null,
        ),
      ),
    );
    return names.filter((n): n is string => n !== null).join(' ');
  }

  private async toDto(event: MarketEvent): Promise<MarketEventDto> {
    const town = this.townOf(event);
    const townName = await this.regions.getRegion(town).then(
      (r) => r.name,
      () => town,
    );
    return {
      id: event.id,
      code: event.code,
      marketName: event.marketName,
      townCode: town,
      townName,
      date: event.eventDate,
      startTime: event.startTime,
      endTime: event.endTime,
      organisers: event.organisers,
      status: event.status,
      counters: { scans: event.scanCount, quizzes: event.quizCount, helpRequests: event.helpRequestCount },
      createdAt: event.createdAt.toISOString(),
      updatedAt: event.updatedAt.toISOString(),
    };
  }

  private record(cadre: Cadre, action: AuditAction, event: MarketEvent): Promise<void> {
    return this.audit.record({
      action,
      outcome: 'ok',
      actor: cadre,
      subject: { type: 'market_event', id: event.id },
      regionCode: this.townOf(event),
    });
  }
}
