import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { regionPathColumns } from '../../common/jurisdiction/region-path';

const datetime = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });
const id = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });

export class PublicOpinion1764510000000 implements MigrationInterface {
  name = 'PublicOpinion1764510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'opinion_case',
        columns: [
          { ...id('id'), isPrimary: true },
          { name: 'region_code', type: 'varchar', length: '12' },
          ...regionPathColumns(),
          { name: 'severity', type: 'varchar', length: '8' },
          { name: 'description_sealed', type: 'text' },
          { name: 'source_sealed', type: 'text', isNullable: true },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'current_level', type: 'varchar', length: '8' },
          { name: 'current_region_code', type: 'varchar', length: '12' },
          datetime('started_at'),
          datetime('feedback_due_at'),
          { name: 'feedback_sealed', type: 'text', isNullable: true },
          datetime('feedback_at', true),
          id('feedback_by', true),
          datetime('feedback_overdue_at', true),
          id('created_by'),
          datetime('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'idx_opinion_county_started', columnNames: ['county_code', 'started_at'] }),
          new TableIndex({ name: 'idx_opinion_city_started', columnNames: ['city_code', 'started_at'] }),
          new TableIndex({ name: 'idx_opinion_province_started', columnNames: ['province_code', 'started_at'] }),
          new TableIndex({ name: 'idx_opinion_town_started', columnNames: ['town_code', 'started_at'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'opinion_case_step',
        columns: [
          { ...id('id'), isPrimary: true },
          id('case_id'),
          { name: 'level', type: 'varchar', length: '8' },
          { name: 'region_code', type: 'varchar', length: '12' },
          datetime('received_at'),
          datetime('due_at', true),
          datetime('acknowledged_at', true),
          id('acknowledged_by', true),
          datetime('handed_on_at', true),
          id('handed_on_by', true),
          datetime('missed_at', true),
        ],
        indices: [new TableIndex({ name: 'idx_opinion_step_case', columnNames: ['case_id', 'received_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('opinion_case_step');
    await queryRunner.dropTable('opinion_case');
  }
}
