import { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

// What `typeorm migration:generate --check` does: compare the entities with the migrated schema.
describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await (await createDataSource(database.config)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('build exactly the schema the entities describe, leaving nothing to generate', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.length).toBeGreaterThan(0);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('are all undone by their down steps', async () => {
    while (
      await dataSource
        .showMigrations()
        .then(() => dataSource.query(`SELECT COUNT(*) AS n FROM schema_migration`))
        .then((r: Array<{ n: number | string }>) => Number(r[0].n) > 0)
    ) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    const tables: Array<Record<string, string>> = await dataSource.query(
      dataSource.options.type === 'better-sqlite3'
        ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        : 'SHOW TABLES',
    );
    expect(tables.map((row) => Object.values(row)[0])).toEqual(['schema_migration']);
  });
});
