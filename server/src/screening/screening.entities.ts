import type { ChecklistItemId } from '@hulei/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RegionPath } from '../common/jurisdiction/region-path';

/** A grid (网格) of households in a village, looked after by one or more grid workers. */
@Entity('screening_grid')
@Index('uq_grid_village_name', ['path.villageCode', 'name'], { unique: true })
export class Grid {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column(() => RegionPath, { prefix: false })
  path: RegionPath;

  @Column({ type: 'varchar', length: 40 })
  name: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}

/** A grid worker's assignment to a grid. */
@Entity('screening_grid_worker')
@Index('idx_grid_worker_account', ['accountId'])
export class GridWorker {
  @PrimaryColumn({ name: 'grid_id', type: 'varchar', length: 36 })
  gridId: string;

  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  @Column({ name: 'assigned_by', type: 'varchar', length: 36 })
  assignedBy: string;

  @Column({ name: 'assigned_at', type: 'datetime', precision: 3 })
  assignedAt: Date;
}

/**
 * A household of a village. Address and head of household are sealed; `addressHash` (a keyed
 * hash of the normalised address) finds duplicates without decrypting anything. Coverage reads
 * only the path columns and `visitedYear`, through one index per level.
 */
@Entity('household')
@Index('uq_household_village_address', ['path.villageCode', 'addressHash'], { unique: true })
@Index('idx_household_grid', ['gridId'])
@Index('idx_household_village_cov', ['path.villageCode', 'gridId', 'visitedYear'])
@Index('idx_household_town_cov', ['path.townCode', 'path.villageCode', 'visitedYear'])
@Index('idx_household_county_cov', ['path.countyCode', 'path.townCode', 'visitedYear'])
@Index('idx_household_city_cov', ['path.cityCode', 'path.countyCode', 'visitedYear'])
@Index('idx_household_province_cov', ['path.provinceCode', 'path.cityCode', 'visitedYear'])
export class Household {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column(() => RegionPath, { prefix: false })
  path: RegionPath;

  @Column({ name: 'grid_id', type: 'varchar', length: 36, nullable: true })
  gridId: string | null;

  @Column({ name: 'address_sealed', type: 'text' })
  addressSealed: string;

  @Column({ name: 'address_hash', type: 'varchar', length: 64 })
  addressHash: string;

  @Column({ name: 'head_name_sealed', type: 'text' })
  headNameSealed: string;

  @Column({ name: 'child_count', type: 'integer' })
  childCount: number;

  /** 'import' or 'manual'. */
  @Column({ type: 'varchar', length: 8 })
  source: string;

  /** The campaign year of the latest visit; null before the first visit. */
  @Column({ name: 'visited_year', type: 'integer', nullable: true })
  visitedYear: number | null;

  @Column({ name: 'last_visited_at', type: 'datetime', precision: 3, nullable: true })
  lastVisitedAt: Date | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}

/** A child of a household: name sealed, birth year plain (ages are counted in reports). */
@Entity('household_child')
@Index('idx_household_child_household', ['householdId'])
export class HouseholdChild {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'household_id', type: 'varchar', length: 36 })
  householdId: string;

  @Column({ name: 'name_sealed', type: 'text' })
  nameSealed: string;

  @Column({ name: 'birth_year', type: 'integer' })
  birthYear: number;
}

/** The county's dates for one year's campaign (动员部署, 工作实施, 总结). */
@Entity('screening_campaign')
export class Campaign {
  @PrimaryColumn({ name: 'county_code', type: 'varchar', length: 6 })
  countyCode: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  /** Dates as YYYY-MM-DD (China time). */
  @Column({ name: 'mobilisation_by', type: 'varchar', length: 10 })
  mobilisationBy: string;

  @Column({ name: 'implementation_from', type: 'varchar', length: 10 })
  implementationFrom: string;

  @Column({ name: 'implementation_to', type: 'varchar', length: 10 })
  implementationTo: string;

  @Column({ name: 'summary_by', type: 'varchar', length: 10 })
  summaryBy: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 36 })
  updatedBy: string;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}

