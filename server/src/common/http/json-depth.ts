/** Deeper than this, a body is not something the mini-program sends: refused before parsing. */
export const MAX_JSON_DEPTH = 16;

/**
 * How deeply the arrays and objects of a JSON text nest, read from its bytes without parsing it
 * (brackets inside strings do not count). Parsing and validating a body nested thousands deep
 * overflows the stack of the DTO transformer; this lets the body parser refuse it first.
 */
export function jsonNestingDepth(text: Buffer): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const byte = text[i];
    if (inString) {
      if (byte === 0x5c) i += 1;
      else if (byte === 0x22) inString = false;
      continue;
    }
    if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (byte === 0x7d || byte === 0x5d) depth -= 1;
  }
  return deepest;
}

/** The body parser's `verify` hook: a body nested too deeply fails as `entity.too.deep` (400). */
export function refuseDeepJson(_req: unknown, _res: unknown, body: Buffer): void {
  if (jsonNestingDepth(body) > MAX_JSON_DEPTH) {
    throw Object.assign(new Error(`JSON nested deeper than ${MAX_JSON_DEPTH}`), {
      status: 400,
      type: 'entity.too.deep',
    });
  }
}
