import type { Audience } from '@hulei/shared';

/** What a starter lesson teaches; the unit test checks that every required topic is covered. */
export const STARTER_TOPICS = [
  'body_autonomy',
  'saying_no_and_telling',
  'secrets',
  'online_grooming',
  'after_harm',
  'left_behind',
  'holiday_safety',
  'warning_signs',
  'responding_without_blame',
  'mandatory_reporting',
  'secondary_harm',
  'privacy',
] as const;
export type StarterTopic = (typeof STARTER_TOPICS)[number];

/** A national lesson written for 护蕾, published by the seed and matched by its slug. */
export interface StarterArticle {
  slug: string;
  audience: Audience;
  topics: StarterTopic[];
  title: string;
  summary: string;
  /** Only p, h3, ul, ol, li, strong, em, br: what the sanitiser keeps unchanged. */
  bodyHtml: string;
}

// Small builders so the lessons read as text, not markup.
export const p = (text: string): string => `<p>${text}</p>`;
export const h3 = (text: string): string => `<h3>${text}</h3>`;
export const ul = (...items: string[]): string => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
export const ol = (...items: string[]): string => `<ol>${items.map((i) => `<li>${i}</li>`).join('')}</ol>`;
export const b = (text: string): string => `<strong>${text}</strong>`;
export const html = (...blocks: string[]): string => blocks.join('');
