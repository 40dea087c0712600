import { AUDIENCES } from '@hulei/shared';
import { sanitizeLessonHtml } from '../html-sanitizer';
import { STARTER_ARTICLES, STARTER_TOPICS } from '.';

const STARTER_TAGS = new Set(['p', 'h3', 'ul', 'ol', 'li', 'strong', 'em', 'br']);

function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, '');
}

describe('starter lessons', () => {
  it('are at least 12, with unique slugs, for every audience, covering every required topic', () => {
    expect(STARTER_ARTICLES.length).toBeGreaterThanOrEqual(12);
    const slugs = STARTER_ARTICLES.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9-]{1,64}$/);
    for (const audience of AUDIENCES) {
      expect(STARTER_ARTICLES.filter((a) => a.audience === audience).length).toBeGreaterThanOrEqual(2);
    }
    const covered = new Set(STARTER_ARTICLES.flatMap((a) => a.topics));
    expect(STARTER_TOPICS.filter((topic) => !covered.has(topic))).toEqual([]);
  });

  it.each(STARTER_ARTICLES.map((a) => [a.slug, a] as const))('%s passes the sanitiser unchanged', (_slug, article) => {
    expect(sanitizeLessonHtml(article.bodyHtml)).toBe(article.bodyHtml);
    const tags = [...article.bodyHtml.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]);
    expect(tags.filter((tag) => !STARTER_TAGS.has(tag))).toEqual([]);
  });

  it.each(STARTER_ARTICLES.map((a) => [a.slug, a] as const))(
    '%s has a title, a summary and enough text',
    (_slug, article) => {
      expect(article.title.length).toBeGreaterThan(0);
      expect(article.title.length).toBeLessThanOrEqual(100);
      expect(article.summary.length).toBeGreaterThan(0);
      expect(article.summary.length).toBeLessThanOrEqual(200);
      // Lessons for 6–8 may be shorter: they are read aloud, a screen or two at a time.
      expect(textOf(article.bodyHtml).length).toBeGreaterThanOrEqual(article.audience === 'child_6_8' ? 150 : 300);
    },
  );

  it('tell children and parents the hotlines', () => {
    const text = STARTER_ARTICLES.map((a) => a.bodyHtml).join('');
    for (const hotline of ['110', '12338', '12355', '120']) expect(text).toContain(hotline);
  });
});
