import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { regionPathColumns } from '../../common/jurisdiction/region-path';

const datetime = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });

export class IdentityAudit1764475000000 implements MigrationInterface {
  name = 'IdentityAudit1764475000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'account',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'phone', type: 'varchar', length: '20' },
          { name: 'name', type: 'varchar', length: '50' },
          { name: 'role', type: 'varchar', length: '32' },
          { name: 'region_code', type: 'varchar', length: '12' },
          ...regionPathColumns(),
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'totp_secret', type: 'text', isNullable: true },
          datetime('totp_enrolled_at', true),
          { name: 'totp_last_step', type: 'bigint', isNullable: true },
          { name: 'wechat_openid', type: 'varchar', length: '64', isNullable: true },
          { name: 'created_by', type: 'varchar', length: '36', isNullable: true },
          datetime('created_at'),
          datetime('updated_at'),
          datetime('password_changed_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_account_phone', columnNames: ['phone'], isUnique: true }),
          new TableIndex({ name: 'uq_account_wechat_openid', columnNames: ['wechat_openid'], isUnique: true }),
          new TableIndex({ name: 'idx_account_town', columnNames: ['town_code'] }),
          new TableIndex({ name: 'idx_account_county', columnNames: ['county_code'] }),
          new TableIndex({ name: 'idx_account_city', columnNames: ['city_code'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'session',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'account_id', type: 'varchar', length: '36' },
          { name: 'channel', type: 'varchar', length: '16' },
          { name: 'refresh_token_hash', type: 'varchar', length: '64' },
          { name: 'previous_refresh_hash', type: 'varchar', length: '64', isNullable: true },
          { name: 'enrol_only', type: 'boolean' },
          datetime('created_at'),
          datetime('last_seen_at'),
          datetime('expires_at'),
          datetime('revoked_at', true),
          { name: 'revoke_reason', type: 'varchar', length: '32', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'idx_session_account', columnNames: ['account_id'] }),
          new TableIndex({ name: 'uq_session_refresh', columnNames: ['refresh_token_hash'], isUnique: true }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'invitation',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'code_hash', type: 'varchar', length: '64' },
          { name: 'name', type: 'varchar', length: '50' },
          { name: 'phone', type: 'varchar', length: '20' },
          { name: 'role', type: 'varchar', length: '32' },
          { name: 'region_code', type: 'varchar', length: '12' },
          ...regionPathColumns(),
          { name: 'created_by', type: 'varchar', length: '36' },
          datetime('created_at'),
          datetime('expires_at'),
          datetime('redeemed_at', true),
          { name: 'account_id', type: 'varchar', length: '36', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'uq_invitation_code', columnNames: ['code_hash'], isUnique: true }),
          new TableIndex({ name: 'idx_invitation_county', columnNames: ['county_code', 'created_at'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'login_throttle',
        columns: [
          { name: 'phone_key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'failures', type: 'integer' },
          datetime('locked_until', true),
          datetime('updated_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_event',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          datetime('at'),
          { name: 'actor_account_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'actor_role', type: 'varchar', length: '32', isNullable: true },
          { name: 'action', type: 'varchar', length: '40' },
          { name: 'subject_type', type: 'varchar', length: '32', isNullable: true },
          { name: 'subject_id', type: 'varchar', length: '64', isNullable: true },
          ...regionPathColumns(),
          { name: 'region_code', type: 'varchar', length: '12', isNullable: true },
          { name: 'outcome', type: 'varchar', length: '16' },
          { name: 'detail', type: 'varchar', length: '200', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'idx_audit_county_at', columnNames: ['county_code', 'at'] }),
          new TableIndex({ name: 'idx_audit_city_at', columnNames: ['city_code', 'at'] }),
          new TableIndex({ name: 'idx_audit_province_at', columnNames: ['province_code', 'at'] }),
        ],
      }),
    );
    // The audit trail is append-only for everyone, the application included.
    if (queryRunner.connection.options.type === 'better-sqlite3') {
      for (const verb of ['UPDATE', 'DELETE']) {
        await queryRunner.query(
          `CREATE TRIGGER audit_event_no_${verb.toLowerCase()} BEFORE ${verb} ON audit_event ` +
            `BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END`,
        );
      }
    } else {
      for (const verb of ['UPDATE', 'DELETE']) {
        await queryRunner.query(
          `CREATE TRIGGER audit_event_no_${verb.toLowerCase()} BEFORE ${verb} ON audit_event FOR EACH ROW ` +
            `SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only'`,
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER IF EXISTS audit_event_no_update');
    await queryRunner.query('DROP TRIGGER IF EXISTS audit_event_no_delete');
    for (const table of ['audit_event', 'login_throttle', 'invitation', 'session', 'account']) {
      await queryRunner.dropTable(table);
    }
  }
}
