import sanitizeHtml from 'sanitize-html';

/** Tags a lesson may use; what the mini-program's rich-text and the H5 page both render the same. */
export const LESSON_TAGS = ['p', 'h3', 'ul', 'ol', 'li', 'strong', 'em', 'br', 'img'] as const;

// A tracking pixel is an image too small to see; it only tells a third party who read the lesson.
const PIXEL_MAX_SIZE = 2;

function isPixel(attribs: Record<string, string>): boolean {
  return [attribs.width, attribs.height].some((value) => value !== undefined && parseInt(value, 10) <= PIXEL_MAX_SIZE);
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...LESSON_TAGS],
  // No class, style, id or on* attribute anywhere: styles can load remote URLs, handlers run script.
  allowedAttributes: { img: ['src', 'alt'] },
  allowedSchemes: ['https'],
  allowedSchemesByTag: { img: ['https'] },
  allowedSchemesAppliedToAttributes: ['src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // These tags are dropped with everything inside them, not just unwrapped.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'template',
    'title',
    'head',
  ],
  transformTags: {
    img: (tagName, attribs) => {
      if (isPixel(attribs)) return { tagName, attribs: {} };
      const kept: Record<string, string> = {};
      if (attribs.src !== undefined) kept.src = attribs.src.trim();
      if (attribs.alt !== undefined) kept.alt = attribs.alt;
      return { tagName, attribs: kept };
    },
  },
  // Only absolute https images survive: relative or http ones would fail (or leak) in the mini-program.
  exclusiveFilter: (frame) => frame.tag === 'img' && !/^https:\/\/[^/]/i.test(frame.attribs.src ?? ''),
};

/**
 * The one sanitiser for lesson bodies, applied on every write: scripts, event handlers, iframes,
 * styles, trackers and non-https images are removed; text is kept.
 */
export function sanitizeLessonHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** True for an absolute https URL (covers and videos are fetched by phones on mobile networks). */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}
