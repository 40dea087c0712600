import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RegionLevel } from '@hulei/shared';

/**
 * One administrative division, from the national statistical codes. The code's prefixes are its
 * ancestors, so a subtree is a primary-key range (see subtreeEnd).
 */
@Entity('region')
@Index('idx_region_parent', ['parentCode', 'code'])
export class Region {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code: string;

  /** The name people say ("太平铺村"). */
  @Column({ type: 'varchar', length: 64 })
  name: string;

  /** The statistical name ("太平铺村村委会"). */
  @Column({ name: 'official_name', type: 'varchar', length: 100 })
  officialName: string;

  @Column({ type: 'varchar', length: 8 })
  level: RegionLevel;

  @Column({ name: 'parent_code', type: 'varchar', length: 12, nullable: true })
  parentCode: string | null;
}
