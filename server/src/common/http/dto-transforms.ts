// Transforms shared by the DTOs. They only reshape a value of the expected kind and pass anything
// else through untouched, so the validators after them refuse it and name the field.

/** Strings arrive trimmed; other types are left for the validator to refuse. */
export const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An ISO 8601 date or date-time string becomes a Date. Not `@Type(() => Date)`: that turns a
 * number, `true` or an array into a Date too, so a wrong type would be stored as 1970.
 */
export const toDate = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date;
};
