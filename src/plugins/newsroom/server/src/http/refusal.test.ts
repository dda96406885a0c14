import { z } from 'zod';
import { HttpError } from 'http-errors';
import { forbidden, invalidRequest, notFound, refusal } from './refusal';

/** What Strapi's error middleware (formatHttpError) reads from an http-errors error to write the response. */
const response = (error: HttpError) => ({
  status: error.status,
  name: error.name,
  message: error.message,
  details: (error as HttpError & { details?: unknown }).details,
  expose: error.expose,
});

describe('refusal', () => {
  it('is an http-errors error with the status, the English message, the code and both languages in details', () => {
    const error = refusal({
      status: 413,
      code: 'LIMIT_EXCEEDED',
      message: { en: 'over 5 bytes', ar: 'أكثر من 5 بايت' },
      details: { limit: 'maxBytes', max: 5 },
    });
    expect(error).toBeInstanceOf(HttpError);
    expect(response(error)).toEqual({
      status: 413,
      name: 'PayloadTooLargeError',
      message: 'over 5 bytes',
      details: {
        code: 'LIMIT_EXCEEDED',
        limit: 'maxBytes',
        max: 5,
        message: { en: 'over 5 bytes', ar: 'أكثر من 5 بايت' },
      },
      expose: true,
    });
  });

  it('keeps http-errors’ name for the status unless one is given', () => {
    const message = { en: 'x', ar: 'س' };
    expect(refusal({ status: 400, code: 'C', message }).name).toBe('BadRequestError');
    expect(refusal({ status: 400, code: 'C', message, name: 'ValidationError' }).name).toBe('ValidationError');
    expect(refusal({ status: 409, code: 'C', message }).name).toBe('ConflictError');
    expect(refusal({ status: 410, code: 'C', message }).name).toBe('GoneError');
  });

  it('lets code and message win over details of the same name', () => {
    const error = refusal({
      status: 403,
      code: 'FORBIDDEN',
      message: { en: 'no', ar: 'لا' },
      details: { code: 'OTHER', message: 'other' },
    });
    expect(response(error).details).toEqual({ code: 'FORBIDDEN', message: { en: 'no', ar: 'لا' } });
  });
});

describe('invalidRequest', () => {
  it('answers 400 naming the first bad field, or `body` for the whole input', () => {
    const schema = z.object({ locales: z.array(z.string().min(2)) });
    const field = schema.safeParse({ locales: ['ar', 'e'] });
    const whole = schema.safeParse('text');
    if (field.success || whole.success) throw new Error('both inputs are invalid');
    const error = invalidRequest(field.error);
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/^locales\.1: /);
    expect(response(error).details).toMatchObject({
      code: 'INVALID_REQUEST',
      message: { ar: expect.stringMatching(/^locales\.1: /) },
    });
    expect(invalidRequest(whole.error).message).toMatch(/^body: /);
  });
});

describe('notFound and forbidden', () => {
  it('carry their status and code', () => {
    const message = { en: 'No such article', ar: 'لا يوجد مقال كهذا' };
    expect(response(notFound(message))).toMatchObject({ status: 404, details: { code: 'NOT_FOUND', message } });
    expect(response(forbidden(message))).toMatchObject({ status: 403, details: { code: 'FORBIDDEN', message } });
  });
});
