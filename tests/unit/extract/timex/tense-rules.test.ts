import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../main/extract/timex';
import { clauseTense } from '../../../../main/extract/timex/tense';

const values = (text: string, referenceDate: string) =>
  tagTimexes(text, { referenceDate }).map((t) => t.value);

function tenseOf(sentence: string, word: string) {
  const start = sentence.indexOf(word);
  return clauseTense(sentence, start, start + word.length);
}

describe('what counts as a past verb', () => {
  it('does not read a name ending in -ed ("United States") as a past verb', () => {
    // 2023-03-15 is a Wednesday: the delegation flies the next day.
    expect(values('The delegation will fly to the United States on Thursday.', '2023-03-15')).toEqual([
      '2023-03-16',
    ]);
  });

  it('does not read an -ed adjective after a determiner ("an unspecified date") as a past verb', () => {
    expect(values('The bonus would be paid on an unspecified date in January.', '2016-10-20')).toEqual([
      '2017-01',
    ]);
  });

  it('reads irregular past forms such as "bought" and "sold" as past', () => {
    expect(values('The fund bought the chain in December.', '2016-09-12')).toEqual(['2015-12']);
    expect(tenseOf('The family sold the farm on Monday.', 'Monday')).toBe('past');
  });
});

describe('a mandated act', () => {
  it('"ordered that a hearing be held on 23 January" looks ahead', () => {
    expect(tenseOf('The judge ordered that a hearing be held on 23 January.', '23 January')).toBe('future');
    expect(values('The judge ordered that a hearing be held on 23 January.', '2011-11-17')).toEqual([
      '2012-01-23',
    ]);
  });

  it('"ruled that he must be returned" is no mandate of its own; the past stands', () => {
    expect(
      tenseOf('The court ruled that he must be returned and set Friday as the deadline.', 'Friday'),
    ).toBe('past');
  });
});

describe('clause boundaries', () => {
  it('reads past a title before a name ("Dr. Lee") to the verb of the sentence', () => {
    expect(
      values(
        'In January, a month after Dr. Lee left the clinic, the board approved the merger.',
        '2016-10-25',
      ),
    ).toEqual(['2016-01', 'P1M']);
  });
});

describe('prepositions that fix the direction', () => {
  it('dates "since March" before publication whatever the rest of the clause says', () => {
    expect(values('The carrier has been at sea since March and will return soon.', '2023-01-20')).toEqual([
      '2022-03',
    ]);
  });

  it('dates "since shortly after the Oct. 23 attack" before publication', () => {
    expect(
      values('Police have been hunting the gunman since shortly after the Oct. 23 attack.', '2017-05-06'),
    ).toEqual(['2016-10-23']);
  });

  it('dates "until Friday" after a verb of extending to the coming Friday', () => {
    // 2016-06-08 is a Wednesday.
    expect(values('Regulators extended the deadline until Friday.', '2016-06-08')).toEqual(['2016-06-10']);
    expect(
      values('The court postponed until Monday morning any ruling on the merger.', '2016-06-08'),
    ).toEqual(['2016-06-13TMO']);
  });

  it('keeps "Until Friday, they had ..." in the past', () => {
    expect(values('Until Friday, officials had refused to comment.', '2016-06-08')).toEqual(['2016-06-03']);
  });
});

describe('scheduled happenings in the simple present', () => {
  it('dates "begins on Saturday" to the coming Saturday', () => {
    // 2016-07-15 is a Friday.
    expect(values('A national mourning period of three days begins on Saturday.', '2016-07-15')).toEqual([
      'P3D',
      '2016-07-16',
    ]);
  });

  it('dates "ministers meet Monday" ahead, "ministers met Monday" behind', () => {
    expect(values('The two ministers meet Monday in Geneva.', '2023-09-13')).toEqual(['2023-09-18']);
    expect(values('The two ministers met Monday in Geneva.', '2023-09-13')).toEqual(['2023-09-11']);
  });
});

