import { Column, Entity, Index, PrimaryColumn, type ValueTransformer } from 'typeorm';
import type { QuestionType, QuizAudience } from '@hulei/shared';

export interface QuizOption {
  key: string;
  text: string;
}

const json: ValueTransformer = {
  to: (value: unknown) => (value === undefined || value === null ? value : JSON.stringify(value)),
  from: (value: string | null) => (value === null ? null : JSON.parse(value)),
};

/** Option keys are short letters ("A", "T"), stored comma-separated and read back sorted. */
const optionKeys: ValueTransformer = {
  to: (value: string[] | undefined) => (value === undefined ? value : [...value].sort().join(',')),
  from: (value: string | null) => (value ? value.split(',') : []),
};

/** One question of an audience's bank, with its answer and the explanation for each outcome. */
@Entity('quiz_question')
@Index('idx_quiz_question_bank', ['audience', 'active'])
@Index('uq_quiz_question_slug', ['slug'], { unique: true })
export class QuizQuestion {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Stable key of starter questions, so seeding again updates instead of duplicating. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  slug: string | null;

  @Column({ type: 'varchar', length: 12 })
  audience: QuizAudience;

  @Column({ type: 'varchar', length: 12 })
  type: QuestionType;

  @Column({ type: 'varchar', length: 300 })
  stem: string;

  @Column({ type: 'text', transformer: json })
  options: QuizOption[];

  @Column({ name: 'correct_option_keys', type: 'varchar', length: 16, transformer: optionKeys })
  correctOptionKeys: string[];

  /** Shown when the answer was right: confirms and adds one thing worth remembering. */
  @Column({ name: 'explanation_correct', type: 'varchar', length: 500 })
  explanationCorrect: string;

  /** Shown when the answer was wrong or skipped: teaches the right answer, never blames. */
  @Column({ name: 'explanation_wrong', type: 'varchar', length: 500 })
  explanationWrong: string;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}

/**
 * One quiz taken. No identity of any kind (no openid, address, user agent or device): only the
 * audience, the region the taker chose, what was drawn, and the score. The region's ancestors are
 * columns so a cadre's statistics filter by equality on their level (DESIGN.md).
 */
@Entity('quiz_attempt')
@Index('idx_quiz_attempt_province', ['provinceCode', 'createdAt'])
@Index('idx_quiz_attempt_city', ['cityCode', 'createdAt'])
@Index('idx_quiz_attempt_county', ['countyCode', 'createdAt'])
@Index('idx_quiz_attempt_town', ['townCode', 'createdAt'])
@Index('idx_quiz_attempt_village', ['villageCode', 'createdAt'])
export class QuizAttempt {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 12 })
  audience: QuizAudience;

  @Column({ name: 'region_code', type: 'varchar', length: 12, nullable: true })
  regionCode: string | null;

  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true })
  provinceCode: string | null;

  @Column({ name: 'city_code', type: 'varchar', length: 4, nullable: true })
  cityCode: string | null;

  @Column({ name: 'county_code', type: 'varchar', length: 6, nullable: true })
  countyCode: string | null;

  @Column({ name: 'town_code', type: 'varchar', length: 9, nullable: true })
  townCode: string | null;

  @Column({ name: 'village_code', type: 'varchar', length: 12, nullable: true })
  villageCode: string | null;

  /** The market-day event whose QR code led here, if any: counted per event, never per person. */
  @Column({ name: 'market_event_id', type: 'varchar', length: 36, nullable: true })
  marketEventId: string | null;

  /** The questions drawn, in the order shown. */
  @Column({ name: 'question_ids', type: 'text', transformer: json })
  questionIds: string[];

  @Column({ type: 'integer', nullable: true })
  score: number | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'submitted_at', type: 'datetime', precision: 3, nullable: true })
  submittedAt: Date | null;
}

/** The answer to one drawn question of a submitted attempt: what to teach next, per region. */
@Entity('quiz_answer')
export class QuizAnswer {
  @PrimaryColumn({ name: 'attempt_id', type: 'varchar', length: 36 })
  attemptId: string;

  @PrimaryColumn({ name: 'question_id', type: 'varchar', length: 36 })
  questionId: string;

  /** The keys chosen, empty when the question was skipped. */
  @Column({ name: 'option_keys', type: 'varchar', length: 16, transformer: optionKeys })
  optionKeys: string[];

  @Column({ type: 'boolean' })
  correct: boolean;
}
