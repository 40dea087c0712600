import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  CONTENT_STATUS_LABELS,
  isRegionCode,
  MARKET_LANDING_AUDIENCES,
  regionLevelOf,
  type Audience,
  type ContentKind,
  type ContentStatus,
} from '@hulei/shared';
import { AuditService } from '../audit/audit.service';
import type { AuditAction } from '../audit/audit-event.entity';
import { AppError } from '../common/errors/app-error';
import { PublicResponseCache } from '../common/http/public-cache';
import { noRegionPath, regionPathOf } from '../common/jurisdiction/region-path';
import type { JurisdictionScope } from '../common/jurisdiction/scope';
import type { Cadre } from '../identity/auth/cadre';
import { JurisdictionService } from '../identity/jurisdiction.service';
import { RegionsService } from '../regions/regions.service';
import { ContentItem } from './content-item.entity';
import { ContentRepository } from './content.repository';
import {
  CONTENT_PAGE_SIZE_DEFAULT,
  type ContentItemDto,
  type ContentListQueryDto,
  type ContentPageDto,
  type ContentSummaryDto,
} from './dto/content.dto';
import type {
  CadreContentItemDto,
  CadreContentPageDto,
  CadreContentQueryDto,
  ContentDraftDto,
  CreateContentDto,
} from './dto/content-authoring.dto';
import { isHttpsUrl, sanitizeLessonHtml } from './html-sanitizer';
import { STARTER_ARTICLES, type StarterArticle } from './starter';

/** What a writer supplies for a new item; everything else the service decides. */
export interface NewContentItem {
  slug?: string | null;
  kind: ContentKind;
  audience: Audience;
  title: string;
  summary: string;
  bodyHtml: string;
  coverUrl?: string | null;
  videoUrl?: string | null;
  status?: ContentStatus;
  ownerRegionCode?: string | null;
  authorAccountId?: string | null;
  reviewerAccountId?: string | null;
  publishedAt?: Date | null;
}

export interface SeedCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The viewer's region and the regions above it: whose local material the viewer sees. */
export function ownerRegionCodesFor(regionCode: string): string[] {
  return [2, 4, 6, 9, 12].filter((length) => length <= regionCode.length).map((length) => regionCode.slice(0, length));
}

// Local material belongs to a county, a city or a province: the levels that write and review it.
const OWNER_LEVELS = ['province', 'city', 'county'];

@Injectable()
export class ContentService {
  constructor(
    private readonly content: ContentRepository,
    private readonly jurisdiction: JurisdictionService,
    private readonly audit: AuditService,
    private readonly regions: RegionsService,
    private readonly publicCache: PublicResponseCache,
  ) {}

  /** What phones read changed: drop the server's cached lists, lessons and market landings. */
  private publicChanged(): void {
    this.publicCache.invalidate('/api/content');
    this.publicCache.invalidate('/api/markets/events/');
  }

  /** For reports: local lessons published in [from, to) in the scope (national material has no region). */
  countPublishedForReport(scope: JurisdictionScope, from: Date, to: Date): Promise<number> {
    return this.content.countPublishedInScope(scope, from, to);
  }

