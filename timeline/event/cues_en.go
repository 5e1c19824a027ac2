package event

// English status cues: the words that tell whether the happening a clause
// dates took place. Each entry is a cue, the status it gives and its own
// examples, which TestCueExamples runs (every example is read as written
// on Wed. Dec. 17, 2014, cueExampleDay); adding a cue is one entry and its
// example. Patterns are lower-case word slots: "a|b" is either word, "*"
// any one word, "#" a number, a trailing "?" makes a slot optional. Contractions are
// read spelled out ("didn't" is "did not", "won't" is "will not").
//
// When cues overlap, the leftmost, then the longest, is read: "did not
// hesitate to" is not "did not", "no plans to" is not "plans to". Of the
// cues left, the strongest decides (statusRank): "did not cancel" is
// denied, "may cancel" uncertain, "will cancel" planned.

func englishCues() []Cue {
	return []Cue{
		// Cancelled: the happening was called off. The expression a
		// cancellation's object carries is the day it was planned for
		// (roles: objectMarks, planWords).
		{Words: "called|calls|call|calling off", Status: StatusCancelled, Examples: []CueExample{
			{"Sony Pictures on [Wednesday] called off the December 25th opening.", StatusCancelled},
			{"Sony Pictures on Wednesday called off the [December 25th] opening.", StatusCancelled},
			{"The union called off the strike planned for [Friday].", StatusCancelled},
		}},
		{Words: "cancelled|canceled|cancels|cancel|cancelling|canceling|cancellation", Status: StatusCancelled, Examples: []CueExample{
			{"The studio canceled the premiere on [Tuesday].", StatusCancelled},
			{"Sony canceled the [Christmas Day] release on Wednesday.", StatusCancelled},
			{"The concert on [Friday] has been cancelled.", StatusCancelled},
			// A light clause is told by its when- or that-clause (light_en.go).
			{"The final setback came on [Wednesday] when the studio canceled the premiere.", StatusCancelled},
			{"The ruling comes on [the same day] that the council canceled the parade.", StatusCancelled},
			// A cancellation still to come is a plan.
			{"The studio will cancel the premiere on [Friday].", StatusPlanned},
		}},
		{Words: "scrapped|scraps|scrap|scrapping", Status: StatusCancelled, Examples: []CueExample{
			{"Theater chains scrapped their screenings on [Tuesday].", StatusCancelled},
		}},
		{Words: "axed|axes|axe", Status: StatusCancelled, Examples: []CueExample{
			{"The network axed the show on [Monday].", StatusCancelled},
		}},
		{Words: "shelved|shelves|shelve", Status: StatusCancelled, Examples: []CueExample{
			{"The studio shelved the film [a week ago].", StatusCancelled},
		}},
		{Words: "pulled|pulls|pulling", Status: StatusCancelled, Examples: []CueExample{
			{"Sony pulled the film on [Wednesday].", StatusCancelled},
		}},
		// "pulled out", "pulled off" and the like are done, not undone.
		{Words: "pulled|pulls|pulling out|back|up|away|down|ahead|over|together|into|through|apart|in|off|ahead", Status: StatusHappened, Examples: []CueExample{
			{"Troops pulled out of the town on [Tuesday].", StatusHappened},
			{"The team pulled off a win on [Monday].", StatusHappened},
		}},
		// A participle after a determiner names a thing, not the dated
		// predicate ("a speech last week against the now-cancelled deal").
		{Words: "the|a|an|its|their|his|her|this|that now|long|much? cancelled|canceled|scrapped|postponed|delayed|shelved|axed|pulled|rescheduled|deferred", Status: StatusHappened, Examples: []CueExample{
			{"The senator spoke [last week] against the now-cancelled deal.", StatusHappened},
			{"Fans gathered on [Monday] at the postponed match.", StatusHappened},
			{"The long-delayed report came out on [Monday].", StatusHappened},
		}},
		{Words: "dropped|drops|drop|dropping its|their|the|his|her? plans|plan|bid|idea", Status: StatusCancelled, Examples: []CueExample{
			{"The company dropped its plans for a premiere on [Tuesday].", StatusCancelled},
		}},
		{Words: "abandoned|abandons|abandon its|their|the|his|her? plans|plan|bid|idea|talks", Status: StatusCancelled, Examples: []CueExample{
			{"The firm abandoned its bid on [Monday].", StatusCancelled},
		}},

		// Postponed: moved to a later day, the new one when the sentence
		// gives it ("to", "until": newMarks).
		{Words: "postponed|postpones|postpone|postponing|postponement", Status: StatusPostponed, Examples: []CueExample{
			{"The vote was postponed until [Friday].", StatusPostponed},
			{"The vote was postponed from [Monday] to Friday.", StatusPostponed},
			{"The council postponed the [Tuesday] vote.", StatusPostponed},
		}},
		{Words: "delayed|delays|delay|delaying", Status: StatusPostponed, Examples: []CueExample{
			{"The launch was delayed until [January].", StatusPostponed},
		}},
		{Words: "pushed|pushes|push back", Status: StatusPostponed, Examples: []CueExample{
			{"The release was pushed back to [Jan. 5].", StatusPostponed},
		}},
		{Words: "rescheduled|reschedules|reschedule", Status: StatusPostponed, Examples: []CueExample{
			{"The hearing was rescheduled for [Monday].", StatusPostponed},
		}},
		{Words: "put|puts off|back", Status: StatusPostponed, Examples: []CueExample{
			{"The board put off the decision until [next week].", StatusPostponed},
		}},
		{Words: "deferred|defers|defer", Status: StatusPostponed, Examples: []CueExample{
			{"The court deferred its ruling to [Friday].", StatusPostponed},
		}},

		// Denied or negated.
		{Words: "not|never", Status: StatusDenied, Examples: []CueExample{
			{"The company did not release figures on [Tuesday].", StatusDenied},
			{"The talks planned for [Tuesday] never took place.", StatusDenied},
			{"The studio's chief didn't attend the screening on [Monday].", StatusDenied},
			{"The film will not open on [Christmas Day].", StatusDenied},
			// A comma and "so" or "yet" start a clause of its own.
			{"The advert ran in [1955], yet I am not sure how to follow it up.", StatusHappened},
			{"Sony pulled the film on [Wednesday], so theaters did not show it.", StatusCancelled},
			{"The rains came in [June], so the camps could not stay there.", StatusHappened},
			// A clause opened by a subordinator or a relative ends at
			// the next comma; a quotation ends before its report.
			{"The man, who was not named, was taken to hospital [yesterday].", StatusHappened},
			{"When the rebels failed to respond, the offensive began on [Saturday] night.", StatusHappened},
			{"Whilst not able to help, I found a record of the family in [1901].", StatusHappened},
			{"\"We will not raise prices,\" the chief said at a news conference [yesterday].", StatusHappened},
			{"``We will not go over that level,'' said the vice president at a briefing [yesterday].", StatusHappened},
			{"The man, who was not named, did not leave hospital [yesterday].", StatusDenied},
			{"Traders said selling was not heavy and that the index dropped on [Friday].", StatusHappened},
			{"The king, with whom the envoy may have spoken, met the president on [Monday].", StatusHappened},
			{"The brewer, which sold 41 percent of the beer [last year] and is expected to grow, cut prices.", StatusHappened},
			{"It was not confirmed the outbreak began there or in the US, where the virus was spotted in [late March].", StatusHappened},
			{"The doctor, whose trial is due to begin in [May], faces prison if convicted.", StatusPlanned},
			{"The talks did not resume and then the army moved in on [Saturday].", StatusHappened},
			{"The film will not open in theaters and online on [Christmas Day].", StatusDenied},
			// A title in quotation marks is no quotation.
			{"Fans are not expected at the gala, \"Forever Michael,\" at a hotel on [Saturday].", StatusDenied},
		}},
		{Words: "no plans|intention to", Status: StatusDenied, Examples: []CueExample{
			{"The studio said it had no plans to release the movie on [Christmas Day].", StatusDenied},
		}},
		{Words: "denied|denies|deny|denying that", Status: StatusDenied, Examples: []CueExample{
			{"He denied that the company cut jobs in [March].", StatusDenied},
		}},
		{Words: "refused|refuses|refuse|declined|declines|failed|fails|fail to", Status: StatusDenied, Examples: []CueExample{
			{"The minister refused to resign on [Monday].", StatusDenied},
			{"The rocket failed to reach orbit on [Tuesday].", StatusDenied},
		}},
		// Told not to: the telling took place, whatever came of it.
		{Words: "advised|urged|asked|told|warned|ordered|encouraged|begged|instructed * *? not to", Status: StatusHappened, Examples: []CueExample{
			{"On [Monday] the commissioner advised travellers not to go to the region.", StatusHappened},
			{"Police urged residents not to return to their homes on [Tuesday].", StatusHappened},
		}},
		// A figure that declined fell: "declined to 3.8 percent".
		{Words: "declined|declines to #", Status: StatusHappened, Examples: []CueExample{
			{"The jobless rate declined to 3.8 percent in [November].", StatusHappened},
			{"The company declined to comment on [Monday].", StatusUncertain},
		}},
		{Words: "no longer", Status: StatusDenied, Examples: []CueExample{
			{"The film will no longer open on [Christmas Day].", StatusDenied},
		}},
		// Negation that affirms: done, not denied.
		{Words: "not|never only|just|least|hesitate|hesitated|until|till|merely|simply|surprisingly|by", Status: StatusHappened, Examples: []CueExample{
			{"The studio did not hesitate to announce the deal on [Monday].", StatusHappened},
			{"Not only did the chains drop the film on [Tuesday], but Sony pulled it.", StatusHappened},
			// What is denied is the means, not the happening.
			{"Rescuers who served in the [2004] tsunami were held back, not by the ruins but by the weather.", StatusHappened},
		}},
		// "did not finish paying off its debt until 1947": done then, not
		// before; the words between are the verb's object.
		{Words: "not|never *? *? *? *? *? until|till", Status: StatusHappened, Examples: []CueExample{
			{"The results were not published until [Tuesday].", StatusHappened},
			{"The results were not due till [this weekend].", StatusPlanned},
			{"Not till [Tuesday] did the ferry sail.", StatusHappened},
			{"Haiti did not finish paying off its debt until [1947].", StatusHappened},
		}},
		// A plea or verdict of "not guilty" was entered or reached.
		{Words: "not guilty", Status: StatusHappened, Examples: []CueExample{
			{"The doctor entered a plea of not guilty on [Monday].", StatusHappened},
			{"The jury found him not guilty on [Friday].", StatusHappened},
		}},
		// A denied amount counts what happened: "not many more cases this
		// week" is cases, fewer than feared.
		{Words: "not many|more|all|every|everyone", Status: StatusHappened, Examples: []CueExample{
			{"There were not many more cases [this week] than last.", StatusHappened},
			{"Not all of the ferries sailed on [Tuesday].", StatusHappened},
			// Too little is none: the bill did not pass.
			{"There was not enough support to pass the bill on [Tuesday].", StatusDenied},
		}},
		// A denied knowing or surprise governs the knower, not what is
		// known: that took place.
		{Words: "not|never surprised|shocked|know|knew|aware|realise|realize|realised|realized|forget|forgotten", Status: StatusHappened, Examples: []CueExample{
			{"I am not surprised the studio released the film on [Tuesday].", StatusHappened},
			{"Few people knew how close the world came to war in [1962].", StatusHappened},
			{"Most people did not know how close the world came to war in [1962].", StatusHappened},
		}},
		{Words: "whether or not", Status: StatusHappened, Examples: []CueExample{
			{"Whether or not it pleases critics, the film opens on [Dec. 26].", StatusPlanned},
			{"Whether or not it pleased critics, the film opened on [Monday].", StatusHappened},
		}},

		// Uncertain: said to have happened, or that might.
		{Words: "did|does|do|could|would|can|has|have|had not|yet confirm|confirmed", Status: StatusUncertain, Examples: []CueExample{
			{"Police did not confirm the arrest on [Monday].", StatusUncertain},
		}},
		{Words: "declined|declines|refused|refuses to confirm|comment", Status: StatusUncertain, Examples: []CueExample{
			{"The studio declined to confirm the deal on [Tuesday].", StatusUncertain},
		}},
		{Words: "unconfirmed|reportedly|allegedly|alleged|purportedly|rumored|rumoured|possibly|possible|likely|probably|perhaps", Status: StatusUncertain, Examples: []CueExample{
			{"The hackers reportedly struck again on [Monday].", StatusUncertain},
			{"The leak allegedly began in [November].", StatusUncertain},
		}},
		{Words: "may|might|could", Status: StatusUncertain, Examples: []CueExample{
			// A name is no modal.
			{"Prime Minister Theresa May visited the plant on [Monday].", StatusHappened},
			{"The studio may release the film online on [Friday].", StatusUncertain},
			{"The leak could have started in [November].", StatusUncertain},
		}},
		{Words: "should|ought not?", Status: StatusUncertain, Examples: []CueExample{
			{"Obama said the threats shouldn't keep people from the movies on [Christmas Day].", StatusUncertain},
		}},
		{Words: "not|never clear|sure|certain|known whether|how|if|when|what|who|why", Status: StatusUncertain, Examples: []CueExample{
			{"It is not clear whether the hackers struck again on [Monday].", StatusUncertain},
		}},
		{Words: "unclear", Status: StatusUncertain, Examples: []CueExample{
			{"It was still unclear [today] how the government would respond.", StatusUncertain},
		}},
		{Words: "uncertain|unknown whether|how|if|when|what|who|why", Status: StatusUncertain, Examples: []CueExample{
			{"It is unknown whether the studio will release the film on [Friday].", StatusUncertain},
		}},
		{Words: "would have", Status: StatusUncertain, Examples: []CueExample{
			{"The film would have opened on [Thursday].", StatusUncertain},
		}},
		{Words: "is|are|was|were|be believed|thought|said|suspected|feared to", Status: StatusUncertain, Examples: []CueExample{
			{"The attack is believed to have begun in [November].", StatusUncertain},
		}},
		{Words: "appears|appeared|seems|seemed to", Status: StatusUncertain, Examples: []CueExample{
			{"The intrusion appears to have started in [September].", StatusUncertain},
		}},
		{Words: "if|unless", Status: StatusUncertain, Examples: []CueExample{
			{"If talks fail on [Friday], the strike goes ahead.", StatusUncertain},
			{"The strike goes ahead on [Friday] unless talks succeed.", StatusUncertain},
		}},
		// Comparisons and asides, not conditions.
		{Words: "if compared|any|not|so|anything", Status: StatusHappened, Examples: []CueExample{
			{"Sales on [Monday] doubled, if compared with a year earlier.", StatusHappened},
		}},
		{Words: "as|even if", Status: StatusHappened, Examples: []CueExample{
			{"The market fell on [Monday] as if nothing had been learned.", StatusHappened},
		}},

		// Planned: told ahead. A cue of a plan whose day is past says only
		// that it was meant to happen (Past).
		// On a day already past, "will" is of something else than the
		// dated happening, which took place ("will appeal the ruling made
		// on Monday", "I will never forget that day in 2001").
		{Words: "will|shall", Status: StatusPlanned, Past: StatusHappened, Examples: []CueExample{
			{"Sony's chief will appear on television on [Sunday].", StatusPlanned},
			{"The studio will announce its decision [today].", StatusPlanned},
			{"The studio will appeal the ruling the court made on [Monday].", StatusHappened},
			{"I got a call [four years ago] I will never forget.", StatusHappened},
		}},
		{Words: "is|are|am going to", Status: StatusPlanned, Examples: []CueExample{
			{"The company is going to report results on [Thursday].", StatusPlanned},
		}},
		{Words: "is|are to", Status: StatusPlanned, Examples: []CueExample{
			{"The president is to visit the plant [today].", StatusPlanned},
		}},
		{Words: "is|are|was|were|been scheduled|slated|due", Status: StatusPlanned, Past: StatusUncertain, Examples: []CueExample{
			{"The vote is scheduled for [Thursday].", StatusPlanned},
			{"The results were due [last Monday].", StatusUncertain},
			{"A relief flight that had been due to arrive on [Monday] was diverted.", StatusUncertain},
		}},
		{Words: "is|are|was|were|been set|poised to", Status: StatusPlanned, Past: StatusUncertain, Examples: []CueExample{
			{"The hearing is set to begin [today].", StatusPlanned},
		}},
		{Words: "plans|planned|plan|planning|intends|intended|aims|aimed|hopes|hoped to", Status: StatusPlanned, Past: StatusUncertain, Examples: []CueExample{
			{"The studio plans to release the film on [Friday].", StatusPlanned},
			{"The studio had planned to open the film on [Monday].", StatusUncertain},
		}},
		// A plan made is a happening of its past day; a day ahead is the
		// plan's ("adopted a plan to rebuild the harbor by 2016").
		{Words: "adopted|approved|unveiled|outlined|proposed|presented|published|launched|backed|endorsed|drew|drafted|agreed up|on? a|an|the|its|their|his|her? *? *? plan|plans|proposal|proposals to", Status: StatusPlanned, Past: StatusHappened, Examples: []CueExample{
			{"The council adopted a plan to rebuild the harbor [earlier this year].", StatusHappened},
			{"The council [in March] adopted a plan to rebuild the harbor.", StatusHappened},
			{"[Last week] the mayor unveiled plans to close two schools.", StatusHappened},
			{"The council drew up a detailed plan to rebuild the harbor [last year].", StatusHappened},
			{"The firm [earlier this year] adopted a poison-pill plan to ward off bidders.", StatusHappened},
			{"The council adopted a plan to rebuild the harbor by [2016].", StatusPlanned},
		}},
		{Words: "is|are|was|were expected|likely to", Status: StatusPlanned, Past: StatusUncertain, Examples: []CueExample{
			{"The vote is expected to take place on [Thursday].", StatusPlanned},
			{"The deal was expected to close [last Monday].", StatusUncertain},
		}},
		// An adjective of what it stands before: the thing dated after it.
		{Words: "upcoming|forthcoming", Status: StatusPlanned, Scope: BeforeTime, Examples: []CueExample{
			{"The upcoming vote on [Friday] splits the party.", StatusPlanned},
			{"Shares rose on [Monday] ahead of the upcoming vote.", StatusHappened},
		}},
		// "would": a plan when its day is ahead, done when it is past ("in
		// 1990 he would become president", a past habit).
		{Words: "would", Status: StatusPlanned, Past: StatusHappened, Examples: []CueExample{
			{"The studio said the film would open on [Dec. 26].", StatusPlanned},
			{"In [1990] he would become the firm's chairman.", StatusHappened},
			{"As a student in [1985] she would walk to the mill every morning.", StatusHappened},
		}},
	}
}

