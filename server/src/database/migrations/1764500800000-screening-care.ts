import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { regionPathColumns } from '../../common/jurisdiction/region-path';

const datetime = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });
const id = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });
const sealed = (name: string, isNullable = true) => ({ name, type: 'text', isNullable });
const varchar = (name: string, length: number, isNullable = false) => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});
const integer = (name: string, isNullable = false) => ({ name, type: 'integer', isNullable });
const index = (name: string, columnNames: string[], isUnique = false) =>
  new TableIndex({ name, columnNames, isUnique });

/** 敲门行动 (households, grids, visits, coverage) and the key-care ledger (pairing, services, follow-ups). */
export class ScreeningCare1764500800000 implements MigrationInterface {
  name = 'ScreeningCare1764500800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'screening_grid',
        columns: [
          { ...id('id'), isPrimary: true },
          ...regionPathColumns(),
          varchar('name', 40),
          datetime('created_at'),
        ],
        indices: [index('uq_grid_village_name', ['village_code', 'name'], true)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'screening_grid_worker',
        columns: [
          { ...id('grid_id'), isPrimary: true },
          { ...id('account_id'), isPrimary: true },
          id('assigned_by'),
          datetime('assigned_at'),
        ],
        indices: [index('idx_grid_worker_account', ['account_id'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'household',
        columns: [
          { ...id('id'), isPrimary: true },
          ...regionPathColumns(),
          id('grid_id', true),
          sealed('address_sealed', false),
          varchar('address_hash', 64),
          sealed('head_name_sealed', false),
          integer('child_count'),
          varchar('source', 8),
          integer('visited_year', true),
          datetime('last_visited_at', true),
          id('created_by'),
          datetime('created_at'),
          datetime('updated_at'),
        ],
        indices: [
          index('uq_household_village_address', ['village_code', 'address_hash'], true),
          index('idx_household_grid', ['grid_id']),
          index('idx_household_village_cov', ['village_code', 'grid_id', 'visited_year']),
          index('idx_household_town_cov', ['town_code', 'village_code', 'visited_year']),
          index('idx_household_county_cov', ['county_code', 'town_code', 'visited_year']),
          index('idx_household_city_cov', ['city_code', 'county_code', 'visited_year']),
          index('idx_household_province_cov', ['province_code', 'city_code', 'visited_year']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'household_child',
        columns: [
          { ...id('id'), isPrimary: true },
          id('household_id'),
          sealed('name_sealed', false),
          integer('birth_year'),
        ],
        indices: [index('idx_household_child_household', ['household_id'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'screening_campaign',
        columns: [
          { ...varchar('county_code', 6), isPrimary: true },
          { ...integer('year'), isPrimary: true },
          varchar('mobilisation_by', 10),
          varchar('implementation_from', 10),
          varchar('implementation_to', 10),
          varchar('summary_by', 10),
          id('updated_by'),
          datetime('updated_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'screening_visit',
        columns: [
          { ...id('id'), isPrimary: true },
          id('household_id'),
          ...regionPathColumns(),
          integer('campaign_year'),
          varchar('visited_on', 10),
          id('visitor_account_id'),
          sealed('attendees_sealed', false),
          varchar('answers', 12),
          sealed('notes_sealed'),
          id('help_request_id', true),
          datetime('case_claimed_at', true),
          datetime('police_reported_at', true),
          datetime('created_at'),
        ],
        indices: [
          index('idx_visit_household', ['household_id', 'visited_on']),
          index('idx_visit_village_created', ['village_code', 'created_at']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'screening_concern',
        columns: [
          { ...id('visit_id'), isPrimary: true },
          { ...varchar('item', 20), isPrimary: true },
          id('household_id'),
          ...regionPathColumns(),
          integer('campaign_year'),
        ],
        indices: [
          index('idx_concern_village', ['village_code', 'campaign_year', 'item']),
          index('idx_concern_town', ['town_code', 'campaign_year', 'item']),
          index('idx_concern_county', ['county_code', 'campaign_year', 'item']),
          index('idx_concern_city', ['city_code', 'campaign_year', 'item']),
          index('idx_concern_province', ['province_code', 'campaign_year', 'item']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'screening_household_tally',
        columns: [{ ...varchar('region_code', 12), isPrimary: true }, ...regionPathColumns(), integer('households')],
        indices: [
          index('idx_household_tally_town', ['town_code']),
          index('idx_household_tally_county', ['county_code']),
          index('idx_household_tally_city', ['city_code']),
          index('idx_household_tally_province', ['province_code']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'screening_visit_tally',
        columns: [
          { ...varchar('region_code', 12), isPrimary: true },
          { ...integer('campaign_year'), isPrimary: true },
          ...regionPathColumns(),
          integer('visited'),
        ],
        indices: [
          index('idx_visit_tally_town', ['town_code', 'campaign_year']),
          index('idx_visit_tally_county', ['county_code', 'campaign_year']),
          index('idx_visit_tally_city', ['city_code', 'campaign_year']),
          index('idx_visit_tally_province', ['province_code', 'campaign_year']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'care_record',
        columns: [
          { ...id('id'), isPrimary: true },
          varchar('region_code', 12),
          ...regionPathColumns(),
          varchar('category', 24),
          varchar('risk_level', 8),
          varchar('source', 8),
          varchar('status', 8),
          integer('birth_year', true),
          sealed('child_name_sealed'),
          sealed('guardian_situation_sealed'),
          sealed('school_sealed'),
          sealed('notes_sealed'),
          id('help_request_id', true),
          id('visit_id', true),
          id('created_by'),
          datetime('created_at'),
          datetime('updated_at'),
          datetime('closed_at', true),
          datetime('purged_at', true),
        ],
        indices: [
          index('idx_care_village_created', ['village_code', 'created_at']),
          index('idx_care_town_created', ['town_code', 'created_at']),
          index('idx_care_county_created', ['county_code', 'created_at']),
          index('idx_care_city_created', ['city_code', 'created_at']),
          index('idx_care_province_created', ['province_code', 'created_at']),
          index('idx_care_status_closed', ['status', 'closed_at']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'care_service',
        columns: [
          { ...id('id'), isPrimary: true },
          id('care_record_id'),
          varchar('kind', 24),
          varchar('provided_on', 10),
          varchar('provider', 80),
          sealed('note_sealed'),
          id('recorded_by'),
          datetime('created_at'),
        ],
        indices: [index('idx_care_service_record', ['care_record_id', 'provided_on'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'care_pairing',
        columns: [
          { ...id('id'), isPrimary: true },
          id('care_record_id'),
          id('helper_account_id'),
          integer('interval_days'),
          datetime('started_at'),
          datetime('last_follow_up_at', true),
          datetime('next_due_at'),
          datetime('ended_at', true),
          id('created_by'),
        ],
        indices: [
          index('idx_care_pairing_record', ['care_record_id']),
          index('idx_care_pairing_helper', ['helper_account_id', 'ended_at']),
          index('idx_care_pairing_due', ['ended_at', 'next_due_at']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'care_follow_up',
        columns: [
          { ...id('id'), isPrimary: true },
          id('care_record_id'),
          id('pairing_id', true),
          id('author_account_id'),
          varchar('visited_on', 10),
          sealed('note_sealed'),
          datetime('created_at'),
        ],
        indices: [index('idx_care_follow_up_record', ['care_record_id', 'visited_on'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'care_follow_up',
      'care_pairing',
      'care_service',
      'care_record',
      'screening_visit_tally',
      'screening_household_tally',
      'screening_concern',
      'screening_visit',
      'screening_campaign',
      'household_child',
      'household',
      'screening_grid_worker',
      'screening_grid',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
