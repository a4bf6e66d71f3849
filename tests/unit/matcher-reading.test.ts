import { describe, expect, it } from 'vitest';
import { prefersAt, readPosting, stripMarkup } from '../../src/lib/matcher/posting.ts';
import { isShaped, tokenize, tokenKey } from '../../src/lib/matcher/tokens.ts';
import { POSTING_LIMIT } from '../../src/lib/matcher/types.ts';
import { findYears } from '../../src/lib/matcher/years.ts';

describe('tokenize', () => {
  it('keeps the symbols that make a name', () => {
    const words = tokenize('C#, C++ and .NET 8 on Node.js; CI/CD, 5+ years, 3-5 shifts, ASP.NET Core').map((token) => token.text);
    expect(words).toEqual(['C#', 'C++', 'and', '.NET', '8', 'on', 'Node.js', 'CI/CD', '5+', 'years', '3-5', 'shifts', 'ASP.NET', 'Core']);
  });

  it('gives one key to case and number: APIs and api, forklifts and Forklift, batteries and battery', () => {
    expect(tokenKey('APIs')).toBe(tokenKey('API'));
    expect(tokenKey('forklifts')).toBe(tokenKey('Forklift'));
    expect(tokenKey('batteries')).toBe('battery');
    expect(tokenKey('process')).toBe('process');
  });

  it('tells names from words by how they are written', () => {
    for (const name of ['PostgreSQL', 'EHR', 'C#', 'Node.js', '401', 'iOS']) expect(isShaped(name), name).toBe(true);
    for (const word of ['team', 'Kitchen', 'excellent']) expect(isShaped(word), word).toBe(false);
  });
});

describe('findYears', () => {
  it('reads the forms postings use, months as parts of a year', () => {
    const read = (text: string) => findYears(text).map(({ text: written, least }) => [written, least]);
    expect(read('5+ years of Go')).toEqual([['5+ years', 5]]);
    expect(read('3-5 years in a clinic')).toEqual([['3-5 years', 3]]);
    expect(read('at least two years of line experience')).toEqual([['two years', 2]]);
    expect(read('two (2) years as a teller')).toEqual([['two (2) years', 2]]);
    expect(read('6 months of cash handling')).toEqual([['6 months', 0.5]]);
  });

  it('leaves windows of time alone', () => {
    expect(findYears('no DUI in the last five years, reviewed every two years')).toEqual([]);
  });

  it('leaves ages alone: a posting may ask for one, a letter never states it', () => {
    expect(findYears('Must be at least 18 years of age, or 21 years or older to serve alcohol; 16 years old for cashiers')).toEqual([]);
  });
});