  async listPublished(query: ContentListQueryDto): Promise<ContentPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? CONTENT_PAGE_SIZE_DEFAULT;
    const [rows, total] = await this.content.findPublished(
      {
        audience: query.audience,
        kind: query.kind,
        ownerRegionCodes: query.regionCode ? ownerRegionCodesFor(query.regionCode) : [],
      },
      (page - 1) * pageSize,
      pageSize,
    );
    return { items: rows.map(toSummaryDto), total };
  }

  /** A published item; a draft, a withdrawn item or an unknown id are all simply not there. */
  async getPublished(id: string): Promise<ContentItemDto> {
    const item = UUID_PATTERN.test(id) ? await this.content.findPublishedById(id) : null;
    if (!item) throw AppError.notFound('没有找到这篇内容，它可能已经下架');
    return { ...toSummaryDto(item), bodyHtml: item.bodyHtml };
  }

  /** For counting a read: a 404 like getPublished's unless the id is a published lesson. */
  async assertPublished(id: string): Promise<void> {
    if (!UUID_PATTERN.test(id) || !(await this.content.isPublished(id.toLowerCase()))) {
      throw AppError.notFound('没有找到这篇内容，它可能已经下架');
    }
  }

  /** Stores a new item, its body sanitised; the cadre workflow (review, publish) builds on this. */
  async createItem(input: NewContentItem, now: Date = new Date()): Promise<ContentItem> {
    const item = new ContentItem();
    item.id = randomUUID();
    item.slug = input.slug ?? null;
    Object.assign(item, this.checkedText(input));
    item.status = input.status ?? 'draft';
    item.ownerRegionCode = input.ownerRegionCode ?? null;
    if (item.ownerRegionCode !== null && !isRegionCode(item.ownerRegionCode)) {
      throw AppError.validation('ownerRegionCode', '区划代码应为 2、4、6、9 或 12 位数字');
    }
    item.path = item.ownerRegionCode === null ? noRegionPath() : regionPathOf(item.ownerRegionCode);
    item.reviewComment = null;
    item.authorAccountId = input.authorAccountId ?? null;
    item.reviewerAccountId = input.reviewerAccountId ?? null;
    item.publishedAt = input.publishedAt ?? (item.status === 'published' ? now : null);
    item.createdAt = now;
    item.updatedAt = now;
    await this.content.insert(item);
    if (item.status === 'published') this.publicChanged();
    return item;
  }

  /** The newest lesson for each landing audience that a reader in `regionCode` sees (a market stall's three). */
  async landingLessons(regionCode: string): Promise<ContentSummaryDto[]> {
    const lessons: ContentSummaryDto[] = [];
    for (const audience of MARKET_LANDING_AUDIENCES) {
      const [first] = (await this.listPublished({ audience, regionCode, pageSize: 1 })).items;
      if (first) lessons.push(first);
    }
    return lessons;
  }

  // ---- Authoring and review: county level and above, inside their jurisdiction ----

  async listForCadre(cadre: Cadre, query: CadreContentQueryDto): Promise<CadreContentPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? CONTENT_PAGE_SIZE_DEFAULT;
    const [rows, total] = await this.content.findPageInScope(
      cadre.scope,
      query.status,
      (page - 1) * pageSize,
      pageSize,
    );
    return { items: rows.map(toCadreDto), total };
  }

  async getForCadre(cadre: Cadre, id: string): Promise<CadreContentItemDto> {
    return toCadreDto(await this.requireLocalItem(cadre, id));
  }

  /** A new draft owned by the caller's region, or by a county or city inside it. */
  async createDraft(cadre: Cadre, input: CreateContentDto, now = new Date()): Promise<CadreContentItemDto> {
    const owner = input.ownerRegionCode ?? cadre.regionCode;
    if (!OWNER_LEVELS.includes(regionLevelOf(owner) ?? '')) {
      throw AppError.validation('ownerRegionCode', '本地内容只能属于县、市或省');
    }
    await this.jurisdiction.assertWithin(cadre, owner, { type: 'content_item', id: owner });
    await this.regions.requireRegion(owner).catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'NOT_FOUND'
        ? AppError.validation('ownerRegionCode', '没有这个区划')
        : error;
    });
    const item = await this.createItem(
      { ...draftFields(input), ownerRegionCode: owner, authorAccountId: cadre.accountId, status: 'draft' },
      now,
    );
    await this.record(cadre, 'content_created', item);
    return toCadreDto(item);
  }

  /** Edits a draft, or a withdrawn item (which becomes a draft again); the editor becomes its author. */
  async updateDraft(cadre: Cadre, id: string, input: ContentDraftDto, now = new Date()): Promise<CadreContentItemDto> {
    const item = await this.requireLocalItem(cadre, id);
    // Validate and sanitise exactly as a new item would be, without storing anything yet.
    const checked = this.checkedText({ ...draftFields(input), ownerRegionCode: item.ownerRegionCode });
    const fields: Partial<ContentItem> = {
      ...checked,
      status: 'draft',
      authorAccountId: cadre.accountId,
      updatedAt: now,
    };
    if (!(await this.content.updateIfStatus(id, ['draft', 'withdrawn'], fields))) throw notEditable(item.status);
    await this.record(cadre, 'content_updated', item);
    return this.getForCadre(cadre, id);
  }

  async submitForReview(cadre: Cadre, id: string, now = new Date()): Promise<CadreContentItemDto> {
    const item = await this.requireLocalItem(cadre, id);
    const moved = await this.content.updateIfStatus(id, ['draft'], { status: 'in_review', updatedAt: now });
    if (!moved)
      throw conflict(item.status === 'in_review' ? '已经提交审核了' : `${statusLabel(item)}的内容不能提交审核`);
    await this.record(cadre, 'content_submitted', item);
    return this.getForCadre(cadre, id);
  }

  /** A second person publishes: anyone in whose jurisdiction the owner region lies, except its author. */
  async approve(cadre: Cadre, id: string, now = new Date()): Promise<CadreContentItemDto> {
    const item = await this.requireLocalItem(cadre, id);
    if (item.authorAccountId === cadre.accountId) {
      await this.record(cadre, 'content_approved', item, 'denied');
      throw new AppError('FORBIDDEN', '不能审核自己写的内容，请另一位同事审核');
    }
    const moved = await this.content.updateIfStatus(id, ['in_review'], {
      status: 'published',
      reviewerAccountId: cadre.accountId,
      reviewComment: null,
      publishedAt: now,
      updatedAt: now,
    });
    if (!moved) throw conflict(`${statusLabel(item)}的内容不能发布：先提交审核`);
    this.publicChanged();
    await this.record(cadre, 'content_approved', item);
    return this.getForCadre(cadre, id);
  }

  /** Sends an item in review back to its author with what to change. */
  async returnForChanges(cadre: Cadre, id: string, comment: string, now = new Date()): Promise<CadreContentItemDto> {
    const item = await this.requireLocalItem(cadre, id);
    if (item.authorAccountId === cadre.accountId) {
      throw new AppError('FORBIDDEN', '不能审核自己写的内容，请另一位同事审核');
    }
    const text = requireText('comment', comment, 500);
    const moved = await this.content.updateIfStatus(id, ['in_review'], {
      status: 'draft',
      reviewerAccountId: cadre.accountId,
      reviewComment: text,
      updatedAt: now,
    });
    if (!moved) throw conflict(`${statusLabel(item)}的内容不在审核中`);
    await this.record(cadre, 'content_returned', item);
    return this.getForCadre(cadre, id);
  }

  /** Takes a published item off every phone (public answers are cached for at most five minutes). */
  async withdraw(cadre: Cadre, id: string, now = new Date()): Promise<CadreContentItemDto> {
    const item = await this.requireLocalItem(cadre, id);
    const moved = await this.content.updateIfStatus(id, ['published'], { status: 'withdrawn', updatedAt: now });
    if (!moved) throw conflict(`${statusLabel(item)}的内容不能下架`);
    this.publicChanged();
    await this.record(cadre, 'content_withdrawn', item);
    return this.getForCadre(cadre, id);
  }

  /** A local item inside the caller's jurisdiction; national items and others' items are 404. */
  private async requireLocalItem(cadre: Cadre, id: string): Promise<ContentItem> {
    const item = UUID_PATTERN.test(id) ? await this.content.findById(id) : null;
    if (!item || item.ownerRegionCode === null) throw AppError.notFound('没有找到这篇内容');
    await this.jurisdiction.assertWithin(cadre, item.ownerRegionCode, { type: 'content_item', id });
    return item;
  }

  private checkedText(
    input: NewContentItem,
  ): Pick<ContentItem, 'kind' | 'audience' | 'title' | 'summary' | 'bodyHtml' | 'coverUrl' | 'videoUrl'> {
    const bodyHtml = sanitizeLessonHtml(input.bodyHtml);
    if (bodyHtml === '') throw AppError.validation('bodyHtml', '正文不能为空');
    const videoUrl = optionalHttpsUrl('videoUrl', input.videoUrl);
    if (input.kind === 'video' && videoUrl === null) throw AppError.validation('videoUrl', '视频需要视频地址');
    return {
      kind: input.kind,
      audience: input.audience,
      title: requireText('title', input.title, 100),
      summary: requireText('summary', input.summary, 200),
      bodyHtml,
      coverUrl: optionalHttpsUrl('coverUrl', input.coverUrl),
      videoUrl,
    };
  }

  private record(cadre: Cadre, action: AuditAction, item: ContentItem, outcome: 'ok' | 'denied' = 'ok'): Promise<void> {
    return this.audit.record({
      action,
      outcome,
      actor: cadre,
      subject: { type: 'content_item', id: item.id },
      regionCode: item.ownerRegionCode,
    });
  }

  /**
   * Publishes the national starter lessons, or brings their text up to date: matched by slug, so a
   * second run adds what is new and changes nothing else. A withdrawn lesson stays withdrawn.
   */
  async seedStarter(articles: readonly StarterArticle[] = STARTER_ARTICLES, now = new Date()): Promise<SeedCounts> {
    const counts: SeedCounts = { inserted: 0, updated: 0, unchanged: 0 };
    const existing = new Map((await this.content.findBySlugs(articles.map((a) => a.slug))).map((i) => [i.slug, i]));
    for (const [index, article] of articles.entries()) {
      const text = {
        kind: 'article' as const,
        audience: article.audience,
        title: article.title,
        summary: article.summary,
        bodyHtml: sanitizeLessonHtml(article.bodyHtml),
      };
      const current = existing.get(article.slug);
      if (!current) {
        // Lists show the newest first: the first lesson of the file gets the latest time.
        const publishedAt = new Date(now.getTime() - index * 1000);
        await this.createItem({ ...text, slug: article.slug, status: 'published', publishedAt }, now);
        counts.inserted += 1;
      } else if ((Object.keys(text) as Array<keyof typeof text>).some((field) => current[field] !== text[field])) {
        await this.content.updateText(current.id, text, now);
        counts.updated += 1;
      } else {
        counts.unchanged += 1;
      }
    }
    if (counts.inserted + counts.updated > 0) this.publicChanged();
    return counts;
  }
}

