import { importReason } from './importReason';

const ar: Record<string, string> = {
  'import.reason.sameContent': 'المحتوى نفسه مستورد من قبل',
  'import.reason.alsoFiled': 'مصنّف أيضاً في قسم {section}',
};
const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
  (ar[id] ?? defaultMessage).replace('{section}', values?.section ?? '');

describe('importReason', () => {
  it("shows the server's known reasons in the interface language", () => {
    expect(importReason('same content already imported', t)).toBe('المحتوى نفسه مستورد من قبل');
    expect(importReason('also filed under the اقتصاد section', t)).toBe('مصنّف أيضاً في قسم اقتصاد');
  });

  it('shows other reasons as sent', () => {
    expect(importReason('disk full', t)).toBe('disk full');
  });
});