describe('"the end of the month" in a plan and in a past narrative', () => {
  it("is the writer's month in a plan, even after a later date was mentioned", () => {
    expect(
      values(
        'Congress must pass a spending bill by Dec. 9. The team plans to name a chief of staff by the end of the month.',
        '2016-11-09',
      ),
    ).toEqual(['2016-12-09', '2016-11']);
  });

  it("is the story's month in a past-tense narrative", () => {
    expect(
      values(
        'The strike began on March 3, 2010. By the end of the month, the plant had closed.',
        '2016-11-09',
      ),
    ).toEqual(['2010-03-03', '2010-03']);
  });
});

describe("weekdays counted from the story's day", () => {
  it('dates "the following Tuesday" and "the previous Friday" from the last day the story named', () => {
    expect(
      values(
        'The referendum was held on Sunday, July 3, 2016. On the following Tuesday, the count was certified.',
        '2016-07-15',
      ),
    ).toEqual(['2016-07-03', '2016-07-05']);
    expect(
      values('Shares closed on Friday, Oct. 6, 2023, down 2% from the previous Friday.', '2023-10-09'),
    ).toEqual(['2023-10-06', '2023-09-29']);
  });
});

describe('earnings comparisons', () => {
  it('compares "a year earlier" after a nine-month figure with the year, not with the quarter', () => {
    expect(
      values(
        'Acme said third-quarter profit rose 10% to $50 million from $45 million a year earlier. ' +
          'For the first nine months, profit was $140 million, up from $120 million a year earlier.',
        '2016-10-20',
      ),
    ).toEqual(['2016-Q3', '2015-Q3', 'P9M', '2015']);
  });
});

describe('what is awaited lies ahead', () => {
  it('dates "ahead of Sunday\'s election" to the coming Sunday even in a past-tense clause', () => {
    // 2013-04-10 is a Wednesday.
    expect(values("Ahead of Sunday's election, the candidates held rallies.", '2013-04-10')).toEqual([
      '2013-04-14',
    ]);
  });
});

describe('more foreseeing words and plural timetables', () => {
  // 2022-02-02 is a Wednesday.
  it('dates "talks resume on Monday" and "snow is forecast for Thursday" ahead', () => {
    expect(values('Talks resume on Monday, a spokesman said.', '2022-02-02')).toEqual(['2022-02-07']);
    expect(values('Snow is forecast for Thursday and Friday.', '2022-02-02')).toEqual([
      '2022-02-03',
      '2022-02-04',
    ]);
  });

  it('does not take "did not begin until Monday" for a timetable', () => {
    expect(values('The hearing did not begin until Monday.', '2022-02-02')).toEqual(['2022-01-31']);
  });

  it('moves the story to "last year", so "the previous year" is the one before it', () => {
    expect(values('Sales fell 5% last year after rising 3% the previous year.', '2019-06-14')).toEqual([
      '2018',
      '2017',
    ]);
  });
});

describe('guards on the tense words', () => {
  it('reads "This happened on Friday" as past ("this" is a pronoun there, not a determiner)', () => {
    expect(tenseOf('This happened on Friday, officials said.', 'Friday')).toBe('past');
  });

  it('does not read the noun "returns" or the statistic "housing starts" as a timetable', () => {
    expect(tenseOf('Fund returns on Monday were weak.', 'Monday')).not.toBe('future');
    expect(tenseOf('Housing starts in March were the weakest in a year.', 'March')).not.toBe('future');
  });
});

describe('contracted negation', () => {
  it('treats "didn\'t begin until Monday" like "did not begin until Monday"', () => {
    expect(values("The hearing didn't begin until Monday.", '2022-02-02')).toEqual(['2022-01-31']);
  });
});

describe('present passives', () => {
  it('reads "is expected in the spring" as ahead, not as a past "-ed" verb', () => {
    expect(values('The vote is expected in the spring, a spokeswoman said on Monday.', '2014-12-18')).toEqual(
      ['2015-SP', '2014-12-15'],
    );
  });

  it('does not read "is located" as a past verb', () => {
    expect(tenseOf('The museum, which is located downtown, holds a gala on Friday.', 'Friday')).toBe(
      'present',
    );
  });
});
