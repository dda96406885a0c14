import { fieldTextKey, withFieldTexts, type EditLayout } from './fieldTexts';

const layout = (displayName: string, hint = ''): EditLayout => ({
  settings: { displayName },
  layout: [[[{ name: 'title', hint, placeholder: '' }, { name: 'body' }]]],
});

const messages = {
  [fieldTextKey('Article', 'title', 'hint')]: 'عنوان قصير',
  [fieldTextKey('Article', 'title', 'placeholder')]: 'حلف NATO يضم 32 دولة',
};

describe('withFieldTexts', () => {
  it('fills the hint and placeholder of a known field from the messages', () => {
    const [[[title, body]]] = withFieldTexts(layout('Article'), messages).layout;
    expect(title).toEqual({ name: 'title', hint: 'عنوان قصير', placeholder: 'حلف NATO يضم 32 دولة' });
    expect(body).toEqual({ name: 'body' });
  });

  it('keeps a hint configured in the Content Manager', () => {
    const [[[title]]] = withFieldTexts(layout('Article', 'as configured'), messages).layout;
    expect(title.hint).toBe('as configured');
  });

  it('leaves other content types and missing messages alone', () => {
    const topic = layout('Topic');
    expect(withFieldTexts(topic, messages)).toBe(topic);
    const [[[title]]] = withFieldTexts(layout('Article'), {}).layout;
    expect(title).toEqual({ name: 'title', hint: '', placeholder: '' });
  });
});
