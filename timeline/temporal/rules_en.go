package temporal

// Rule is one recognition pattern: what it matches, how the match becomes
// an underspecified value, and examples that a test runs (see
// TestRuleExamples). Adding a pattern is one entry here with its example.
type Rule struct {
	Name     string
	Pattern  string
	Build    builder
	Examples []Example
	// Lower priority loses to a longer match only; among equal-length
	// matches the rule listed first wins.
}

// Example is a sentence, the document date it is read against, the
// expression the rule must find in it and the value it must resolve to.
type Example struct {
	In   string // the sentence; the expression is the text between [ and ]
	DCT  string // document creation time, "2014-12-17" or with a clock
	Want string // the TIMEX3 value
}

// englishRules is the rule table for English news. The patterns use the
// classes of classes.go; the builders are the closed vocabulary of build.go,
// periods.go and durations.go.
func englishRules() []Rule {
	return []Rule{
		// Absolute and partial calendar dates.
		{Name: "month-day-year", Pattern: `(({weekday} ,?)? {month} .? {day} (,|.)? {year} | ({weekday} ,?)? (the)? {day} (of)? {month} .? ,? {year} | (the)? {day} of {month} .? ,? {year})`, Build: calendar(),
			Examples: []Example{
				{"Remember [the 11th of September 2001], they wrote.", "2014-12-17", "2001-09-11"},
				{"The attack came on [Sept. 11, 2001].", "2014-12-17", "2001-09-11"},
				{"It was filed on [17 December 2014] in Los Angeles.", "2015-01-05", "2014-12-17"},
				{"The mill opened on [the 10th May 1902] in the valley.", "2010-06-29", "1902-05-10"},
				{"The suit was filed [Wednesday, December 17, 2014].", "2015-01-05", "2014-12-17"},
				// The comma after a weekday another expression took is not the date's.
				{"Updated at 10:12 GMT, Wednesday, [28 September 2011] in London.", "2011-09-28", "2011-09-28"},
			}},
		{Name: "month-day", Pattern: `(({weekday} ,?)? {month} ( .? {day} | the {ord:day} ) | ({weekday} ,?)? (the)? {day} (of)? {month} | (the)? {ord:day} of {month})`, Build: calendar(),
			Examples: []Example{
				{"Sony canceled its [December 25th] release.", "2014-12-17", "2014-12-25"},
				{"Results are due [Dec. 22].", "2014-12-17", "2014-12-22"},
				{"He called on [May 3] or June 7, 2009.", "2014-06-02", "2009-05-03"},
				{"The deal closed [Monday, Oct. 26].", "1998-10-30", "1998-10-26"},
				{"Talks began on [the 3rd of March].", "2014-12-17", "2014-03-03"},
				{"It is [Wednesday January the 12th] today.", "2011-01-13", "2011-01-12"},
				// "the reduced" is an adjective, not a past tense; "is" places nothing.
				{"The reduced dividend is payable [Jan. 2].", "1989-11-01", "1990-01-02"},
				// "the plan" is a noun: no future; "be held" takes its tense from "would".
				{"The bank announced the plan [Aug. 21].", "1989-10-27", "1989-08-21"},
				{"A ceremony would still be held on [April 24].", "1999-02-10", "1999-04-24"},
				// "unspecified" is an adjective, not a past tense; "unveiled" is one.
				{"The split would be paid on a still unspecified date, [Jan. 5].", "1989-10-26", "1990-01-05"},
				{"The company unveiled the plan [Oct. 2].", "1989-10-26", "1989-10-02"},
				// A weak past cue dates the telling; a strong one the day.
				{"The festival has announced a gala in Leeds on [8 October].", "2011-07-26", "2011-10-08"},
				{"A gala in Leeds was cancelled on [8 October].", "2011-07-26", "2010-10-08"},
				// A chronology's entry, and a day named before a noun, are days
				// told of as done: the running year or the past, not next year.
				{"Timeline\n\n[March 14] - Governor tours the flooded towns.", "2024-05-02", "2024-03-14"},
				{"Timeline\n\n[Dec. 2]: The mayor visits the site.", "2024-11-20", "2023-12-02"},
				{"Investigators studied the [March 3] derailment.", "2024-02-10", "2023-03-03"},
				{"Voters rejected it in the [October 9] vote.", "2024-09-10", "2023-10-09"},
				{"Crews towed away the wreck of the [March 3] derailment.", "2015-01-20", "2014-03-03"},
				{"The [March 3] derailment delayed the reopening of the line.", "2015-01-20", "2014-03-03"},
				// But a day only a little ahead is the coming one, and a plan
				// called off, put off or named by its noun is still to come.
				{"Fans queued for tickets to the [Dec. 20] concert.", "2014-12-18", "2014-12-20"},
				{"The studio called off the [December 25th] opening of the film.", "2014-12-18", "2014-12-25"},
				{"Councillors postponed the [Dec. 10] vote.", "2014-12-05", "2014-12-10"},
				{"The [Dec. 30] vote has been postponed.", "2014-12-05", "2014-12-30"},
				{"Organizers scrapped the [January 30] gala.", "2015-01-02", "2015-01-30"},
				{"The union rejected the [Feb. 14] deadline.", "2015-01-20", "2015-02-14"},
				// A tense still places them; a preposition after is no noun.
				{"Timeline\n\n[June 20] - The vote will be held.", "2024-05-02", "2024-06-20"},
				{"The [March 3] and April 2 meetings were short.", "2024-05-02", "2024-03-03"},
				{"Officials gave no reason for the [Jan. 14] deadline.", "2000-01-05", "2000-01-14"},
				// A weekday given with the day picks the year it falls on.
				{"The night shows highlights of the [Monday 7 September] show.", "2010-01-20", "2009-09-07"},
				{"The rally on [Saturday, March 2] drew thousands.", "2024-01-20", "2024-03-02"},
				// After a heading of its own, a day without a year keeps its year.
				{"Chronology\n\nJune 2015\n\n[12 July] - The talks resume in Vienna.", "2016-03-01", "2015-07-12"},
				{"Chronology\n\nDecember 2014\n\n[3 January] - A deal is signed.", "2016-03-01", "2015-01-03"},
			}},
		{Name: "numeric-date", Pattern: `({mm:month} / {dd:day} / ({year}|{yy}) | {year} - {mm:month} - {dd:day} | {year} / {mm:month} / {dd:day})`, Build: calendar(),
			Examples: []Example{
				{"Filed on [12/17/2014] in court.", "2015-01-05", "2014-12-17"},
				{"Updated [2014-12-17] at noon.", "2015-01-05", "2014-12-17"},
			}},
		{Name: "famous-date", Pattern: `{famous}`, Build: famous(),
			Examples: []Example{
				{"Threats recalled [9/11] for many.", "2014-12-17", "2001-09-11"},
				{"It recalled [the September 11 attacks].", "2014-12-17", "2001-09-11"},
			}},
		{Name: "month-of-that-year", Pattern: `{month} ( .? {day} ,? )? of ( that | the same | the following | the next | the previous | the preceding ) year`, Build: ofYear(true),
			Examples: []Example{
				{"WHO declared SARS a pandemic in March 2003. By [June of that year], it had lifted an advisory.", "2009-04-27", "2003-06"},
				{"The war began in 1939 and he enlisted in [May of the following year].", "2009-04-27", "1940-05"},
			}},
		{Name: "month-this-year", Pattern: `( {month} ( .? {day} )? | (the)? {day} (of)? {month} | the {season} ) (of)? {dir} year`, Build: ofYear(false),
			Examples: []Example{
				{"The bank failed in [July last year].", "2010-01-20", "2009-07"},
				{"It opened on [1 April this year].", "2010-06-20", "2010-04-01"},
				{"Prices peaked in [the summer of last year].", "2010-01-20", "2009-SU"},
			}},
		{Name: "month-year", Pattern: `({position} -?)? {month} .? (of|,)? {year}`, Build: calendar(),
			Examples: []Example{
				{"The breach began in [November 2014].", "2014-12-17", "2014-11"},
				{"Sales peaked in [late July 1998].", "1998-12-17", "1998-07"},
			}},
		{Name: "month", Pattern: `({position} -?)? {month}`, Build: calendar(),
			Examples: []Example{
				{"The breach was discovered in [November].", "2014-12-17", "2014-11"},
				// A time far from its verb goes the way the sentence's last
				// time went; a price's decimals are one word to the window.
				{"The stock rose to a high of $42 in June from $29 in [March].", "1989-10-30", "1989-03"},
				{"The index rose 12.34 points, or 0.56 percent, to 1,234.56 in [March].", "1989-10-30", "1989-03"},
				// "the" and a number after a month are a day only as an ordinal.
				{"In [January] the 12 members met.", "2011-03-01", "2011-01"},
				// Opening a sentence before a verb, "May" is the month (a wish
				// has its subject next: "May the relief reach them").
				{"[May] was the wettest month on record.", "2012-08-01", "2012-05"},
				{"[May] each year brings floods to the valley.", "2012-08-01", "2012-05"},
				{"Timeline of the crisis\n\n[May]\n\nThe government fell.", "2012-08-01", "2012-05"}, // a chronology's heading
				// After a preposition of time, a capitalized word is no surname.
				{"In [June] Congress passed the bill.", "1998-08-01", "1998-06"},
				{"Candidates were chosen for the [June] European elections.", "2009-04-29", "2009-06"},
				// After a name, a month's name is a surname.
				{"Home Secretary Theresa May said in [May] that the rules would change.", "2011-11-09", "2011-05"},
				{"The film opens in [mid-January].", "2014-12-17", "2015-01"},
				// Joined to a month with a year, a month shares it.
				{"Ticket sales peaked in [March] and April of 2008.", "2009-06-30", "2008-03"},
				{"The worst were [December] and January 2009.", "2014-06-02", "2008-12"},
				// A verb of action in the past tense is a strong cue; a passive
				// after "will" takes the future.
				{"In [January], the company brought in a new chief.", "1989-10-27", "1989-01"},
				{"She will be named commander of a mission in [December].", "1998-03-04", "1998-12"},
				// A deferral verb moves its "until", "to" or "through" ahead.
				{"Lenders have extended the loans through [January].", "1989-10-30", "1990-01"},
				// The verb of a sentence the month opens may follow a long subject.
				{"In [November], a judge on the state appeals court in Albany, the capital, ruled against the city.", "2024-10-08", "2023-11"},
				{"In [March], the board of the regional water company in the north, a public body, approved the plan.", "2024-10-08", "2024-03"},
				// A start ahead.
				{"She agreed to coach 10 games starting in [February].", "2024-10-08", "2025-02"},
				{"The new fares apply beginning in [January], the agency said.", "2024-10-08", "2025-01"},
			}},
		{Name: "dir-month", Pattern: `{position}? {dir} {month}`, Build: calendar(),
			Examples: []Example{{"Talks collapsed [last November].", "1999-10-17", "1998-11"}}},
		{Name: RuleEntryTime, Pattern: `{hhmm}`, Build: entryTime(),
			Examples: []Example{
				{"A strong quake hit. 0955 Aid agencies mobilise. [1040] Hundreds are feared trapped. 1105 Rescuers arrive.", "2010-01-13", "2010-01-13T10:40"},
			}},
		{Name: "year", Pattern: `({position} -?)? (the year)? {year}`, Build: year(),
			Examples: []Example{
				{"Profits fell in [1994], the report said.", "1998-01-08", "1994"},
				{"The [1994] election was close.", "1998-01-08", "1994"},
				{"The cuts came in [1990]'s budget.", "1991-02-01", "1990"},
				// A virus's name is no half-year ("H1N1" is not "H1").
				{"Like the [1918] H1N1 strain, it spread fast.", "2009-05-01", "1918"},
				{"Emissions must fall by [2050].", "2010-01-20", "2050"},
				// One number opening a sentence is a year; several make a live page (entry-time).
				{"[1918] Spanish flu killed millions, historians say.", "2009-05-01", "1918"},
				{"Output recovered in [early 1991].", "1991-06-01", "1991"},
				// The hyphen of a range is neither year's ("1918-[1919]").
				{"The pandemic of 1918-[1919] was the worst.", "2009-05-01", "1919"},
				// After a number of three digits it is a phone number's end.
				{"The register lists Martha 18-3-[1869] as the second child.", "2009-05-01", "1869"},
				{"Rules for the H1N1-[2009] virus were issued.", "2009-05-01", "2009"},
			}},
		{Name: "fiscal-year", Pattern: `fiscal (year)? {year}`, Build: calendar(),
			Examples: []Example{{"Revenue for [fiscal 1998] rose.", "1998-12-17", "1998"}}},
		{Name: "season-year", Pattern: `{position}? (the)? {season} (of)? ({year} | {yearword:year})`, Build: calendar(),
			Examples: []Example{{"It began in [the winter of 1994].", "1998-12-17", "1994-WI"}}},
		{Name: "decade", Pattern: `{position}? (the)? ({position} -?)? (' {decade} | {decade} | {decadeword})`, Build: calendar(),
			Examples: []Example{
				{"It was popular in [the 1990s].", "2014-12-17", "199"},
				// After a possessive, "40s" is an age; after "the", a decade.
				{"Jazz thrived in [the 40s] in the city.", "2014-12-17", "194"},
				{"Prices rose in [the mid-1990s].", "2014-12-17", "199"},
				{"It started in [the nineties].", "2014-12-17", "199"},
				// "the 1920's" is a decade ("1990's budget" is a year's: rule year).
				{"The firm moved to Leeds in [the early 1920's].", "2010-06-29", "192"},
				{"Ships sailed there in [the 1800s].", "2010-06-29", "18"},
				{"Sales peaked in the 1940s-[1950s], records show.", "2014-12-17", "195"},
			}},
		{Name: "century", Pattern: `(the)? {ord} century`, Build: century(),
			Examples: []Example{{"It was built in [the 20th century].", "2014-12-17", "19"}}},
		{Name: "quarter", Pattern: `{position}? ( (the)? (fiscal)? {ord:quarter} (fiscal)? quarter | {ord:quarter} - quarter ) (of ({year}|fiscal {year}|{dir} year))?`, Build: quarter(),
			Examples: []Example{
				{"Earnings for [the third quarter] fell.", "1989-10-26", "1989-Q3"},
				{"The [fourth-quarter] loss widened.", "1998-01-15", "1997-Q4"},
				{"The club's [fourth-quarter] profit beat forecasts despite a losing season.", "1998-01-15", "1997-Q4"},
				{"Growth in [the second quarter of 1990] slowed.", "1991-01-15", "1990-Q2"},
				{"Profits should recover in [the first quarter of next year].", "2010-01-20", "2011-Q1"},
			}},
		{Name: "dir-year-quarter", Pattern: `{dir} (fiscal)? year ' s (fiscal)? ( {ord:quarter} quarter | {ord:quarter} - quarter )`, Build: quarter(),
			Examples: []Example{{"Compare [last year's third quarter], when sales fell.", "1989-11-02", "1988-Q3"}}},
		{Name: "the-year", Pattern: `the (fiscal | full | current | calendar)? year`, Build: theYear(),
			Examples: []Example{
				{"Net income for [the year] ended Sept. 30 rose.", "1989-11-02", "P1Y"},
				{"For [the year], volume was flat.", "1989-11-02", "1989"},
				{"Sales will rise 5% in [the full year].", "1989-11-02", "1989"},
			}},
		{Name: "half", Pattern: `(the)? (first|second|last|latter) half (of ( {year} | the year | {dir} year | the (' {decade} | {decade} | {decadeword}) ))?`, Build: half(),
			Examples: []Example{
				{"Junk bonds boomed in [the last half of the '80s].", "1989-10-26", "198"},
				{"Output should recover in [the last half of 1989].", "1989-10-26", "1989-H2"},
				{"Sales in [the first half of 1990] rose.", "1991-01-15", "1990-H1"},
				{"The launch slipped to [the second half of next year].", "2010-01-20", "2011-H2"},
				{"Sales fell in [the first half of last year].", "2010-01-20", "2009-H1"},
			}},

		{Name: "day-of-month", Pattern: `the {ord:day}`, Build: dayOfMonth(),
			Examples: []Example{
				{"The minister resigned on [the 12th] and was replaced.", "2013-03-14", "2013-03-12"},
				{"The minister resigned on [the 20th].", "2013-03-14", "2013-02-20"},
				{"The report will be out by [the 20th].", "2013-03-14", "2013-03-20"},
			}},
		{Name: "season", Pattern: `the {season}`, Build: seasonAlone(),
			Examples: []Example{
				{"Vaccinations began in [the autumn].", "2010-01-20", "2009-FA"},
				{"Sales picked up during [the summer].", "1989-10-26", "1989-SU"},
				{"The plant will reopen in [the spring].", "2010-01-20", "2010-SP"},
				// A present passive is no past tense.
				{"Supplies run low until a depot is opened in [the autumn].", "2009-05-07", "2009-FA"},
			}},
		{Name: "dir-season", Pattern: `({dir}|early|late|mid) -? {season}`, Build: calendar(),
			Examples: []Example{
				{"Talks stalled [last fall].", "1998-12-17", "1998-FA"},
				// In January and February it is still last year's winter.
				{"Sales rose [last fall].", "1998-02-06", "1997-FA"},
				{"Snow was scarce [last winter].", "1998-02-06", "1996-WI"},
				{"Talks resume [next spring].", "1998-02-06", "1998-SP"},
				{"The plant opens [this summer].", "1998-03-17", "1998-SU"},
			}},
		{Name: "spoken-year", Pattern: `(the year)? {yearword:year}`, Build: calendar(),
			Examples: []Example{{"That was in [nineteen ninety-six].", "1998-03-17", "1996"}}},
		{Name: "unit-end", Pattern: `({position} (the|this) {unit:unit} | (the)? {unit:unit} -? end | {unit:unit} ' s end)`, Build: unitEnd(),
			Examples: []Example{
				{"Rates may rise by [the end of the year].", "1989-10-26", "1989"},
				{"Cash rose at [year-end].", "1989-10-26", "1989"},
				{"Shares closed at [the end of the day] higher.", "1989-10-26", "1989-10-26"},
			}},
		{Name: "the-quarter", Pattern: `( the | that | the same ) (fiscal)? quarter`, Build: theQuarter(),
			Examples: []Example{
				{"Profit in [the quarter] rose 5%.", "1989-10-26", "1989-Q3"},
				{"Sales rose in the second quarter of 1988, and in [that quarter] margins widened.", "1989-10-26", "1988-Q2"},
			}},
		{Name: "latest-quarter", Pattern: `the ( latest | most recent | recent | just -? ended ) (fiscal)? quarter`, Build: latestQuarter(),
			Examples: []Example{{"Sales for the fourth quarter will rise; in [the latest quarter] margins widened.", "1989-11-02", "1989-Q3"}}},
		{Name: "quarter-code", Pattern: `{qcode:quarter} (of)? {year} | {year} {qcode:quarter} | {hcode:half} (of)? {year} | {year} {hcode:half}`, Build: periodCode(),
			Examples: []Example{
				{"Profits rose in [Q3 2009], the bank said.", "2010-01-14", "2009-Q3"},
				{"Sales are forecast to recover in [H2 2010].", "2010-01-14", "2010-H2"},
			}},
		{Name: "year-quarter", Pattern: `(the)? {year} (fiscal)? ({ord:quarter} quarter | {ord:quarter} - quarter | period | quarter)`, Build: quarter(),
			Examples: []Example{
				{"Compare [the 1988 second quarter], when sales fell.", "1989-11-02", "1988-Q2"},
				{"Profit was flat with [the 1988 period].", "1989-11-02", "1988"},
				// In a results story it is that year's quarter, the one told of.
				{"Third-quarter net rose. In [the 1988 period], it earned $5 million.", "1989-11-02", "1988-Q3"},
				{"Net fell in the third quarter, it said on Monday, from $9 million in [the 1988 quarter].", "1989-11-02", "1988-Q3"},
				{"Third-quarter net rose. In the first nine months, net was $306 million against $195 million in [the 1988 period].", "1989-11-02", "1988"},
			}},

		// Weekdays and parts of days.
		{Name: "weekday", Pattern: `{position}? {weekday}`, Build: calendar(),
			Examples: []Example{
				{"On [Tuesday], the FBI warned theaters.", "2014-12-17", "2014-12-16"},
				{"Officials will detail their findings on [Thursday].", "2014-12-17", "2014-12-18"},
				{"His father could arrive as early as [Tuesday].", "2000-04-03", "2000-04-04"},
				// A quotation after it has its own tense; "plan" is a noun here.
				{"The judge told him on [Monday]: \"You may not use the drug.\"", "2010-02-11", "2010-02-08"},
				// So has what was told after "that", the report's object
				// between it and the time.
				{"Bush told reporters on [Tuesday] that the blockade might be extended.", "1990-08-15", "1990-08-14"},
				{"The chief said in a statement on [Tuesday] that talks will resume.", "1990-08-15", "1990-08-14"},
				{"On [Saturday], the company said its restructuring plan had been approved.", "2009-06-15", "2009-06-13"},
				{"Officials postponed until [Tuesday] any action on the visa.", "2000-03-30", "2000-04-04"},
				// A deadline is ahead, whatever the verb's tense.
				{"The agency has given the family until [Tuesday] to sign.", "2000-04-03", "2000-04-04"},
				{"Sony went further [late Wednesday], saying it had no plans.", "2014-12-17", "2014-12-17"},
				// A plan under "had" was overtaken: its time is gone.
				{"The bid had been due to lapse [Friday].", "1989-11-01", "1989-10-27"},
				// "the hastily planned trip" is an adjective; "lifted" is the verb.
				{"On [Friday], as she set aside her holiday for the hastily planned trip, the department lifted a warning.", "1998-08-17", "1998-08-14"},
				{"Unions planned a rally outside parliament on [Saturday].", "2000-01-07", "2000-01-08"},
				// A relative clause between commas has a tense of its own.
				{"On [Tuesday] the organisers, who will stage the show, told reporters it was sold out.", "2011-10-05", "2011-10-04"},
				{"[Saturday]'s concert, which will be shown live, is sold out.", "2011-10-07", "2011-10-08"},
				{"Aid groups are hoping to fly supplies in on [Tuesday].", "2010-01-16", "2010-01-19"},
				{"The findings will be formally released [Monday], a spokesman said.", "2010-02-05", "2010-02-08"},
				{"Nurses spoke of a briefing to be held [Friday] in Washington.", "2009-05-05", "2009-05-08"},
				// The present tense of a scheduled event looks ahead.
				{"The ministers meet [Monday] in Geneva.", "1998-05-01", "1998-05-04"},
				{"During the day [Friday], the boy played outside.", "2000-01-08", "2000-01-07"},
				// In news a weekday after a day long gone is still the
				// dateline's week ("since the Oct. 23 slaying ... until
				// Thursday"): read against the day told of, TBAQ lost 8 values.
				{"Police have hunted him since the Oct. 23 killing. Until [Thursday], they called him a witness.", "1999-05-07", "1999-05-06"},
				// ... and after a date written in full: news recalls the past and
				// goes on with its week ("recalled the attacks of September 11,
				// 2001. Theaters dropped the film on Tuesday"); reading weekdays
				// against such a date broke that more often than it mended a
				// narrated past.
				{"The threat recalled the attacks of September 11, 2001. Theaters dropped the film on [Tuesday].", "2014-12-17", "2014-12-16"},
				{"The plant, which opened on 9 October 1963, closed on [Tuesday].", "2024-03-12", "2024-03-12"},
				// A future told in the past: "would", "could" and a verb.
				{"Officials said the vote would take place on [Friday].", "2024-03-12", "2024-03-15"},
				{"The mayor said the bridge could reopen on [Thursday].", "2024-03-12", "2024-03-14"},
				{"A spokesman said talks would resume [Monday].", "2024-03-13", "2024-03-18"},
				// ... but not "would have", nor "could not be reached", "could be found".
				{"The vote would have taken place on [Friday] had the storm not hit.", "2024-03-12", "2024-03-08"},
				{"The minister could not be reached on [Monday].", "2024-03-12", "2024-03-11"},
				{"The missing hikers could be found on [Sunday], rescuers said.", "2024-03-12", "2024-03-10"},
				// A plan stated.
				{"The final is set for [Saturday] in Lisbon.", "2024-03-12", "2024-03-16"},
				{"The senate is poised to vote on [Thursday].", "2024-03-12", "2024-03-14"},
				{"The court is likely to rule on [Friday].", "2024-03-12", "2024-03-15"},
				// "until" or "by" with no tense is a bound ahead.
				{"The exhibition runs until [Friday].", "2024-03-12", "2024-03-15"},
				{"Bids are due by [Thursday].", "2024-03-12", "2024-03-14"},
				{"The road was shut until [Friday].", "2024-03-19", "2024-03-15"},
				// A participle after a linking verb is an adjective: no past.
				{"The museum will stay closed until [Friday], the trust said.", "2024-03-12", "2024-03-15"},
				{"The pier remains shut until [Friday].", "2024-03-12", "2024-03-15"},
				{"The pier remained closed until [Friday].", "2024-03-19", "2024-03-15"},
				// A possessive names the happening's day: the clause's tense is
				// another's; after a past happening it is the past one.
				{"Relatives said they would look at ways around [Wednesday]'s ruling.", "2024-03-14", "2024-03-13"},
				{"Police are still searching after [Thursday]'s accident.", "2024-03-12", "2024-03-07"},
				{"Investors will study the text following [Wednesday]'s agreement.", "2024-03-12", "2024-03-06"},
				{"Shares rose ahead of [Friday]'s vote.", "2024-03-12", "2024-03-15"},
				{"It was clear at once that [Tuesday]'s quake would be a disaster.", "2024-03-14", "2024-03-12"},
				{"Up to 100,000 may have been killed by [Tuesday]'s earthquake.", "2024-03-14", "2024-03-12"},
				{"Artists plan to sing during [Friday]'s telethon.", "2024-03-12", "2024-03-15"},
				// A modal after the time, or far before it, is of another verb.
				{"On [Monday], the envoy said he would recommend more troops.", "2024-03-13", "2024-03-11"},
				{"We aired a trial show on [Friday] to test how listeners could tune in.", "2024-03-13", "2024-03-08"},
				// "that" before a verb is a relative pronoun, no determiner.
				{"The leader of a unit that arrived in the city on [Thursday] said it is likely more will come.", "2024-03-13", "2024-03-07"},
				{"I didn't hear about the storm until [Friday].", "2024-03-13", "2024-03-08"},
			}},
		{Name: "weekday-part", Pattern: `({position}? {weekday} {pod} | ({position} -?)? {pod} (of|on)? {weekday} | early {weekday} {pod})`, Build: calendar(),
			Examples: []Example{
				{"In a statement emailed [Wednesday night], she said.", "2014-12-17", "2014-12-17TNI"},
				{"Markets fell [Friday morning].", "1998-08-10", "1998-08-07TMO"},
				{"The talks broke up [late afternoon on Tuesday].", "1998-08-07", "1998-08-04TAF"},
				// "next to" is a place, not a time ahead.
				{"Rescuers dug at the site next to the embassy in Nairobi, Kenya [Friday morning].", "1998-08-08", "1998-08-07TMO"},
			}},
		{Name: "part-of-date", Pattern: `(the)? ({pod} | ( early | small | wee ) hours ) (of|on) ({weekday} ,?)? ( {month} .? {day} | (the)? {day} (of)? {month} | {weekday} ({pod})? ) (,? {year})?`, Build: partOfDate(),
			Examples: []Example{
				{"Jackson fell ill on [the morning of June 25].", "2009-06-30", "2009-06-25TMO"},
				{"The bill passed in [the early hours of Sunday].", "2010-01-20", "2010-01-17TNI"},
				{"The raid began in [the small hours of 3 March 2011].", "2011-03-05", "2011-03-03TNI"},
				{"Police came in [the early hours of Thursday morning].", "1999-10-08", "1999-10-07TMO"},
			}},
		{Name: "hours-of-today", Pattern: `(the)? ( early | small | wee ) hours of ( this morning | {deictic} )`, Build: hoursOf(),
			Examples: []Example{
				{"He died in [the early hours of this morning].", "2010-01-14", "2010-01-14TNI"},
				{"The fire started in [the small hours of yesterday].", "2010-01-14", "2010-01-13TNI"},
			}},
		{Name: "dir-weekday", Pattern: `(the)? {dir} {weekday} ({pod})?`, Build: calendar(),
			Examples: []Example{
				{"Prices rose [last Friday].", "1998-08-10", "1998-08-07"},
				{"The dam burst on 9 October 1963, and [next Saturday] the town marks it.", "2024-03-12", "2024-03-16"},
				{"The vote is set for [next Tuesday].", "2014-12-17", "2014-12-23"},
				// "following" and "previous" count from the day told of.
				{"The court sat on March 3, 2014, and ruled [the following Monday].", "2014-06-02", "2014-03-10"},
				{"The index fell on Friday, down 4.5% from [the previous Friday].", "1989-10-30", "1989-10-20"},
			}},
		{Name: "deictic-day", Pattern: `{position}? {deictic} ({pod})?`, Build: deictic(),
			Examples: []Example{
				{"Shares fell [yesterday].", "1989-10-26", "1989-10-25"},
				{"The board meets [tomorrow].", "2014-12-17", "2014-12-18"},
				{"The Dow rose [today].", "1998-01-08", "1998-01-08"},
				// "Today," opening a sentence with no tense to place it is
				// the present era; a tense makes it the day.
				{"[Today], most readers get their news on their phones.", "2024-03-12", "PRESENT_REF"},
				{"The river was a sewer. [Today], children swim in it.", "2024-03-12", "PRESENT_REF"},
				{"[Today], the company said it would cut 300 jobs.", "2024-03-12", "2024-03-12"},
				{"[Today], the leaders will meet in Rome.", "2024-03-12", "2024-03-12"},
				{"[Today], the president announced a return to normal.", "2024-03-12", "2024-03-12"},
				{"Most shops, [today], opened late.", "2024-03-12", "2024-03-12"},
			}},
		{Name: "deictic-part", Pattern: `( this | {deictic} ) {pod} | tonight | last night | {position} {deictic}`, Build: deicticPart(),
			Examples: []Example{
				{"The president spoke [this morning].", "1989-10-26", "1989-10-26TMO"},
				{"He will speak [tonight].", "2014-12-17", "2014-12-17TNI"},
				{"A fire broke out [last night].", "2014-12-17", "2014-12-16TNI"},
			}},

		// Clock times.
		{Name: "clock", Pattern: `({bound})? ({hour} : {minute} ({ampm})? | {hour} . {minute} {ampm} | {hhmm} ( {zone} | \( {hhmm:also} {zone:alsozone} \) ) | {hour} {ampm} | {hour} ( in the {pod} | at night ) | noon | midday | midnight) ({zone})? ( \( {hhmm:also} {zone:alsozone} \) )? (( , | on )? {weekday} | (on)? {deictic} | ,? (on)? ( {month} .? {day} (,? {year})? | (the)? {day} (of)? {month} (.? ,? {year})? ))?`, Build: clock(),
			Examples: []Example{
				{"At [00:15 am] the power failed across the city.", "2009-11-18", "2009-11-18T00:15"},
				{"Page updated at [11:12 UK] with the latest figures.", "2011-09-28", "2011-09-28T11:12"},
				{"The blog was posted at [18:00 UK time] by the editor.", "2009-04-25", "2009-04-25T18:00"},
				{"The post went up at [11:29 p.m. EST].", "2014-12-17", "2014-12-17T23:29-05"},
				{"Trading resumed at [10 a.m.] in New York.", "1998-10-13", "1998-10-13T10:00"},
				// A clock time with time left in a game is none; with a.m. or p.m. it is.
				{"Only [4:11 p.m.] left the racing calendar open.", "2024-03-12", "2024-03-12T16:11"},
				{"Brokers had left by [4:11], the police said.", "2024-03-12", "2024-03-12T04:11"},
				{"The vote is at [noon].", "2014-12-17", "2014-12-17T12:00"},
				{"Crowds gathered at [midday].", "1999-10-08", "1999-10-08T12:00"},
				{"The quake hit at [4 a.m. EDT Thursday].", "2000-04-07", "2000-04-06T04:00-04"},
				{"It struck at [5 p.m. local time on Tuesday].", "2010-01-20", "2010-01-19T17:00"},
				// A zone with one offset is kept in the value, in ISO form (UTC
				// as Z); the clock stays as written. "UK" and "ET" name none.
				{"Trading resumed at [14:30 GMT].", "2024-03-12", "2024-03-12T14:30Z"},
				{"The debate starts at [9 p.m. EDT].", "2024-03-12", "2024-03-12T21:00-04"},
				{"The launch is set for [06:15 UTC] on the coast.", "2024-03-12", "2024-03-12T06:15Z"},
				{"Polls close at [8 p.m. PST] in the west.", "2024-11-05", "2024-11-05T20:00-08"},
				{"Markets in Tokyo opened at [9:00 JST].", "2024-03-12", "2024-03-12T09:00+09"},
				{"The summit opens at [10:00 CET] in Brussels.", "2024-03-12", "2024-03-12T10:00+01"},
				{"The show airs at [8 p.m. ET] on cable.", "2024-03-12", "2024-03-12T20:00"},
				// Wire copy gives the time in GMT as four digits.
				{"Trading halted at [2153 GMT] after the report.", "2010-01-12", "2010-01-12T21:53Z"},
				{"The quake struck at [4:53pm local time (2153 GMT)].", "2010-01-12", "2010-01-12T16:53"},
				// The local time first, the wire's GMT beside it in brackets: one
				// time, not a year and a clock, on the day named after both.
				{"The quake struck at [1653 local time (2153 GMT) on Tuesday], near the capital.", "2010-01-13", "2010-01-12T16:53"},
				{"The tremor hit at [1653 (2153 GMT)], south-west of the capital.", "2010-01-12", "2010-01-12T16:53"},
				// British pages write the minutes after a point.
				{"The results are due at [9.30am].", "2013-03-14", "2013-03-14T09:30"},
				{"The plane landed at about [10:35 a.m.].", "1998-08-07", "1998-08-07T10:35"},
				{"Offers expire at [5 p.m. EST Nov. 9].", "1989-11-02", "1989-11-09T17:00-05"},
				{"The deadline was [noon on June 1, 1998].", "1999-01-04", "1998-06-01T12:00"},
				{"A reader wrote at [02:37 28th Apr 2009]: this is bad.", "2009-04-25", "2009-04-28T02:37"},
				{"The shuttle lifts off at [9 a.m. on 14 May].", "2009-04-25", "2009-05-14T09:00"},
				// An hour told by its part of the day.
				{"The quake hit at [4 in the morning].", "2000-04-07", "2000-04-07T04:00"},
				{"The vote came at [9 in the evening on Tuesday].", "2010-01-20", "2010-01-19T21:00"},
				{"The alarm went off at [11 at night].", "2010-01-20", "2010-01-20T23:00"},
			}},

		// Holidays.
		{Name: "holiday", Pattern: `({year})? {holiday} (of? {year})?`, Build: holidayDate(),
			Examples: []Example{
				{"Should the film open on [Christmas Day], they wrote.", "2014-12-17", "2014-12-25"},
				{"Stores were busy on [Thanksgiving Day].", "1999-11-30", "1999-11-25"},
				{"Attendance rose at [Easter 2000].", "2000-05-01", "2000-04-23"},
				{"Survivors of the [2004 Boxing Day] tsunami gave evidence.", "2010-01-15", "2004-12-26"},
				{"The parade ran on [Memorial Day].", "2014-06-01", "2014-05-26"},
				{"Crowds gathered on [New Year's Eve].", "2015-01-02", "2014-12-31"},
			}},

		// Relative to the anchor.
		{Name: "earlier-this", Pattern: `( earlier | later ) ( {dir} | in the ) {unit}`, Build: dirUnit(),
			Examples: []Example{
				{"Profits rose [earlier this year].", "2014-12-17", "2014"},
				{"The board meets [later this month].", "2014-12-17", "2014-12"},
				{"Crops were hit [earlier in the year] by frost.", "1989-11-02", "1989"},
			}},
		{Name: "in-the-unit", Pattern: `the {unit}`, Build: inUnit(),
			Examples: []Example{
				{"Earlier in [the week], concerns were raised.", "2010-01-20", "2010-W03"},
				{"Aftershocks hit on Tuesday. Later in [the day] the tremors stopped.", "2010-01-20", "2010-01-19"},
				// The day told of, after a verb of ending or "for".
				{"The index rose 2 percent on Monday to end [the day] at 9,500.", "2024-03-12", "2024-03-11"},
				{"Shares slid on Friday and closed [the day] lower.", "2024-03-12", "2024-03-08"},
				{"Trading was halted on Thursday for [the day].", "2024-03-12", "2024-03-07"},
			}},
		{Name: "week-of", Pattern: `the week of {month} .? {day}`, Build: weekOf(),
			Examples: []Example{{"Trading was light [the week of March 6].", "2000-03-20", "2000-W10"}}},
		{Name: "week-of-month", Pattern: `the ( {ord:n} | last | final ) week of {month} (,? {year})?`, Build: weekOfMonth(),
			Examples: []Example{
				{"Teams met in [the first week of July].", "2010-01-14", "2009-W27"},
				{"[The last week of June 2009] was hot.", "2010-01-14", "2009-W26"},
				// "to have" is no perfect: "planning" looks ahead.
				{"The club is planning to have its dinner in [the first week of October].", "2010-06-29", "2010-W40"},
			}},
		{Name: "this-time", Pattern: `this time {dir} {unit}`, Build: thisTime(),
			Examples: []Example{
				// The same day, a unit back or on.
				{"[This time last year], prices were higher.", "2010-01-14", "2009-01-14"},
				{"We will know [this time next week].", "2010-01-14", "2010-01-21"},
				{"Sales were lower [this time last month].", "2010-03-31", "2010-02-28"},
			}},
		{Name: "same-period-year", Pattern: `the ( same | corresponding | comparable ) period ( {dir} year | a year ( earlier | ago | before ) )`, Build: samePeriod(),
			Examples: []Example{
				// The period last told of, a year back.
				{"Sales fell 3 percent in March from [the same period last year].", "2024-04-10", "2023-03"},
				{"Profit rose in the third quarter from [the corresponding period last year].", "1989-11-02", "1988-Q3"},
				{"Exports grew in the first half against [the same period a year before].", "2010-08-02", "2009-H1"},
				// With no period told of, the year before.
				{"Costs were higher than in [the same period last year].", "2024-04-10", "2023"},
			}},
		{Name: "year-ago", Pattern: `(the)? (comparable|corresponding)? year - ( earlier | ago ) ( {ord:quarter} quarter | quarter | period | nine months | six months )? | the (same)? ( quarter | period ) a year ( earlier | ago )`, Build: yearAgo(),
			Examples: []Example{
				{"Net rose from $5 million in [the year-ago third quarter].", "1989-11-01", "1988-Q3"},
				{"Sales rose in the third quarter from [the year-earlier quarter].", "1989-11-02", "1988-Q3"},
				{"Net fell in the third quarter. For [the quarter a year ago], it earned $16 million.", "1989-11-02", "1988-Q3"},
				{"Net fell from [year-earlier] levels.", "1989-11-02", "1988"},
				{"The [year-earlier] net was $5 million.", "1989-11-02", "1988"},
				// A quarter still to come is a forecast, not the one compared.
				{"Losses may last into the third quarter of 1990. In [the year-ago period], it earned $101 million.", "1989-10-26", "1988-Q3"},
				{"It compared with a [year-earlier] loss.", "1989-11-02", "1988"},
			}},
		{Name: "the-time", Pattern: `the time | ( that | the same | this ) period`, Build: theTime(),
			Examples: []Example{
				// The time the text last told of, whole.
				{"The plant opened in 1998; at [the time], it employed 40 people.", "2024-03-12", "1998"},
				{"The strike began in May 2001. [That period] was hard for the town.", "2024-03-12", "2001-05"},
				{"Sales rose in the third quarter, and in [the same period] costs fell.", "1989-10-26", "1989-Q3"},
				{"He quit in June 2010, saying at [the time] he was tired.", "2024-03-12", "2010-06"},
				// Told of nothing, it is a time gone by.
				{"At [the time], few people had phones.", "2024-03-12", "PAST_REF"},
			}},
		{Name: "unit-around", Pattern: `the {unit} ( before | after | earlier | later )`, Build: unitAround(),
			Examples: []Example{
				{"The team won the league in 2010; [the year before], it came second.", "2024-03-12", "2009"},
				{"The dam burst on March 3, 2014; [the day after], crews arrived.", "2024-03-12", "2014-03-04"},
				{"Police came on Friday. [The week before], a shop was robbed.", "1998-10-25", "1998-W42"},
			}},
		{Name: "same-unit", Pattern: `( earlier | later )? ( the same | that same | that | the very same | the previous | the following | the next | the preceding ) {unit}`, Build: sameUnit(),
			Examples: []Example{
				{"The revelation came on [the same day] the studio decided to cancel.", "2014-12-17", "2014-12-17"},
				{"Sony canceled the film on Wednesday. [The next day], officials spoke.", "2014-12-19", "2014-12-18"},
				{"Police arrived on Friday. [Earlier that day], shots were heard.", "1998-10-25", "1998-10-23"},
			}},
		{Name: "part-told", Pattern: `{position} -? {pod} ({deictic})? | midmorning | midafternoon`, Build: partTold(),
			Examples: []Example{
				// The part of the day the text is telling of.
				{"Shelling began at dawn. By [late afternoon] the town had fallen.", "1998-03-06", "1998-03-06TAF"},
				{"Talks began on Tuesday and by [mid-afternoon] had failed.", "1998-03-06", "1998-03-03TAF"},
				{"In London at [mid-afternoon yesterday], shares were up.", "1989-11-02", "1989-11-01TAF"},
			}},
		{Name: "same-part", Pattern: `( that | the same | the next | the following | the previous | the preceding ) {pod} | the ( early | small | wee ) hours`, Build: samePart(),
			Examples: []Example{
				{"The quake struck on Tuesday. Crews were at work [the next morning].", "2010-01-20", "2010-01-20TMO"},
				{"The rally was on Friday. [That night], shots were fired.", "1998-10-25", "1998-10-23TNI"},
				// The early hours are the night's.
				{"Talks ran on Tuesday, and the deal was struck in [the small hours].", "2010-01-20", "2010-01-19TNI"},
			}},
		{Name: "dir-unit", Pattern: `{position}? (the)? {dir} {unit}`, Build: dirUnit(),
			Examples: []Example{
				{"Sales rose [last year].", "2014-12-17", "2013"},
				{"Prices fell [last week].", "2014-12-17", "2014-W50"},
				{"Talks resume [next month].", "2014-12-17", "2015-01"},
				{"The studio said [this week] that it would pull the film.", "2014-12-17", "2014-W51"},
				{"Profits rose [this year].", "2014-12-17", "2014"},
				// A quarter's results are reported early in the next.
				{"[This quarter]'s results beat forecasts, the company said on Tuesday.", "2024-04-16", "2024-Q1"},
				{"[This quarter]'s results will be weak, the company said.", "2024-04-16", "2024-Q2"},
				{"[This quarter]'s sales fell, the chain said.", "2024-06-10", "2024-Q2"},
				// "fall" is a verb here, no season.
				{"Three anniversaries fall [this year].", "2010-08-01", "2010"},
				{"Cases doubled over [the past fortnight].", "2014-12-17", "P2W"},
				// Over, during or for "the past year" is the year up to now, a stretch;
				// in it, the calendar year before.
				{"Prices have doubled over [the past year].", "2024-03-12", "P1Y"},
				{"Crime fell during [the last month], police said.", "2024-03-12", "P1M"},
				{"Profit rose in [the past year].", "2024-03-12", "2023"},
				{"Murders fell over [the past decade].", "2024-03-12", "P10Y"},
			}},
		{Name: "ago", Pattern: `({approx})? ({num}|{vague}) {unit} {offset}`, Build: ago(),
			Examples: []Example{
				{"The breach began [two weeks ago].", "2014-12-17", "2014-W49"},
				{"It happened [three years ago].", "1998-01-08", "1995"},
				{"He left [a couple of days ago].", "2014-12-17", "2014-12-15"},
				{"The minister resigned [a fortnight ago].", "2014-12-17", "2014-W49"},
				{"[Two hundred years ago], the town was a village.", "2024-03-12", "1824"},
				{"The fort fell [three hundred years ago].", "2024-03-12", "1724"},
				{"Farming began here [some 9,000 years ago].", "2024-03-12", "PAST_REF"},
				// "on" before a day leads to it: no "later".
				{"The plant shut in 2001. [Five years on], the town had recovered.", "2024-03-12", "2006"},
			}},

		// Durations.
		{Name: "rate", Pattern: `(a|an) {unit}`, Build: rate(true),
			Examples: []Example{
				{"The strike cost $40 million [a day].", "2013-03-14", "P1D"},
				{"Guards stood outside 24 hours [a day].", "2013-03-14", "P1D"},
			}},
		{Name: "per-unit", Pattern: `per {unit}`, Build: rate(false),
			Examples: []Example{{"The plant makes 5,000 cars [per week].", "2013-03-14", "P1W"}}},
		{Name: "duration", Pattern: `({bound})? (the {dir} | the first | the final | the | {dir} | first)? ({num} (1 / 2 | and a half)? | {vague}) (more|additional|straight|consecutive|trading|business)? -? {unit} (and a half)? (-? long|-? old)?`, Build: duration(),
			Examples: []Example{
				{"Suspicion arose just [a couple of days] after the FBI spoke.", "2014-12-17", "P2D"},
				// A comparison says how late, not when: no "later".
				{"The jet lands on May 9, [three days] later than its makers had planned.", "2005-05-02", "P3D"},
				{"The hack went unnoticed for [several weeks].", "2014-12-17", "P" + "XW"},
				{"The strike will last [48 hours] from midnight.", "2013-03-14", "PT48H"},
				{"Such strikes usually last [a few weeks] at most.", "2009-04-30", "P" + "XW"},
				// A fortnight is two weeks.
				{"The inquiry will report in [a fortnight].", "2013-03-14", "P2W"},
				{"The lights went out [a second] later.", "2013-03-14", "PT1S"},
				{"Prices fell in [the past three months].", "2014-12-17", "P3M"},
				{"It was a [two-day] meeting.", "2014-12-17", "P2D"},
				{"Shares leave the [14-day] lockup in June.", "2000-06-01", "P14D"},
				{"The strike lasted [24 hours].", "2014-12-17", "PT24H"},
				{"He served [more than a decade].", "2014-12-17", "P10Y"},
				// "over" after a preposition or a verb of lasting is "more than";
				// elsewhere it is "during", outside the expression.
				{"Stocks had their best run in [over five years] on Friday.", "2024-10-08", "P5Y"},
				{"The talks lasted [over a week].", "2024-10-08", "P1W"},
				{"The town grew over [three years].", "2024-10-08", "P3Y"},
				{"More acts will join in over [the coming days].", "2024-10-08", "PXD"},
				// Numbers with thousands separators and in words.
				{"The abbey has stood for [at least 1,000 years].", "2024-03-12", "P1000Y"},
				{"Ice has covered it for [300,000 years].", "2024-03-12", "P300000Y"},
				{"The clan held the glen for [four hundred years].", "2024-03-12", "P400Y"},
				{"The talks ran [5 1/2 hours].", "1998-08-17", "PT5H30M"},
				{"She waited [two and a half years] for a ruling.", "1998-02-27", "P2Y6M"},
				{"The clip lasts [a minute and a half].", "1998-01-14", "PT1M30S"},
				// "the" belongs to a definite stretch; "about" stays outside.
				{"Net income rose 5% in [the nine months].", "1989-10-26", "P9M"},
				{"The repairs took about [two weeks].", "1999-01-22", "P2W"},
				// A quarter of a unit of time is a time; of anything else, a share.
				{"The queue moved after [a quarter] of an hour.", "2014-12-17", "P1Q"},
				{"Losses ran for [several quarters] in a row.", "2014-12-17", "PXQ"},
				{"The rival posted losses for [three quarters] in a row.", "2014-12-17", "P3Q"},
				{"The dispute lasted [a quarter] of a century.", "2014-12-17", "P1Q"},
				{"The chain had [several quarters] of losses.", "2014-12-17", "PXQ"},
				// A spaced dash ends the expression; a hyphen would go on ("a year-earlier loss").
				{"Sales grew in [the last three years] -- and faster.", "1989-11-02", "P3Y"},
			}},
		{Name: "vague-duration", Pattern: `( the {dir} | {dir} | recent )? {unit}`, Build: vagueDuration(),
			Examples: []Example{
				{"It may take [years].", "2014-12-17", "PXY"},
				// A time gone by, no length: "recent years" is PAST_REF.
				{"Prices have risen sharply in [recent years].", "2024-03-12", "PAST_REF"},
				{"Several ferries sank in [past years] on the lake.", "2014-12-17", "PAST_REF"},
				{"The town grew fast in [recent decades].", "2014-12-17", "PAST_REF"},
				// Shorter units are stretches of unknown length.
				{"Tensions built over [recent months].", "2014-12-17", "PXM"},
				{"Rain has fallen in [recent days] across the plain.", "2010-01-20", "PXD"},
			}},

		// Sets.
		{Name: "frequency", Pattern: `{freq}`, Build: setFreq(),
			Examples: []Example{
				{"The paper appears [weekly].", "2014-12-17", "P1W"},
				// A capitalized one inside a sentence is a name ("China Daily").
				{"[Daily] flights resume in June.", "2014-12-17", "P1D"},
				{"The pills are taken [daily] by most patients.", "2014-12-17", "P1D"},
			}},
		{Name: "every", Pattern: `(every|each) (other)? ({num})? ({unit}|{weekday:weekday}|{pod}|{month})`, Build: setEvery(),
			Examples: []Example{
				{"The board meets [every Tuesday].", "2014-12-17", "XXXX-WXX-2"},
				{"Rates are reset [every three months].", "2014-12-17", "P3M"},
				// "Every other" skips one: the period doubles.
				{"The club meets [every other week].", "2014-12-17", "P2W"},
				{"He visits [every other Sunday].", "2014-12-17", "XXXX-WXX-7"},
				{"The festival is held [every August].", "2013-03-14", "XXXX-08"},
			}},
		{Name: "times-per", Pattern: `{times} (a|an|per|each|every) {unit}`, Build: setTimes(),
			Examples: []Example{{"The board meets [twice a year].", "2014-12-17", "P1Y"}}},
		{Name: "weekday-plural", Pattern: `{weekdays} ({pod})?`, Build: setWeekdays(),
			Examples: []Example{{"The show airs on [Tuesdays].", "2014-12-17", "XXXX-WXX-2"}}},

		// References with no calendar place.
		{Name: "reference", Pattern: `{ref}`, Build: reference(),
			Examples: []Example{
				{"North Korea has [recently] denied it.", "2014-12-17", "PAST_REF"},
				{"Rates will stay high for [the time being].", "2024-03-12", "PRESENT_REF"},
				{"For [the time being], the road stays shut.", "2024-03-12", "PRESENT_REF"},
				{"Troops will stay for [the foreseeable future].", "2014-12-17", "FUTURE_REF"},
				{"It may placate holders in [the short term].", "1989-10-26", "FUTURE_REF"},
				{"The company is [now] in talks.", "2014-12-17", "PRESENT_REF"},
				// TimeBank marks the "now" of "for now" and "right now" alone.
				{"The plan is on hold for [now].", "1998-09-07", "PRESENT_REF"},
			}},
		{Name: "rest-of", Pattern: `the rest of (the|this) {unit}`, Build: restOf(),
			Examples: []Example{{"People should go out [the rest of the month].", "2014-12-17", "2014-12"}}},
		{Name: "weekend", Pattern: `({dir}|the) weekend`, Build: weekend(),
			Examples: []Example{{"Crowds were thin [last weekend].", "2014-12-17", "2014-W50-WE"},
				{"The flaw only came to light [this weekend], when a weekly printed the memo.", "2010-01-25", "2010-W03-WE"},
				{"The band plays two shows [this weekend].", "2014-12-17", "2014-W51-WE"},
				{"Fans will queue all night [this weekend].", "2010-01-25", "2010-W04-WE"}}},
	}
}
