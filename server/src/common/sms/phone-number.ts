const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * A phone number in E.164 (`+8613800138000`), or undefined when it is not one. Mainland mobile
 * numbers are accepted bare (11 digits) or with 86 / 0086 / +86; spaces and dashes are ignored.
 */
export function toE164(phone: string): string | undefined {
  const compact = phone.replace(/[\s-]/g, '');
  const mainland = /^(?:\+86|0086|86)?(\d{11})$/.exec(compact);
  if (mainland && MAINLAND_MOBILE.test(mainland[1])) return `+86${mainland[1]}`;
  if (compact.startsWith('+86')) return undefined; // +86 but not a mobile number: SMS cannot reach it
  return E164.test(compact) ? compact : undefined;
}
