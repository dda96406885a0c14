import { readFileSync } from 'fs';
import { join } from 'path';
import { parseWireCopy } from '../../domain/wire';
import { DEMO_WIRE_STORY } from './demo-wire-story';

// The API and end-to-end tests read the fixture and expect the draft the seed made from this copy of it.
const FIXTURE = join(__dirname, '../../../../../../../tests/fixtures/wire/iraq-nato-manama-dialogue.txt');

describe('the seeded wire story', () => {
  const fixture = readFileSync(FIXTURE, 'utf8');

  it('is the test fixture without its trailing blank lines', () => {
    expect(DEMO_WIRE_STORY).toBe(`${fixture.trimEnd()}\n`);
  });

  it('parses to the same story as the fixture', () => {
    const seeded = parseWireCopy(DEMO_WIRE_STORY);
    expect(seeded.title.length).toBeGreaterThan(0);
    expect(seeded).toEqual(parseWireCopy(fixture));
  });
});
