import { Region } from '../regions/region.entity';
import { ContentItem } from '../content/content-item.entity';
import { QuizAnswer, QuizAttempt, QuizQuestion } from '../quizzes/quiz.entities';

/** Every entity of every capability, registered once. */
export const ENTITIES = [Region, ContentItem, QuizQuestion, QuizAttempt, QuizAnswer];