describe('readPosting', () => {
  const posting = [
    'Line Cook',
    'Salary: $18 - $22 per hour',
    'About us',
    'We are a 90-seat kitchen in Asheville.',
    'What you will do',
    '- Work the grill station',
    'Requirements:',
    '- ServSafe Food Handler card',
    'Nice to have',
    '- Sous vide',
    'Benefits',
    '- Dental and vision',
    'Marrow & Vine is an equal opportunity employer.',
    '38 Haywood Lane, Asheville, NC 28801',
  ].join('\n');

  it('knows which part of the posting each sentence is in', () => {
    const parts = readPosting(posting).sentences.map(({ text, part }) => [text, part]);
    expect(parts).toEqual([
      ['Line Cook', 'title'],
      ['$18 - $22 per hour', 'boilerplate'],
      ['We are a 90-seat kitchen in Asheville.', 'about'],
      ['Work the grill station', 'duties'],
      ['ServSafe Food Handler card', 'requirements'],
      ['Sous vide', 'preferred'],
      ['Dental and vision', 'boilerplate'],
      ['Marrow & Vine is an equal opportunity employer.', 'boilerplate'],
      ['38 Haywood Lane, Asheville, NC 28801', 'boilerplate'],
    ]);
  });

  it('marks a sentence that prefers, and keeps "U.S. GAAP" in one sentence', () => {
    const { sentences } = readPosting('Accountant\nRequirements\n- Solid grasp of U.S. GAAP. Power BI is a plus.');
    expect(sentences.slice(1).map(({ text, prefers }) => [text, prefers])).toEqual([
      ['Solid grasp of U.S. GAAP.', false],
      ['Power BI is a plus.', true],
    ]);
  });

  it('takes a short first line for the title, and reads a one-line paste as content', () => {
    expect(readPosting('Line Cook (Full Time)\nRequirements: knife skills').title).toBe('Line Cook (Full Time)');
    const oneLine = readPosting('Requirements: PostgreSQL and Kubernetes with Terraform');
    expect(oneLine.title).toBe('');
    expect(oneLine.sentences).toEqual([
      { text: 'PostgreSQL and Kubernetes with Terraform', part: 'requirements', prefers: false, listed: false },
    ]);
  });

  it('reads the employer, place and terms line as boilerplate', () => {
    const { sentences } = readPosting('Platform Engineer\nBrightwater Labs · Remote (US) · Full-time\nRequirements\n- Kafka');
    expect(sentences.map(({ part }) => part)).toEqual(['title', 'boilerplate', 'requirements']);
  });

  it('reads money as pay only when it is pay: a range, a rate, or after a word of pay', () => {
    const { sentences } = readPosting(
      [
        'Sales Development Representative',
        'What you will do',
        '- Hit a monthly quota of 14 qualified meetings and help build $400K of new pipeline per quarter',
        '- Pick and pack orders with an RF scanner, up to 110 lines per hour',
        '- Starting pay is $19.50 an hour plus a night differential',
        '- $60,000 - $70,000 base',
      ].join('\n'),
    );
    expect(sentences.slice(1).map(({ part }) => part)).toEqual(['duties', 'duties', 'boilerplate', 'boilerplate']);
  });

  it('reads the rest of a paragraph that turns to pay as pay, and only the clause of a requirement that does', () => {
    const { sentences } = readPosting(
      [
        'Customer Service Rep',
        'Pay is $18 an hour with health insurance. We send you the laptop and headset.',
        'Requirements:',
        "- A bachelor's degree is required, and a master's degree moves you up the salary schedule",
        '- Spanish speakers are encouraged to apply',
      ].join('\n'),
    );
    expect(sentences.slice(1).map(({ text, part }) => [text, part])).toEqual([
      ['Pay is $18 an hour with health insurance.', 'boilerplate'],
      ['We send you the laptop and headset.', 'boilerplate'],
      ["A bachelor's degree is required,", 'requirements'],
      ["and a master's degree moves you up the salary schedule", 'boilerplate'],
      ['Spanish speakers are encouraged to apply', 'requirements'],
    ]);
  });

  it('reads benefits words as content when the sentence is a duty or a requirement in its own words', () => {
    const { sentences } = readPosting(
      [
        'Human Resources Generalist',
        'You will run open enrollment for our medical, dental and 401(k) plans. You must hold a dental hygiene license.',
        'We offer medical, dental and vision coverage and a 401(k) with a match. You will receive paid time off.',
        'Our process starts with a call, and you will investigate complaints of discrimination.',
      ].join('\n'),
    );
    expect(sentences.slice(1).map(({ part }) => part)).toEqual(['duties', 'requirements', 'boilerplate', 'boilerplate', 'duties']);
  });

  it('carries a prose paragraph’s duty or requirement to its sentences without cues, but not to the employer’s story', () => {
    const { sentences } = readPosting(
      'Dental Hygienist\nOn a typical day you will scale and polish. All charting is kept in Dentrix. We are family owned.',
    );
    expect(sentences.slice(1).map(({ part }) => part)).toEqual(['duties', 'duties', 'intro']);
  });

  it('reads a line that only names a city and state, and a job type, as boilerplate', () => {
    const { sentences } = readPosting('Barista\nLittle Kettle Coffee, Boise, ID\nJob Type: Full-Time, Non-Exempt\nYou need:\n- Latte art');
    expect(sentences.map(({ part }) => part)).toEqual(['title', 'boilerplate', 'boilerplate', 'requirements']);
  });

  it('reads "What you’ll be doing" and "You’ll:" as duties, and a list under a heading it does not know as content', () => {
    const parts = (text: string) => readPosting(text).sentences.map(({ part }) => part);
    expect(parts("Office Coordinator\nWhat you'll be doing\n- Manage calendars in Outlook")).toEqual(['title', 'duties']);
    expect(parts("Barista\nYou'll:\n- Pull espresso shots")).toEqual(['title', 'duties']);
    expect(parts('Carpenter\nWe build schools.\nTools of the trade\n- Set Symons forms')).toEqual(['title', 'intro', 'intro', 'duties']);
  });

  it('reads "Physical demands" and "Working conditions" as neither duties nor requirements, and not as a term', () => {
    const read = readPosting(
      'Bus Driver\nRequirements\n- Class B CDL\nPhysical Demands\n- Lift 50 pounds\nWorking conditions:\n- Outdoors in all weather',
    );
    expect(read.sentences.map(({ text, part }) => `${part}: ${text}`)).toEqual([
      'title: Bus Driver',
      'requirements: Class B CDL',
      'other: Lift 50 pounds',
      'other: Outdoors in all weather',
    ]);
  });

  it('reads a prose posting by its sentences’ cues', () => {
    const { sentences } = readPosting(
      'Delivery Driver\nYou load the truck at six. You must hold a Class B CDL. Furniture delivery is a big plus. We are family owned.',
    );
    expect(sentences.slice(1).map(({ part }) => part)).toEqual(['duties', 'requirements', 'preferred', 'intro']);
    const shop = readPosting(
      'Automotive Technician\nThe work is what you would expect at a GM store: diagnosis of HVAC and drivetrain concerns.',
    );
    expect(shop.sentences[1]!.part).toBe('duties');
  });

  it('cuts a paste past the limit and says so', () => {
    const long = readPosting(`Title\n${'Requirements: PostgreSQL. '.repeat(10_000)}`);
    expect(long.trimmed).toBe(true);
    expect(long.text.length).toBeLessThanOrEqual(POSTING_LIMIT);
    expect(readPosting('Title\nPostgreSQL').trimmed).toBe(false);
  });
});

