import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isRegionCode, type Audience, type ContentKind, type ContentStatus } from '@hulei/shared';
import { AppError } from '../common/errors/app-error';
import { ContentItem } from './content-item.entity';
import { ContentRepository } from './content.repository';
import {
  CONTENT_PAGE_SIZE_DEFAULT,
  type ContentItemDto,
  type ContentListQueryDto,
  type ContentPageDto,
  type ContentSummaryDto,
} from './dto/content.dto';
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

@Injectable()
export class ContentService {
  constructor(private readonly content: ContentRepository) {}

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

  /** Stores a new item, its body sanitised; the cadre workflow (review, publish) builds on this. */
  async createItem(input: NewContentItem, now: Date = new Date()): Promise<ContentItem> {
    const item = new ContentItem();
    item.id = randomUUID();
    item.slug = input.slug ?? null;
    item.kind = input.kind;
    item.audience = input.audience;
    item.title = requireText('title', input.title, 100);
    item.summary = requireText('summary', input.summary, 200);
    item.bodyHtml = sanitizeLessonHtml(input.bodyHtml);
    if (item.bodyHtml === '') throw AppError.validation('bodyHtml', '正文不能为空');
    item.coverUrl = optionalHttpsUrl('coverUrl', input.coverUrl);
    item.videoUrl = optionalHttpsUrl('videoUrl', input.videoUrl);
    if (item.kind === 'video' && item.videoUrl === null) throw AppError.validation('videoUrl', '视频需要视频地址');
    item.status = input.status ?? 'draft';
    item.ownerRegionCode = input.ownerRegionCode ?? null;
    if (item.ownerRegionCode !== null && !isRegionCode(item.ownerRegionCode)) {
      throw AppError.validation('ownerRegionCode', '区划代码应为 2、4、6、9 或 12 位数字');
    }
    item.authorAccountId = input.authorAccountId ?? null;
    item.reviewerAccountId = input.reviewerAccountId ?? null;
    item.publishedAt = input.publishedAt ?? (item.status === 'published' ? now : null);
    item.createdAt = now;
    item.updatedAt = now;
    await this.content.insert(item);
    return item;
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
