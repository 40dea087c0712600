import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { regionPathColumns } from '../../common/jurisdiction/region-path';

const datetime = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });
const id = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });
const sealed = (name: string) => ({ name, type: 'text', isNullable: true });

export class Reports1764520000000 implements MigrationInterface {
  name = 'Reports1764520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'report',
        columns: [
          { ...id('id'), isPrimary: true },
          { name: 'kind', type: 'varchar', length: '8' },
          { name: 'period', type: 'varchar', length: '7' },
          { name: 'region_code', type: 'varchar', length: '12' },
          ...regionPathColumns(),
          { name: 'level', type: 'varchar', length: '8' },
          { name: 'status', type: 'varchar', length: '12' },
          sealed('experience_sealed'),
          sealed('problems_sealed'),
          sealed('suggestions_sealed'),
          { name: 'figures', type: 'text', isNullable: true },
          datetime('due_at'),
          datetime('submitted_at', true),
          id('submitted_by', true),
          { name: 'submissions', type: 'integer' },
          datetime('returned_at', true),
          id('returned_by', true),
          sealed('return_comment_sealed'),
          datetime('created_at'),
          datetime('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_report_period_region', columnNames: ['period', 'region_code'], isUnique: true }),
          new TableIndex({ name: 'idx_report_town_period', columnNames: ['town_code', 'period'] }),
          new TableIndex({ name: 'idx_report_county_period', columnNames: ['county_code', 'period'] }),
          new TableIndex({ name: 'idx_report_city_period', columnNames: ['city_code', 'period'] }),
          new TableIndex({ name: 'idx_report_province_period', columnNames: ['province_code', 'period'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'report_event',
        columns: [
          { ...id('id'), isPrimary: true },
          id('report_id'),
          datetime('at'),
          { name: 'kind', type: 'varchar', length: '12' },
          id('actor_account_id', true),
          sealed('comment_sealed'),
        ],
        indices: [new TableIndex({ name: 'idx_report_event_report', columnNames: ['report_id', 'at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('report_event');
    await queryRunner.dropTable('report');
  }
}