// partOfNow are the words that, opening a time which holds the article's
// day or standing just before it, keep only its part already gone or
// still ahead: "earlier this year" is past, "later this week" ahead
// (TestPartOfNow).
var partOfNow = map[string]int{"earlier": -1, "later": +1}

// reportingVerbs tell of a report. An expression at such a verb ("said on
// Monday", "on Monday announced") dates the report, not what it tells,
// and a cue across one ("on Wednesday told reporters it had no plans
// to") is the report's content, not the dated happening's
// (TestCueExamples runs reportingExamples).
var reportingVerbs = wordSet(`said says say saying told tells tell telling announced announces announce announcing
	reported reports stated states confirmed confirms added adds disclosed discloses revealed reveals warned warns
	explained explains noted notes wrote writes claimed claims insisted insists argued argues declared declares
	predicted predicts acknowledged acknowledges admitted admits suggested suggests indicated indicates
	denied denies estimated estimates forecast forecasts cautioned threatened threatens`)

// nounToo are reporting verbs that are plural nouns as often ("Insurance
// claims could rise"): no report opens at them.
var nounToo = wordSet("reports states notes claims estimates forecasts")

// reportingExamples are the examples of the reporting rule.
var reportingExamples = []CueExample{
	{"Late [Wednesday] the studio told reporters it had no plans to release the movie.", StatusHappened},
	{"The FBI said on [Friday] that the studio would not be the last target.", StatusHappened},
	{"The hackers had warned on [Tuesday] that cinemas would face attacks.", StatusHappened},
	{"Sony on [Monday] said it may sell the unit.", StatusHappened},
	{"The company denied on [Monday] that it had cut jobs.", StatusHappened},
	{"The chief told reporters on [Dec. 16] the film will open.", StatusHappened},
	{"The studio said in a statement on [Dec. 16] that it may sell.", StatusHappened},
	{"The studio said it will close the office on [Dec. 26].", StatusPlanned},
	{"At a news conference on [Friday], Obama said the studio had been wrong in pulling the film.", StatusHappened},
	// What was told before the report is its content, not the report's
	// ("X will happen, Apple announced this morning").
	{"The change will take effect within months, Apple announced [this morning].", StatusHappened},
	// A plural noun or a name that is a reporting verb's form reports
	// nothing: the sentence's own modal reads.
	{"Insurance claims on [Monday] could rise sharply.", StatusUncertain},
	{"The United States on [Monday] may impose sanctions.", StatusUncertain},
	{"Early estimates on [Monday] may show a rise.", StatusUncertain},
	// A complement after the dated words is what was agreed or said.
	{"The [1991] agreement was that the firm would not sell music.", StatusHappened},
	// What is told keeps its own cues.
	{"The studio said it would not show the film on [Christmas Day].", StatusDenied},
}

// Roles in a sentence that calls something off or moves it: which of its
// expressions dates the calling off, which the day it had been planned
// for, which the new day.

// objectMarks before an expression make it part of what was called off
// ("called off the December 25th opening", "its Dec. 25 release").
var objectMarks = wordSet(`the its their his her a an this that`)

// planWords before an expression make it the day a plan was for
// ("the strike planned for Friday", "originally set for Dec. 10").
var planWords = wordSet(`planned scheduled set slated due originally expected`)

// newMarks before an expression after a postponing cue make it the new
// day ("postponed until Friday", "pushed back to Jan. 5"); oldMarks the
// day it was for ("postponed from Monday to Friday").
var (
	newMarks = wordSet(`to until till for`)
	oldMarks = wordSet(`from`)
)

// leadCue words may stand between a reporting verb and the expression it
// dates ("said late on Monday").
var leadCue = wordSet(`on late early last this at in by`)
