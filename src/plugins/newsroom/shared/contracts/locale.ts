import { z } from 'zod';

/** A locale code in a request: "ar", "en", "ar-EG", "zh-Hant". */
export const localeCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/);

/** `dir`, which every content-API document with a `locale` carries (direction/middleware.ts adds it). */
export const directionSchema = z.enum(['rtl', 'ltr']);
