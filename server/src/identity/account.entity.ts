import type { Role } from '@hulei/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RegionPath } from '../common/jurisdiction/region-path';

export type AccountStatus = 'active' | 'disabled';

/** A cadre: federation staff, grid worker, partner department staff or volunteer. */
@Entity('account')
@Index('idx_account_town', ['path.townCode'])
@Index('idx_account_county', ['path.countyCode'])
@Index('idx_account_city', ['path.cityCode'])
export class Account {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** 11-digit mainland mobile number: the login name. */
  @Index('uq_account_phone', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  phone: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column(() => RegionPath, { prefix: false })
  path: RegionPath;

  @Column({ type: 'varchar', length: 16 })
  status: AccountStatus;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  /** Sealed with the data key (DataCipher, context "account.totp_secret"). */
  @Column({ name: 'totp_secret', type: 'text', nullable: true })
  totpSecret: string | null;

  @Column({ name: 'totp_enrolled_at', type: 'datetime', precision: 3, nullable: true })
  totpEnrolledAt: Date | null;

  /** The last TOTP step accepted: a code of this step or earlier is a replay. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep: string | null;

  /** The cadre's own WeChat identity (never a requester's). */
  @Index('uq_account_wechat_openid', { unique: true })
  @Column({ name: 'wechat_openid', type: 'varchar', length: 64, nullable: true })
  wechatOpenid: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;

  @Column({ name: 'password_changed_at', type: 'datetime', precision: 3 })
  passwordChangedAt: Date;
}
