import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Audience, ContentKind, ContentStatus } from '@hulei/shared';
import { RegionPath } from '../common/jurisdiction/region-path';

/**
 * A lesson: an article, a short video or a poster, for one audience. National starter material has
 * no owner region; local material belongs to the county, city or province that published it, and
 * every village below that region sees it.
 */
@Entity('content_item')
@Index('idx_content_item_public', ['status', 'audience', 'publishedAt'])
@Index('idx_content_item_owner', ['ownerRegionCode', 'status'])
@Index('uq_content_item_slug', ['slug'], { unique: true })
@Index('idx_content_item_province', ['path.provinceCode', 'updatedAt'])
@Index('idx_content_item_city', ['path.cityCode', 'updatedAt'])
@Index('idx_content_item_county', ['path.countyCode', 'updatedAt'])
export class ContentItem {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Stable key of starter material, so seeding again updates instead of duplicating; null for local items. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  slug: string | null;

  @Column({ type: 'varchar', length: 8 })
  kind: ContentKind;

  @Column({ type: 'varchar', length: 12 })
  audience: Audience;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 200 })
  summary: string;

  /** Sanitised on every write (see html-sanitizer.ts). */
  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  @Column({ name: 'cover_url', type: 'varchar', length: 500, nullable: true })
  coverUrl: string | null;

  @Column({ name: 'video_url', type: 'varchar', length: 500, nullable: true })
  videoUrl: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: ContentStatus;

  @Column({ name: 'owner_region_code', type: 'varchar', length: 12, nullable: true })
  ownerRegionCode: string | null;

  /** The owner region and its ancestors, so a cadre's list is one indexed equality; empty for national items. */
  @Column(() => RegionPath, { prefix: false })
  path: RegionPath;

  @Column({ name: 'author_account_id', type: 'varchar', length: 36, nullable: true })
  authorAccountId: string | null;

  @Column({ name: 'reviewer_account_id', type: 'varchar', length: 36, nullable: true })
  reviewerAccountId: string | null;

  /** Why the last reviewer sent the item back; kept until it is approved. */
  @Column({ name: 'review_comment', type: 'varchar', length: 500, nullable: true })
  reviewComment: string | null;

  @Column({ name: 'published_at', type: 'datetime', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
