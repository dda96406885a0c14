import { localizedRefusal, localizingRefusals } from './localizeRefusals';

const refusal = {
  data: null,
  error: {
    status: 403,
    name: 'ForbiddenError',
    message: 'Only an editor may publish',
    details: { code: 'NOT_ALLOWED', message: { ar: 'النشر للمحرر وحده', en: 'Only an editor may publish' } },
  },
};

describe('localizedRefusal', () => {
  it("puts the interface language's text in error.message, the rest as sent", () => {
    const localized = localizedRefusal(refusal, 'ar');
    expect(localized?.error?.message).toBe('النشر للمحرر وحده');
    expect(localized?.error?.details).toEqual(refusal.error.details);
  });

  it('leaves bodies without a bilingual message, or already in the language, alone', () => {
    expect(localizedRefusal(refusal, 'en')).toBeNull();
    expect(localizedRefusal({ error: { message: 'Forbidden', details: {} } }, 'ar')).toBeNull();
    expect(localizedRefusal('text', 'ar')).toBeNull();
  });
});

describe('localizingRefusals', () => {
  const answer = (body: unknown, status: number) => async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it("rewrites a refused response's message for Strapi's toasts", async () => {
    const wrapped = localizingRefusals(answer(refusal, 403), () => 'ar');
    const response = await wrapped('/content-manager/x');
    expect(response.status).toBe(403);
    expect(((await response.json()) as typeof refusal).error.message).toBe('النشر للمحرر وحده');
  });

  it('passes successful responses through as they are', async () => {
    const ok = await answer({ data: 1 }, 200)();
    const wrapped = localizingRefusals(
      async () => ok,
      () => 'ar',
    );
    expect(await wrapped('/x')).toBe(ok);
  });
});
