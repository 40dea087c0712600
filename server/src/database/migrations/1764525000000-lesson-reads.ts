import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { regionPathColumns } from '../../common/jurisdiction/region-path';

/** Anonymous daily counters of lesson reads, per lesson, China day and region (issue 9: 课件阅读). */
export class LessonReads1764525000000 implements MigrationInterface {
  name = 'LessonReads1764525000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'lesson_read',
        columns: [
          { name: 'content_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          { name: 'region_code', type: 'varchar', length: '12', isPrimary: true },
          ...regionPathColumns(),
          { name: 'read_count', type: 'integer' },
        ],
        indices: [
          new TableIndex({ name: 'idx_lesson_read_village_day', columnNames: ['village_code', 'day'] }),
          new TableIndex({ name: 'idx_lesson_read_town_day', columnNames: ['town_code', 'day'] }),
          new TableIndex({ name: 'idx_lesson_read_county_day', columnNames: ['county_code', 'day'] }),
          new TableIndex({ name: 'idx_lesson_read_city_day', columnNames: ['city_code', 'day'] }),
          new TableIndex({ name: 'idx_lesson_read_province_day', columnNames: ['province_code', 'day'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('lesson_read');
  }
}