describe('prefersAt', () => {
  it('reads "preferred" for its own clause only', () => {
    const sentence = '2-4 years of accounting; public accounting preferred (Big Four a plus)';
    expect(prefersAt(sentence, sentence.indexOf('2-4'))).toBe(false);
    expect(prefersAt(sentence, sentence.indexOf('public'))).toBe(true);
    expect(prefersAt(sentence, sentence.indexOf('Big Four'))).toBe(true);
    const cloud = 'Production services on a cloud platform (Azure preferred, AWS fine)';
    expect(prefersAt(cloud, cloud.indexOf('cloud'))).toBe(false);
    expect(prefersAt(cloud, cloud.indexOf('Azure'))).toBe(true);
    const bilingual = 'Bilingual (English/Spanish); cash handling';
    expect(prefersAt(`${bilingual.replace(');', ') preferred;')}`, bilingual.indexOf('Spanish'))).toBe(true);
    expect(prefersAt(bilingual, bilingual.indexOf('Spanish'))).toBe(false);
  });
});

describe('stripMarkup', () => {
  it('reads pasted HTML for its text, scripts and all tags gone', () => {
    const text = stripMarkup(
      '<div><h2>Requirements</h2><ul><li>3+ years with <b>React</b> &amp; Redux</li></ul><script>alert(1)</script><img src=x onerror=alert(1)></div>',
    );
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toContain('alert');
    expect(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ).toEqual(['Requirements', '3+ years with React & Redux']);
  });

  it('leaves text without tags as it is, angle brackets and all', () => {
    expect(stripMarkup('Salary < $50k, 2 > 1')).toBe('Salary < $50k, 2 > 1');
  });
});
