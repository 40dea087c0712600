import { CADRES } from './cadres';
import { CHILDREN_6_8 } from './children-6-8';
import { CHILDREN_9_12 } from './children-9-12';
import { PARENTS } from './parents';
import type { StarterArticle } from './starter-article';
import { TEENS_13_17 } from './teens-13-17';

export { STARTER_TOPICS, type StarterArticle, type StarterTopic } from './starter-article';

/** The national starter lessons, in reading order within each audience. */
export const STARTER_ARTICLES: readonly StarterArticle[] = [
  ...CHILDREN_6_8,
  ...CHILDREN_9_12,
  ...TEENS_13_17,
  ...PARENTS,
  ...CADRES,
];
