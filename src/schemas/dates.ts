import { z } from 'astro/zod';
import { isRealCalendarDate } from '../lib/dates.ts';

/** YAML turns an unquoted 2025-10-01 into a Date; accept that and normalise it back to text. */
const dateAsText = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;

/** A full calendar date written YYYY-MM-DD (e.g. "2025-12-16"). */
export const isoDate = (field: string) =>
  z.preprocess(
    dateAsText,
    z
      .string({ message: `${field} is required: write a date as "YYYY-MM-DD", e.g. "2025-12-16"` })
      .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isRealCalendarDate(s), {
        message: `${field} must be a real date written "YYYY-MM-DD", e.g. "2025-12-16"`,
      }),
  );

/** A date with day or month precision: "YYYY-MM-DD" or "YYYY-MM" (when the day is not known). */
export const partialDate = (field: string) =>
  z.preprocess(
    dateAsText,
    z.string().refine((s) => /^\d{4}-\d{2}(-\d{2})?$/.test(s) && isRealCalendarDate(s), {
      message: `${field} must be "YYYY-MM-DD" or "YYYY-MM" (e.g. "2025-10" when only the month is known)`,
    }),
  );
