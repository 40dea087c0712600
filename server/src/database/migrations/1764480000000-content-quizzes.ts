import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Lessons (content_item) and quizzes: the question bank, attempts with no identity, their answers. */
export class ContentQuizzes1764480000000 implements MigrationInterface {
  name = 'ContentQuizzes1764480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'content_item',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'slug', type: 'varchar', length: '64', isNullable: true },
          { name: 'kind', type: 'varchar', length: '8' },
          { name: 'audience', type: 'varchar', length: '12' },
          { name: 'title', type: 'varchar', length: '100' },
          { name: 'summary', type: 'varchar', length: '200' },
          { name: 'body_html', type: 'text' },
          { name: 'cover_url', type: 'varchar', length: '500', isNullable: true },
          { name: 'video_url', type: 'varchar', length: '500', isNullable: true },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'owner_region_code', type: 'varchar', length: '12', isNullable: true },
          { name: 'author_account_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'reviewer_account_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'published_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
      }),
    );
    await queryRunner.createIndices('content_item', [
      new TableIndex({ name: 'idx_content_item_public', columnNames: ['status', 'audience', 'published_at'] }),
      new TableIndex({ name: 'idx_content_item_owner', columnNames: ['owner_region_code', 'status'] }),
      new TableIndex({ name: 'uq_content_item_slug', columnNames: ['slug'], isUnique: true }),
    ]);

    await queryRunner.createTable(
      new Table({
        name: 'quiz_question',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'slug', type: 'varchar', length: '64', isNullable: true },
          { name: 'audience', type: 'varchar', length: '12' },
          { name: 'type', type: 'varchar', length: '12' },
          { name: 'stem', type: 'varchar', length: '300' },
          { name: 'options', type: 'text' },
          { name: 'correct_option_keys', type: 'varchar', length: '16' },
          { name: 'explanation_correct', type: 'varchar', length: '500' },
          { name: 'explanation_wrong', type: 'varchar', length: '500' },
          { name: 'active', type: 'boolean' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
      }),
    );
    await queryRunner.createIndices('quiz_question', [
      new TableIndex({ name: 'idx_quiz_question_bank', columnNames: ['audience', 'active'] }),
      new TableIndex({ name: 'uq_quiz_question_slug', columnNames: ['slug'], isUnique: true }),
    ]);

    await queryRunner.createTable(
      new Table({
        name: 'quiz_attempt',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'audience', type: 'varchar', length: '12' },
          { name: 'region_code', type: 'varchar', length: '12', isNullable: true },
          { name: 'province_code', type: 'varchar', length: '2', isNullable: true },
          { name: 'city_code', type: 'varchar', length: '4', isNullable: true },
          { name: 'county_code', type: 'varchar', length: '6', isNullable: true },
          { name: 'town_code', type: 'varchar', length: '9', isNullable: true },
          { name: 'village_code', type: 'varchar', length: '12', isNullable: true },
          { name: 'question_ids', type: 'text' },
          { name: 'score', type: 'integer', isNullable: true },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'submitted_at', type: 'datetime', precision: 3, isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndices('quiz_attempt', [
      new TableIndex({ name: 'idx_quiz_attempt_province', columnNames: ['province_code', 'created_at'] }),
      new TableIndex({ name: 'idx_quiz_attempt_city', columnNames: ['city_code', 'created_at'] }),
      new TableIndex({ name: 'idx_quiz_attempt_county', columnNames: ['county_code', 'created_at'] }),
      new TableIndex({ name: 'idx_quiz_attempt_town', columnNames: ['town_code', 'created_at'] }),
      new TableIndex({ name: 'idx_quiz_attempt_village', columnNames: ['village_code', 'created_at'] }),
    ]);

    await queryRunner.createTable(
      new Table({
        name: 'quiz_answer',
        columns: [
          { name: 'attempt_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'question_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'option_keys', type: 'varchar', length: '16' },
          { name: 'correct', type: 'boolean' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('quiz_answer');
    await queryRunner.dropTable('quiz_attempt');
    await queryRunner.dropTable('quiz_question');
    await queryRunner.dropTable('content_item');
  }
}