/**
 * One door-knocking visit. The twelve answers are a 12-letter string in CHECKLIST order
 * (F fine, C concern, N not applicable); notes and attendees are sealed.
 */
@Entity('screening_visit')
@Index('idx_visit_household', ['householdId', 'visitedOn'])
@Index('idx_visit_village_created', ['path.villageCode', 'createdAt'])
export class Visit {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'household_id', type: 'varchar', length: 36 })
  householdId: string;

  @Column(() => RegionPath, { prefix: false })
  path: RegionPath;

  @Column({ name: 'campaign_year', type: 'integer' })
  campaignYear: number;

  /** YYYY-MM-DD, the day of the visit (China time). */
  @Column({ name: 'visited_on', type: 'varchar', length: 10 })
  visitedOn: string;

  @Column({ name: 'visitor_account_id', type: 'varchar', length: 36 })
  visitorAccountId: string;

  @Column({ name: 'attendees_sealed', type: 'text' })
  attendeesSealed: string;

  @Column({ type: 'varchar', length: 12 })
  answers: string;

  /** JSON {itemId: note}, sealed; null when no item has a note. */
  @Column({ name: 'notes_sealed', type: 'text', nullable: true })
  notesSealed: string | null;

  @Column({ name: 'help_request_id', type: 'varchar', length: 36, nullable: true })
  helpRequestId: string | null;

  /** Set while one request opens the visit's case, so a concurrent retry does not open another. */
  @Column({ name: 'case_claimed_at', type: 'datetime', precision: 3, nullable: true })
  caseClaimedAt: Date | null;

  @Column({ name: 'police_reported_at', type: 'datetime', precision: 3, nullable: true })
  policeReportedAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}

/** One concern found on a visit, for "concerns by item" at every level without reading visits. */
@Entity('screening_concern')
@Index('idx_concern_village', ['path.villageCode', 'campaignYear', 'item'])
@Index('idx_concern_town', ['path.townCode', 'campaignYear', 'item'])
@Index('idx_concern_county', ['path.countyCode', 'campaignYear', 'item'])
@Index('idx_concern_city', ['path.cityCode', 'campaignYear', 'item'])
@Index('idx_concern_province', ['path.provinceCode', 'campaignYear', 'item'])
export class VisitConcern {
  @PrimaryColumn({ name: 'visit_id', type: 'varchar', length: 36 })
  visitId: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  item: ChecklistItemId;

  @Column({ name: 'household_id', type: 'varchar', length: 36 })
  householdId: string;

  @Column(() => RegionPath, { prefix: false })
  path: RegionPath;

  @Column({ name: 'campaign_year', type: 'integer' })
  campaignYear: number;
}

/**
 * Households per village, kept in step with every insert: coverage above the village sums a few
 * hundred of these rows instead of scanning every household of a county.
 */
@Entity('screening_household_tally')
@Index('idx_household_tally_town', ['path.townCode'])
@Index('idx_household_tally_county', ['path.countyCode'])
@Index('idx_household_tally_city', ['path.cityCode'])
@Index('idx_household_tally_province', ['path.provinceCode'])
export class HouseholdTally {
  /** The village. */
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column(() => RegionPath, { prefix: false })
  path: RegionPath;

  @Column({ type: 'integer' })
  households: number;
}

/** Households of a village visited in a campaign year, counted once each when first visited that year. */
@Entity('screening_visit_tally')
@Index('idx_visit_tally_town', ['path.townCode', 'campaignYear'])
@Index('idx_visit_tally_county', ['path.countyCode', 'campaignYear'])
@Index('idx_visit_tally_city', ['path.cityCode', 'campaignYear'])
@Index('idx_visit_tally_province', ['path.provinceCode', 'campaignYear'])
export class VisitTally {
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @PrimaryColumn({ name: 'campaign_year', type: 'integer' })
  campaignYear: number;

  @Column(() => RegionPath, { prefix: false })
  path: RegionPath;

  @Column({ type: 'integer' })
  visited: number;
}
