import { extractEmbargo, parseEmbargoTime } from './embargo-line';

describe('extractEmbargo', () => {
  it.each([
    ['EMBARGOED UNTIL 2026-12-06 10:00 GMT', '2026-12-06T10:00:00.000Z'],
    ['Embargoed until 06/12/2026 13:00 +03:00', '2026-12-06T10:00:00.000Z'],
    ['EMBARGO: 2026-12-06T10:00Z', '2026-12-06T10:00:00.000Z'],
    ['EMBARGO: 6.12.2026 12:00 GMT+2', '2026-12-06T10:00:00.000Z'],
    ['EMBARGO: 2026-12-06 05:00 -0500', '2026-12-06T10:00:00.000Z'],
    ['يحظر النشر قبل ٢٠٢٦/١٢/٠٦ ١٠:٠٠ بتوقيت غرينتش', '2026-12-06T10:00:00.000Z'],
    ['ممنوع النشر قبل ٠٦-١٢-٢٠٢٦ الساعة ١٣:٠٠ +03:00', '2026-12-06T10:00:00.000Z'],
    ['يحظر النشر قبل: ۲۰۲۶/۱۲/۰۶ ۱۰:۰۰ ت.غ', '2026-12-06T10:00:00.000Z'],
  ])('reads %j and removes the line', (line, iso) => {
    const copy = `عنوان الخبر\n${line}\nبغداد - نص الخبر.`;
    const result = extractEmbargo(copy);
    expect(result.embargoUntil).toBe(iso);
    expect(result.text).toBe('عنوان الخبر\nبغداد - نص الخبر.');
  });

  it('reads a time without a zone in the newsroom’s zone', () => {
    expect(extractEmbargo('EMBARGOED UNTIL 2026-12-06 13:00\nنص', 'Asia/Baghdad').embargoUntil).toBe(
      '2026-12-06T10:00:00.000Z',
    );
  });

  it('keeps an embargo line it cannot read, and reports it', () => {
    const copy = 'عنوان\nEMBARGOED UNTIL next Tuesday\nنص';
    expect(extractEmbargo(copy)).toEqual({ text: copy, unreadable: 'EMBARGOED UNTIL next Tuesday' });
    expect(extractEmbargo('EMBARGO: 2026-02-30 10:00 GMT').unreadable).toBeDefined();
    expect(extractEmbargo('EMBARGO: 2026-12-06 10:00 +15:00').unreadable).toBeDefined();
  });

  it('leaves copy without an embargo line alone (a mention in a sentence is not one)', () => {
    const copy = 'عنوان\nفرضت الحكومة حظر النشر على القضية.\nThe embargo on oil continues.';
    expect(extractEmbargo(copy)).toEqual({ text: copy });
  });

  it('parseEmbargoTime refuses a malformed time', () => {
    expect(parseEmbargoTime('2026-12-06 25:00 GMT', 'UTC')).toBeNull();
    expect(parseEmbargoTime('', 'UTC')).toBeNull();
  });
});

describe('wire import fills embargoUntil', () => {
  it('a plain-text story: the field is set and the line is not in the body', async () => {
    const { storyFromWireCopy } = await import('./text-story');
    const { articleDataFromStory } = await import('./article-data');
    const story = storyFromWireCopy(
      'قمة بغداد تبحث الأمن المائي\nيحظر النشر قبل ٢٠٢٦/١٢/٠٦ ١٠:٠٠ بتوقيت غرينتش\n\nبغداد (رويترز) - تبحث القمة الأمن المائي.',
      'copy.txt',
    );
    const data = articleDataFromStory(story);
    expect(data.embargoUntil).toBe('2026-12-06T10:00:00.000Z');
    expect(JSON.stringify(data.body)).not.toContain('يحظر');
    expect(data.title).toBe('قمة بغداد تبحث الأمن المائي');
  });
});
