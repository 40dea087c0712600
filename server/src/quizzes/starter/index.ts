import { CHILDREN_6_8 } from './children-6-8';
import { CHILDREN_9_12 } from './children-9-12';
import { PARENTS } from './parents';
import type { StarterQuestion } from './starter-question';
import { TEENS_13_17 } from './teens-13-17';

export type { StarterQuestion } from './starter-question';

/** The starter question bank of every quiz audience. */
export const STARTER_QUESTIONS: readonly StarterQuestion[] = [
  ...CHILDREN_6_8,
  ...CHILDREN_9_12,
  ...TEENS_13_17,
  ...PARENTS,
];
