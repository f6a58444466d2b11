// The chair and notulist of a meeting are chosen from those who take part on its day; a choice already made is
// kept (named as having left), so editing an older meeting never drops its chair without a word.
import { describe, expect, it } from 'vitest';
import type { Person } from '../../shared/domain';
import { activeOn, meetingPersonOptions } from '../../renderer/coalition/people';

const person = (id: number, name: string, leftOn: string | null): Person => ({
  id,
  name,
  organisationId: 1,
  organisationName: 'Gemeente Groningen',
  role: 'voorzitter',
  leftOn,
});

const koen = person(1, 'Koen Schuiling', null);
const bert = person(2, 'Bert Popken', '2027-03-01');

describe('who can chair a meeting', () => {
  it('takes part until the day they leave: on that day and after, no longer', () => {
    expect(activeOn(bert, '2027-02-28')).toBe(true);
    expect(activeOn(bert, '2027-03-01')).toBe(false);
    expect(activeOn(bert, '2027-04-08')).toBe(false);
    expect(activeOn(koen, '2099-01-01')).toBe(true);
  });

  it('offers only those taking part on the meeting day', () => {
    expect(meetingPersonOptions([koen, bert], '2027-02-04', [null, null]).map((o) => o.value)).toEqual(['1', '2']);
    expect(meetingPersonOptions([koen, bert], '2027-04-08', [null, null]).map((o) => o.value)).toEqual(['1']);
  });

  it('keeps a person already chosen, saying they have left', () => {
    const options = meetingPersonOptions([koen, bert], '2027-04-08', [2, null]);
    expect(options.map((o) => o.value)).toEqual(['1', '2']);
    expect(options[1]!.label).toBe('Bert Popken (Gemeente Groningen, voorzitter) — uit de coalitie sinds 1 maart 2027');
    expect(options[0]!.label).toBe('Koen Schuiling (Gemeente Groningen, voorzitter)');
  });
});