function requireText(field: string, value: string, maxLength: number): string {
  const text = value.trim();
  if (text === '') throw AppError.validation(field, '不能为空');
  if (text.length > maxLength) throw AppError.validation(field, `太长了，最多 ${maxLength} 个字`);
  return text;
}

function optionalHttpsUrl(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  if (!isHttpsUrl(value.trim())) throw AppError.validation(field, '必须是 https 地址');
  return value.trim();
}

function draftFields(input: ContentDraftDto): Omit<NewContentItem, 'ownerRegionCode'> {
  return {
    kind: input.kind,
    audience: input.audience,
    title: input.title,
    summary: input.summary,
    bodyHtml: input.bodyHtml,
    coverUrl: input.coverUrl ?? null,
    videoUrl: input.videoUrl ?? null,
  };
}

function statusLabel(item: ContentItem): string {
  return CONTENT_STATUS_LABELS[item.status];
}

function conflict(message: string): AppError {
  return new AppError('CONFLICT', message);
}

function notEditable(status: ContentStatus): AppError {
  return conflict(
    status === 'in_review' ? '审核中的内容不能修改：请等审核结果，或请审核人退回' : '已发布的内容请先下架再修改',
  );
}

function toCadreDto(item: ContentItem): CadreContentItemDto {
  return {
    id: item.id,
    kind: item.kind,
    audience: item.audience,
    title: item.title,
    summary: item.summary,
    bodyHtml: item.bodyHtml,
    coverUrl: item.coverUrl,
    videoUrl: item.videoUrl,
    status: item.status,
    ownerRegionCode: item.ownerRegionCode ?? '',
    authorAccountId: item.authorAccountId,
    reviewerAccountId: item.reviewerAccountId,
    reviewComment: item.reviewComment,
    publishedAt: item.publishedAt?.toISOString() ?? null,
    createdAt: item.createdAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
  };
}

function toSummaryDto(item: ContentItem): ContentSummaryDto {
  return {
    id: item.id,
    kind: item.kind,
    audience: item.audience,
    title: item.title,
    summary: item.summary,
    coverUrl: item.coverUrl,
    videoUrl: item.videoUrl,
    ownerRegionCode: item.ownerRegionCode,
    publishedAt: (item.publishedAt ?? new Date(0)).toISOString(),
  };
}
