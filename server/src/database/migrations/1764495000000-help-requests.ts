import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { regionPathColumns } from '../../common/jurisdiction/region-path';

const datetime = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });
const id = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });
const sealed = (name: string) => ({ name, type: 'text', isNullable: true });

export class HelpRequests1764495000000 implements MigrationInterface {
  name = 'HelpRequests1764495000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'idempotency_record',
        columns: [
          { name: 'key', type: 'varchar', length: '36', isPrimary: true },
          { name: 'operation', type: 'varchar', length: '32' },
          { name: 'request_hash', type: 'varchar', length: '64' },
          { name: 'status_code', type: 'integer' },
          sealed('response_sealed'),
          datetime('created_at'),
          datetime('expires_at'),
        ],
        indices: [new TableIndex({ name: 'idx_idempotency_expires', columnNames: ['expires_at'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'help_request',
        columns: [
          { ...id('id'), isPrimary: true },
          { name: 'receipt_hash', type: 'varchar', length: '64' },
          { name: 'category', type: 'varchar', length: '24' },
          { name: 'urgency', type: 'varchar', length: '8' },
          { name: 'requester_role', type: 'varchar', length: '8' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'origin', type: 'varchar', length: '8' },
          { name: 'region_code', type: 'varchar', length: '12' },
          ...regionPathColumns(),
          { name: 'handling_level', type: 'varchar', length: '8' },
          { name: 'handling_region_code', type: 'varchar', length: '12' },
          sealed('description_sealed'),
          sealed('contact_phone_sealed'),
          id('market_event_id', true),
          datetime('due_at', true),
          datetime('created_at'),
          datetime('updated_at'),
          datetime('acknowledged_at', true),
          id('acknowledged_by', true),
          datetime('police_reported_at', true),
          sealed('closure_reason_sealed'),
          datetime('closure_requested_at', true),
          datetime('resolved_at', true),
          datetime('closed_at', true),
          datetime('purged_at', true),
        ],
        indices: [
          new TableIndex({ name: 'uq_help_receipt', columnNames: ['receipt_hash'], isUnique: true }),
          new TableIndex({ name: 'idx_help_village_created', columnNames: ['village_code', 'created_at'] }),
          new TableIndex({ name: 'idx_help_town_created', columnNames: ['town_code', 'created_at'] }),
          new TableIndex({ name: 'idx_help_county_created', columnNames: ['county_code', 'created_at'] }),
          new TableIndex({ name: 'idx_help_city_created', columnNames: ['city_code', 'created_at'] }),
          new TableIndex({ name: 'idx_help_province_created', columnNames: ['province_code', 'created_at'] }),
          new TableIndex({ name: 'idx_help_status_closed', columnNames: ['status', 'closed_at'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'help_request_event',
        columns: [
          { ...id('id'), isPrimary: true },
          id('help_request_id'),
          datetime('at'),
          { name: 'kind', type: 'varchar', length: '24' },
          id('actor_account_id', true),
          { name: 'level', type: 'varchar', length: '8' },
          { name: 'region_code', type: 'varchar', length: '12' },
          sealed('note_sealed'),
          { name: 'data', type: 'varchar', length: '200', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'idx_help_event_request', columnNames: ['help_request_id', 'at'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'help_request_message',
        columns: [
          { ...id('id'), isPrimary: true },
          id('help_request_id'),
          datetime('at'),
          { name: 'sender', type: 'varchar', length: '12' },
          id('account_id', true),
          sealed('body_sealed'),
        ],
        indices: [new TableIndex({ name: 'idx_help_message_request', columnNames: ['help_request_id', 'at'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'police_report',
        columns: [
          { ...id('id'), isPrimary: true },
          id('help_request_id'),
          sealed('police_station_sealed'),
          sealed('reference_sealed'),
          datetime('reported_at'),
          id('recorded_by'),
          datetime('created_at'),
        ],
        indices: [new TableIndex({ name: 'idx_police_report_request', columnNames: ['help_request_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'police_report',
      'help_request_message',
      'help_request_event',
      'help_request',
      'idempotency_record',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
