import { Injectable } from '@nestjs/common';
import type { Audience, ContentKind, ContentStatus } from '@hulei/shared';
import { DataSource, In } from 'typeorm';
import { whereInScope, type JurisdictionScope } from '../common/jurisdiction/scope';
import { ContentItem } from './content-item.entity';

export interface PublishedFilter {
  audience?: Audience;
  kind?: ContentKind;
  /** Regions whose own material is shown beside the national material (null owner). */
  ownerRegionCodes: string[];
}

export type ContentTextFields = Pick<ContentItem, 'kind' | 'audience' | 'title' | 'summary' | 'bodyHtml'>;

@Injectable()
export class ContentRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get items() {
    return this.dataSource.getRepository(ContentItem);
  }

  /** Published items, newest first, one page of them and how many there are in all. */
  async findPublished(filter: PublishedFilter, offset: number, limit: number): Promise<[ContentItem[], number]> {
    const query = this.items
      .createQueryBuilder('c')
      .select([
        'c.id',
        'c.kind',
        'c.audience',
        'c.title',
        'c.summary',
        'c.coverUrl',
        'c.videoUrl',
        'c.ownerRegionCode',
        'c.publishedAt',
      ])
      .where('c.status = :status', { status: 'published' });
    if (filter.audience) query.andWhere('c.audience = :audience', { audience: filter.audience });
    if (filter.kind) query.andWhere('c.kind = :kind', { kind: filter.kind });
    if (filter.ownerRegionCodes.length > 0) {
      query.andWhere('(c.ownerRegionCode IS NULL OR c.ownerRegionCode IN (:...owners))', {
        owners: filter.ownerRegionCodes,
      });
    } else {
      query.andWhere('c.ownerRegionCode IS NULL');
    }
    return query.orderBy('c.publishedAt', 'DESC').addOrderBy('c.id', 'ASC').skip(offset).take(limit).getManyAndCount();
  }

  findPublishedById(id: string): Promise<ContentItem | null> {
    return this.items.findOneBy({ id, status: 'published' });
  }

  async isPublished(id: string): Promise<boolean> {
    return (await this.items.countBy({ id, status: 'published' })) > 0;
  }

  findById(id: string): Promise<ContentItem | null> {
    return this.items.findOneBy({ id });
  }

  findBySlugs(slugs: string[]): Promise<ContentItem[]> {
    if (slugs.length === 0) return Promise.resolve([]);
    return this.items.findBy({ slug: In(slugs) });
  }

  async insert(item: ContentItem): Promise<void> {
    await this.items.insert(item);
  }

  async updateText(id: string, fields: ContentTextFields, updatedAt: Date): Promise<void> {
    await this.items.update({ id }, { ...fields, updatedAt });
  }

  /** Local items owned inside the scope, most recently changed first. */
  findPageInScope(
    scope: JurisdictionScope,
    status: ContentStatus | undefined,
    offset: number,
    limit: number,
  ): Promise<[ContentItem[], number]> {
    const query = this.items.createQueryBuilder('c');
    whereInScope(query, 'c', scope);
    if (status) query.andWhere('c.status = :status', { status });
    return query.orderBy('c.updatedAt', 'DESC').addOrderBy('c.id', 'ASC').skip(offset).take(limit).getManyAndCount();
  }

  /**
   * Changes an item only if it is still in one of the `from` statuses: one statement, so of two
   * reviewers acting at once exactly one succeeds.
   */
  async updateIfStatus(id: string, from: readonly ContentStatus[], fields: Partial<ContentItem>): Promise<boolean> {
    const result = await this.items.update({ id, status: In([...from]) }, fields);
    return result.affected === 1;
  }

  /** Reports: local lessons published in [from, to) by the scope or the regions below it. */
  async countPublishedInScope(scope: JurisdictionScope, from: Date, to: Date): Promise<number> {
    const query = this.items
      .createQueryBuilder('c')
      .where("c.status = 'published'")
      .andWhere('c.published_at >= :from AND c.published_at < :to', { from, to });
    whereInScope(query, 'c', scope);
    return query.getCount();
  }
}
