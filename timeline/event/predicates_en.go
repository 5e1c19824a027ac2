package event

// Predicates: outlets name one happening with different words ("called
// off the opening", "scrapped the release", "pulled the film"). Each
// entry is a kind of happening and the words and phrases that name it;
// merging reads every one of them as the kind's word, so two reports
// that share the kind share a word. Words are matched after stemming
// (any inflection counts: "scrapped", "scraps"); a phrase is matched as
// consecutive words. Each entry carries two sentences, in different
// words, that must share the kind (TestPredicateExamples), and one that
// must not. Adding a synonym is one word here and, if it is new in kind,
// its example.
type predicate struct {
	kind  string   // the word merging reads (and shows as shared)
	words []string // words and phrases naming it
	// same are two sentences naming the kind differently; other names
	// none of it.
	same  [2]string
	other string
}

// predicateKinds is the set of kind words, made once per merge for the
// joins that tell two kinds of happening apart.
func predicateKinds() map[string]bool {
	kinds := map[string]bool{}
	for _, p := range englishPredicates() {
		kinds[p.kind] = true
	}
	return kinds
}

func englishPredicates() []predicate {
	return []predicate{
		{"cancel", []string{"cancel", "cancellation", "call off", "called off", "scrap", "axe", "ax", "pull", "shelve", "drop", "abandon", "scuttle", "scratch"},
			[2]string{"The studio called off the premiere.", "The studio scrapped the premiere."}, "The studio released the film."},
		{"postpone", []string{"postpone", "postponement", "delay", "put off", "push back", "pushed back", "reschedule", "defer"},
			[2]string{"The vote was postponed until March.", "Lawmakers delayed the vote."}, "Lawmakers held the vote."},
		{"die", []string{"die", "death", "dead", "kill", "killing", "slay", "slain", "murder", "homicide", "fatal", "fatally", "perish", "death toll", "lose life", "lost life", "pass away", "passed away"},
			[2]string{"Three people were killed in the crash.", "Three people died in the crash."}, "Three people were hurt in the crash."},
		{"injure", []string{"injure", "injury", "wound", "hurt"},
			[2]string{"Five were wounded in the blast.", "The blast injured five."}, "The blast killed five."},
		{"attack", []string{"attack", "strike", "struck", "airstrike", "air strike", "raid", "bomb", "bombing", "assault", "shelling", "hit"},
			[2]string{"Jets struck the town at dawn.", "The dawn air raid on the town."}, "Talks on the town began at dawn."},
		{"shoot", []string{"shoot", "shot", "gunfire", "gunman", "gunmen", "open fire", "opened fire", "shooting"},
			[2]string{"A gunman opened fire in the mall.", "The shooting in the mall."}, "A fire broke out in the mall."},
		{"arrest", []string{"arrest", "detain", "detention", "custody", "apprehend", "nab", "capture", "take into custody", "taken into custody"},
			[2]string{"Police arrested the suspect.", "The suspect was taken into custody."}, "Police released the suspect."},
		{"charge", []string{"charge", "indict", "indictment", "accuse", "prosecute"},
			[2]string{"The driver was charged with manslaughter.", "A grand jury indicted the driver for manslaughter."}, "The driver was acquitted of manslaughter."},
		{"convict", []string{"convict", "conviction", "found guilty", "guilty verdict", "plead guilty", "pleaded guilty"},
			[2]string{"The jury convicted him of fraud.", "He was found guilty of fraud."}, "He was acquitted of fraud."},
		{"sentence", []string{"sentence", "jail", "jailed", "imprison", "prison term"},
			[2]string{"He was sentenced to ten years.", "The court jailed him for ten years."}, "He was released after ten years."},
		{"resign", []string{"resign", "resignation", "quit", "step down", "stepped down", "stand down", "stood down", "leave office", "left office"},
			[2]string{"The minister resigned on Friday.", "The minister stepped down on Friday."}, "The minister was sworn in on Friday."},
		{"dismiss", []string{"sack", "dismiss", "dismissal", "oust", "ouster", "let go", "remove from office", "push out", "pushed out", "relieve of", "relieved of"},
			[2]string{"The coach was dismissed.", "The club sacked the coach."}, "The club hired the coach."},
		{"hire", []string{"hire", "appoint", "appointment", "recruit"},
			[2]string{"The club hired a new coach.", "The club appointed a new coach."}, "The club fired the coach."},
		{"win", []string{"win", "victory", "triumph", "beat", "defeat", "won", "clinch"},
			[2]string{"She won the final.", "Her victory in the final."}, "She lost the final."},
		{"vote", []string{"elect", "election", "vote", "ballot", "referendum"},
			[2]string{"Voters elected a new mayor.", "The mayoral election."}, "The mayor resigned."},
		{"acquire", []string{"acquire", "acquisition", "buy", "purchase", "takeover", "take over", "bought"},
			[2]string{"The bank acquired its rival.", "The bank's purchase of its rival."}, "The bank sold its rival."},
		{"quake", []string{"earthquake", "quake", "tremor", "temblor", "seismic"},
			[2]string{"A strong earthquake struck the coast.", "The quake on the coast."}, "A storm hit the coast."},
		{"landslide", []string{"landslide", "mudslide", "rockslide", "landslip"},
			[2]string{"A landslide buried the valley road.", "The mudslide on the valley road."}, "A flood covered the valley road."},
		{"crash", []string{"crash", "collision", "collide", "wreck", "plane crash", "went down", "go down"},
			[2]string{"The plane crashed on landing.", "The collision on landing."}, "The plane landed safely."},
		{"rehab", []string{"rehab", "rehabilitation", "treatment center", "check into", "checked into", "check in", "checked in"},
			[2]string{"The singer checked into a clinic.", "The singer entered rehab at the clinic."}, "The singer left the clinic."},
		{"announce", []string{"announce", "announcement", "unveil", "launch", "introduce", "reveal", "debut"},
			[2]string{"The company unveiled its new phone.", "The company announced its new phone."}, "The company recalled its new phone."},
		{"release", []string{"release", "free", "freed", "let out", "set free"},
			[2]string{"The hostages were freed.", "The release of the hostages."}, "The hostages were seized."},
		{"decide", []string{"decide", "decision", "rule", "ruling", "verdict"},
			[2]string{"The studio decided to shelve the film.", "The studio's decision to shelve the film."}, "The studio asked to shelve the film."},
		{"blame", []string{"blame", "responsible", "responsibility", "culprit", "was behind", "were behind", "is behind", "are behind", "been behind"},
			[2]string{"Officials said North Korea was behind the attack on the studio.", "North Korea was responsible for the attack on the studio."}, "North Korea denied any role in the attack on the studio."},
		{"reverse", []string{"reverse", "reversal", "overturn", "overrule", "repeal", "rescind", "revoke", "strike down", "struck down", "roll back", "rolled back"},
			[2]string{"The court overturned the zoning rule.", "The court's reversal of the zoning rule."}, "The court upheld the zoning rule."},
		{"foil", []string{"foil", "thwart", "repel", "repulse", "fend off", "fended off", "fight off", "fought off"},
			[2]string{"The crew foiled a raid on the tanker.", "The crew thwarted a raid on the tanker."}, "The crew reported a raid on the tanker."},
		{"outage", []string{"outage", "downtime", "disrupt", "disruption", "blackout", "go offline", "went offline", "knock out", "knocked out"},
			[2]string{"A storm knocked out power to the island.", "The island's power outage after the storm."}, "The island's power returned after the storm."},
		{"riot", []string{"riot", "rioter", "unrest", "rampage", "turn violent", "turned violent", "clash"},
			[2]string{"The protest turned violent downtown.", "Rioting downtown after the protest."}, "The protest downtown ended peacefully."},
		{"threaten", []string{"threaten", "threat", "warn", "warning"},
			[2]string{"Hackers threatened the theaters.", "A threat to the theaters from hackers."}, "Hackers attacked the theaters."},
	}
}

// planKinds are the statuses that call a plan off or move it, each with
// the predicate kind that names it: two sources of one status calling off
// (or moving) a plan for the same day, told on the same day in the kind's
// words and naming the same one ("Sony"), are one happening however else
// they word it (samePlan, merge.go).
var planKinds = map[Status]string{
	StatusCancelled: "cancel",
	StatusPostponed: "postpone",
}
