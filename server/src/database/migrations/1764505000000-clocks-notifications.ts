import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { regionPathColumns } from '../../common/jurisdiction/region-path';

const datetime = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });

export class ClocksNotifications1764505000000 implements MigrationInterface {
  name = 'ClocksNotifications1764505000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'clock',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'subject_type', type: 'varchar', length: '32' },
          { name: 'subject_id', type: 'varchar', length: '36' },
          { name: 'step', type: 'varchar', length: '16' },
          datetime('due_at'),
          { name: 'state', type: 'varchar', length: '12' },
          { name: 'attempts', type: 'integer' },
          datetime('fired_at', true),
          { name: 'fired_by', type: 'varchar', length: '64', isNullable: true },
          datetime('created_at'),
        ],
        indices: [
          new TableIndex({ name: 'idx_clock_state_due', columnNames: ['state', 'due_at'] }),
          new TableIndex({ name: 'idx_clock_subject', columnNames: ['subject_type', 'subject_id', 'state'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'notification',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'account_id', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'region_code', type: 'varchar', length: '12' },
          ...regionPathColumns(),
          { name: 'state', type: 'varchar', length: '16' },
          { name: 'channel', type: 'varchar', length: '8', isNullable: true },
          { name: 'attempts', type: 'integer' },
          datetime('next_attempt_at'),
          { name: 'last_error', type: 'varchar', length: '80', isNullable: true },
          datetime('sent_at', true),
          datetime('created_at'),
        ],
        indices: [
          new TableIndex({ name: 'idx_notification_due', columnNames: ['state', 'next_attempt_at'] }),
          new TableIndex({ name: 'idx_notification_account', columnNames: ['account_id', 'created_at'] }),
          new TableIndex({ name: 'idx_notification_town_state', columnNames: ['town_code', 'state'] }),
          new TableIndex({ name: 'idx_notification_county_state', columnNames: ['county_code', 'state'] }),
          new TableIndex({ name: 'idx_notification_city_state', columnNames: ['city_code', 'state'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'notification_subscription',
        columns: [
          { name: 'account_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'long_term', type: 'boolean' },
          { name: 'one_time_remaining', type: 'integer' },
          datetime('updated_at'),
        ],
      }),
    );
    await queryRunner.addColumn('help_request', new TableColumn(datetime('police_report_overdue_at', true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('help_request', 'police_report_overdue_at');
    for (const table of ['notification_subscription', 'notification', 'clock']) await queryRunner.dropTable(table);
  }
}
