import { describe, expect, it } from 'vitest';
import { holdsQueryWords, titleAnswers, wordStem } from '../../src/lib/search/genuine.ts';

describe("telling a real match from Pagefind's prefix fallback", () => {
  const page = 'Nurses on the night shift check every line. None of the interviews ran long.';

  it('finds a word, its plural and its -ing form on the page', () => {
    expect(holdsQueryWords('nurse', page)).toBe(true);
    expect(holdsQueryWords('nurses', page)).toBe(true);
    expect(holdsQueryWords('interviewing', page)).toBe(true);
  });

  it('finds the start of a word still being typed', () => {
    expect(holdsQueryWords('interv', page)).toBe(true);
  });

  it('rejects a page reached only through a shorter indexed word', () => {
    expect(holdsQueryWords('nonexistentword', page)).toBe(false);
    expect(holdsQueryWords('zzqxv nonexistentword', page)).toBe(false);
  });

  it('accepts a page holding any one of several words', () => {
    expect(holdsQueryWords('zzqxv night', page)).toBe(true);
  });

  it('keeps short words whole', () => {
    expect(wordStem('es')).toBe('es');
    expect(wordStem('Managers')).toBe('manag');
  });
});

describe('a guide title that answers the search', () => {
  it('answers when every searched word starts a word of the title, closer with fewer extra words', () => {
    const pillar = titleAnswers('write cover letter', 'How to Write a Cover Letter, Step by Step');
    const career = titleAnswers('write cover letter', 'How to Write a Career Change Cover Letter');
    expect(pillar).toBe(2);
    expect(career).toBe(3);
    expect(titleAnswers('career change cover letter', 'How to Write a Career Change Cover Letter')).toBeDefined();
    expect(titleAnswers('explain gap employment', 'How to Explain an Employment Gap')).toBe(1);
  });

  it('does not answer when a searched word is missing from the title', () => {
    expect(titleAnswers('nursing license', 'How to Explain an Employment Gap')).toBeUndefined();
    expect(titleAnswers('', 'Anything')).toBeUndefined();
  });
});
