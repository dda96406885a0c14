import { actorLabel } from './actorLabel';

const ar: Record<string, string> = { 'actor.system.scheduler': 'الجدولة الآلية' };
const t = (id: string, defaultMessage: string) => ar[id] ?? defaultMessage;

describe('actorLabel', () => {
  it('names a person by the name the server sent', () => {
    expect(actorLabel('7', { '7': 'John Smith' }, t)).toBe('John Smith');
  });

  it("names the newsroom's processes in the interface language", () => {
    expect(actorLabel('system:scheduler', {}, t)).toBe('الجدولة الآلية');
    expect(actorLabel('system:import', {}, t)).toBe('Wire import');
  });

  it('shows an unknown actor as its id', () => {
    expect(actorLabel('system:other', {}, t)).toBe('system:other');
    expect(actorLabel('token:3', {}, t)).toBe('token:3');
  });
});
