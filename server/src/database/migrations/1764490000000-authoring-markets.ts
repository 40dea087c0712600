import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { regionPathColumns } from '../../common/jurisdiction/region-path';

const datetime = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });

/**
 * Lesson authoring (owner region path, review comment), quiz attempts from a market event, and
 * the market events themselves with their anonymous counters.
 */
export class AuthoringMarkets1764490000000 implements MigrationInterface {
  name = 'AuthoringMarkets1764490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('content_item', [
      ...regionPathColumns().map((column) => new TableColumn(column)),
      new TableColumn({ name: 'review_comment', type: 'varchar', length: '500', isNullable: true }),
    ]);
    await queryRunner.createIndices('content_item', [
      new TableIndex({ name: 'idx_content_item_province', columnNames: ['province_code', 'updated_at'] }),
      new TableIndex({ name: 'idx_content_item_city', columnNames: ['city_code', 'updated_at'] }),
      new TableIndex({ name: 'idx_content_item_county', columnNames: ['county_code', 'updated_at'] }),
    ]);

    await queryRunner.addColumn(
      'quiz_attempt',
      new TableColumn({ name: 'market_event_id', type: 'varchar', length: '36', isNullable: true }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'market_event',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'code', type: 'varchar', length: '8' },
          { name: 'market_name', type: 'varchar', length: '50' },
          ...regionPathColumns(),
          { name: 'event_date', type: 'varchar', length: '10' },
          { name: 'start_time', type: 'varchar', length: '5' },
          { name: 'end_time', type: 'varchar', length: '5' },
          { name: 'organisers', type: 'varchar', length: '500' },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'scan_count', type: 'integer' },
          { name: 'quiz_count', type: 'integer' },
          { name: 'help_request_count', type: 'integer' },
          { name: 'created_by', type: 'varchar', length: '36' },
          datetime('created_at'),
          datetime('updated_at'),
          datetime('cancelled_at', true),
        ],
        indices: [
          new TableIndex({ name: 'uq_market_event_code', columnNames: ['code'], isUnique: true }),
          new TableIndex({ name: 'idx_market_event_town', columnNames: ['town_code', 'event_date'] }),
          new TableIndex({ name: 'idx_market_event_county', columnNames: ['county_code', 'event_date'] }),
          new TableIndex({ name: 'idx_market_event_city', columnNames: ['city_code', 'event_date'] }),
          new TableIndex({ name: 'idx_market_event_province', columnNames: ['province_code', 'event_date'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('market_event');
    await queryRunner.dropColumn('quiz_attempt', 'market_event_id');
    for (const name of ['idx_content_item_province', 'idx_content_item_city', 'idx_content_item_county']) {
      await queryRunner.dropIndex('content_item', name);
    }
    await queryRunner.dropColumns('content_item', [
      'review_comment',
      ...regionPathColumns().map((column) => column.name),
    ]);
  }
}
