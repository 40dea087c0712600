import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class Init1764470000000 implements MigrationInterface {
  name = 'Init1764470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'region',
        columns: [
          { name: 'code', type: 'varchar', length: '12', isPrimary: true },
          { name: 'name', type: 'varchar', length: '64' },
          { name: 'official_name', type: 'varchar', length: '100' },
          { name: 'level', type: 'varchar', length: '8' },
          { name: 'parent_code', type: 'varchar', length: '12', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex(
      'region',
      new TableIndex({ name: 'idx_region_parent', columnNames: ['parent_code', 'code'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('region');
  }
}
