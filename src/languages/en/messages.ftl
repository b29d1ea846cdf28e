# The words of mgi-diff's reports in English: the reference for the other languages.
# Every message is a whole sentence or label; a variable is a number (which selects plural
# forms) or a text. Keys of selectors ($status, $domain, $category, ...) are the JSON keys.

## Numbers spelled out in running text, as English style guides do up to ten.
number = { $n ->
    [0] no
    [1] one
    [2] two
    [3] three
    [4] four
    [5] five
    [6] six
    [7] seven
    [8] eight
    [9] nine
    [10] ten
   *[other] { $n }
}
## Names: domains as IOM's English profiles head them, categories, statuses, provenances.
domain = { $domain ->
    [migrants-rights] Migrants' rights
    [whole-of-government] Whole of government approach
    [partnerships] Partnerships
    [well-being] Well-being of migrants
    [mobility-crises] Mobility dimensions of crises
   *[safe-orderly-regular] Safe, orderly and regular migration
}
category = { $category ->
    [well-developed] well-developed
   *[further-development] further-development
}
category-heading = { $category ->
    [well-developed] Examples of well-developed areas
   *[further-development] Areas with potential for further development
}
status = { $status ->
    [unchanged] unchanged
    [reworded] reworded
    [improved] improved
    [regressed] regressed
    [moved] moved
    [added] added
    [resolved] resolved
   *[dropped] dropped
}
status-heading = { $status ->
    [unchanged] Unchanged
    [reworded] Reworded
    [improved] Improved
    [regressed] Regressed
    [moved] Moved
    [added] Added
    [resolved] Resolved
   *[dropped] Dropped
}
status-count = { $n } { $status ->
    [unchanged] unchanged
    [reworded] reworded
    [improved] improved
    [regressed] regressed
    [moved] moved
    [added] added
    [resolved] resolved
   *[dropped] dropped
}
provenance = { $provenance ->
    [published] published
    [draft] draft
   *[illustrative] illustrative
}
level = { $level ->
    [national] national
   *[local] local
}
none = none
no-findings = no findings
counts-unchanged-and-changes = { $unchanged }; { $changes }
and-list = { $first } and { $last }

## Titles and warnings.
title-new-profile = { $place } { $year } (new profile)
title-deleted-profile = { $place } { $year } (deleted profile)
title-one-place = { $place }: { $old } → { $new }
title-two-places = { $old_place } { $old } → { $new_place } { $new }
warning-provenance = { $place } { $year } is { $provenance ->
    [draft] a draft, not a published IOM profile
   *[illustrative] illustrative: hypothetical data, not published by IOM
}
language-name = { $language ->
    [en] English
    [es] Spanish
    [fr] French
   *[ru] Russian
}
language-in = { $language ->
    [en] in English
    [es] in Spanish
    [fr] in French
   *[ru] in Russian
}
warning-two-languages = { $old_place } { $old } is { $old_in } and { $new_place } { $new } { $new_in }: findings are paired by id only, and every finding without a shared id is listed as removed or added

## Notes beside an entry.
note-negation = negation: one text denies what the other does not; the meaning may have flipped
note-near = possible rewording of the { $side ->
    [added] added
   *[removed] removed
} finding "{ $text }" (similarity { $similarity }{ $apart }); if they are one finding, give both the same id = "…"
note-evidence = evidence: score { $score }, by { $basis }, { $place ->
    [same] in the same place
   *[other] in another place
}{ $apart }
evidence-basis = { $basis ->
    [same-text] same-text
    [same-id] same-id
    [similarity] similarity
    [moved] moved
   *[other] { $basis }
}
evidence-shared = ; shared: { $terms }
evidence-runner-up = ; runner-up { $similarity }: "{ $text }"
evidence-no-runner-up = ; no runner-up
evidence-bounded = ; candidates bounded: this text shares its words with so many findings that only the most promising, nearest in place, were compared
note-parted = evidence: kept apart from "{ $text }" (similarity { $similarity }) because their ids differ{ $ids }: an editor said they are two findings
note-review = review: the matcher is not sure these are one finding ({ $reasons }); { $act ->
    [part] if the new text is not the old finding rewritten, give it an id of its own
   *[confirm] if they are one finding, confirm it with `mgi-diff ids OLD NEW --include-review` (or the same id by hand); if not, give them different ids
}
review-small-margin = it passed the threshold by { $margin }
review-close-runner-up = another candidate was within { $lead } of it
review-few-shared-words = it rests on few shared words
review-id-added-by-this-change = tied by an id that this change itself added to the earlier round
review-same-id-text-replaced = same id, text replaced: the new text shares almost no words with the old
review-name-changed = a name changed while the rest of the sentence was kept
differs-kind = { $kind ->
    [subjects] subjects
    [names] names
    [numbers] numbers
   *[other] { $kind }
}
apart-kinds = their { $kinds } differ
apart-endings = what follows their common opening differs
apart = , but { $reasons }

## The plain-language summary.
prose-domain-count = { $domain }: { $count }
prose-gaps-closed = { $count } { $n ->
    [1] gap was closed
   *[other] gaps were closed
} ({ $domains })
prose-gaps-became-strengths = { $count } { $n ->
    [1] gap became a strength
   *[other] gaps became strengths
} ({ $domains })
prose-gaps-became-strengths-elsewhere = { $count } { $n ->
    [1] gap became a strength in another domain
   *[other] gaps became strengths in another domain
} ({ $domains })
prose-new-strengths = { $count } { $n ->
    [1] new strength was recorded
   *[other] new strengths were recorded
} ({ $domains })
prose-strengths-became-gaps = { $count } { $n ->
    [1] strength became a gap
   *[other] strengths became gaps
} ({ $domains })
prose-strengths-became-gaps-elsewhere = { $count } { $n ->
    [1] strength became a gap in another domain
   *[other] strengths became gaps in another domain
} ({ $domains })
prose-strengths-lost = { $count } { $n ->
    [1] strength was lost
   *[other] strengths were lost
} ({ $domains })
prose-new-gaps = { $count } { $n ->
    [1] new gap was recorded
   *[other] new gaps were recorded
} ({ $domains })
prose-reworded = { $count } { $n ->
    [1] finding was reworded
   *[other] findings were reworded
} ({ $domains })
prose-moved = { $count } { $n ->
    [1] finding moved to another domain
   *[other] findings moved to another domain
} ({ $domains })
prose-new-findings = { $count } { $n ->
    [1] new finding was recorded
   *[other] new findings were recorded
} ({ $domains })
prose-flipped = { $count } { $n ->
    [1] finding's meaning may have flipped
   *[other] findings' meanings may have flipped
} ({ $domains })
prose-review = { $count } { $n ->
    [1] pairing is
   *[other] pairings are
} marked for review
prose-one-side = The { $year } profile of { $place } { $what ->
    [new] is new
   *[deleted] was deleted
}: { $count } findings, { $strengths } well-developed and { $gaps } for further development.
prose-it-is = It is { $provenance ->
    [draft] a draft, not a published IOM profile
   *[illustrative] illustrative: hypothetical data, not published by IOM
}.
prose-did-not-change = { $period ->
    [version] The { $year } profile of { $place }
    [rounds] Between { $old } and { $new }, the profile of { $place }
   *[places] Between { $old_place } { $old } and { $new_place } { $new }, the profiles
} did not change: its { $n ->
    [1] one finding
   *[other] { $count } findings
} { $n ->
    [1] is
   *[other] are
} the same.
prose-kept-as-they-were = { $period ->
    [version] The { $year } profile of { $place }
    [rounds] Between { $old } and { $new }, the profile of { $place }
   *[places] Between { $old_place } { $old } and { $new_place } { $new }, the profiles
} kept its { $n ->
    [1] one finding
   *[other] { $count } findings
} as they were.
prose-counts = { $period ->
    [version] The { $year } profile of { $place }
    [rounds] Between { $old } and { $new }, the profile of { $place }
   *[places] Between { $old_place } { $old } and { $new_place } { $new }, the profiles
} { $same ->
    [yes] has { $olds ->
        [1] one finding
       *[other] { $olds_count } findings
    } in both { $both ->
        [versions] versions
       *[rounds] rounds
    }
   *[no] went from { $olds_count } to { $news ->
        [1] one finding
       *[other] { $news_count } findings
    }
}, { $unchanged ->
    [0] none
   *[other] { $unchanged_count }
} of them unchanged.
prose-doubt = { $phrase }, though { $n ->
    [1] it
   *[other] each
} may be a rewording of { $other ->
    [new] a new finding
   *[removed] a removed finding
}: check { $n ->
    [1] it
   *[other] them
}.
prose-flips = { $phrase }: a negation was gained or lost; read { $n ->
    [1] it
   *[other] them
} before counting { $n ->
    [1] it as a mere rewording
   *[other] them as mere rewordings
}.
prose-round-is = the { $year } round is { $provenance ->
    [draft] a draft, not a published IOM profile
   *[illustrative] illustrative: hypothetical data, not published by IOM
}
prose-fields = The file's own fields were edited: { $fields }.
prose-in-domains = In { $domains }, { $sentence }

## The changes report's files.
validation = { $errors ->
    [0] { $warnings ->
        [0] valid
        [1] 1 warning
       *[other] { $warnings } warnings
    }
    [1] 1 error{ $warnings ->
        [0] {""}
        [1] , 1 warning
       *[other] , { $warnings } warnings
    }
   *[other] { $errors } errors{ $warnings ->
        [0] {""}
        [1] , 1 warning
       *[other] , { $warnings } warnings
    }
}
severity = { $severity ->
    [error] error
   *[warning] warning
}
at-line-column = line { $line }, column { $column }:
at-line = line { $line }:
fields-changed = { $n ->
    [1] 1 profile field changed
   *[other] { $n } profile fields changed
}
no-changes-short = no changes
file-counts = { $changes }; { $unchanged }
terms-file = terms file { $edit ->
    [added] added
    [deleted] deleted
   *[edited] edited
} (phrases the matcher counts as one, for every profile of the set); { $changed }
terms-invalid = it does not validate, so the profiles of this change are compared without it
terms-no-report-changed = no report of this change pairs findings differently for it
terms-reports-changed = { $n ->
    [1] 1 report of this change pairs
   *[other] { $n } reports of this change pair
} findings differently for it: { $reports }
file-new-profile = new profile { $reference } ({ $findings ->
    [1] 1 finding
   *[other] { $findings } findings
}); no earlier round of { $place } to compare with
file-deleted-profile = deleted profile { $reference } (it held { $findings ->
    [1] 1 finding
   *[other] { $findings } findings
})
file-no-longer-valid = { $change ->
    [renamed] renamed
   *[changed] changed
} profile { $reference } that no longer validates (it held { $findings ->
    [1] 1 finding
   *[other] { $findings } findings
} at the revision)
file-new-round = new round, compared with the earlier round { $reference } ({ $origin })

## Labels and headings of the formats.
all-domains = All domains
no-changes = No changes.
warning-label = Warning:
table-warning-label = WARNING:
failing-label = Failing:
table-failing-label = FAILING:
column-domain = Domain
column-changes = Changes
column-status = Status
column-category = Category
column-finding = Finding
column-file = File
column-change = Change
column-validation = Validation
table-old = old: { $side }
table-new = new: { $side }
table-review = { $n ->
    [1] 1 pairing to review
   *[other] { $n } pairings to review
}: marked "review:" below, where the matcher is not sure two texts are one finding
table-field-changed = Profile field changed: { $field }
table-from = from { $domain }:
table-was = was: { $old }
text-was = { $new } (was: { $old })
from-domain = from { $domain }
from-domain-category = from { $domain }, { $category }
similarity = similarity { $similarity }
markdown-sides = Old: { $old }; new: { $new }.
html-sides = Old: { $old } · New: { $new }
profile-fields-changed = Profile fields changed:
markdown-legend = Each entry starts with its category (old → new when it changed). In a reworded text, ~~struck~~ words were removed and **bold** words inserted.
markdown-review-legend = A pairing marked _review:_ is one the matcher is not sure of: check that the two texts are one finding, and tie them with an id if they are.
html-footer = Made by mgi-diff { $version }. Word changes: <del>removed</del>, <ins>inserted</ins>.
open-all = Open all
close-all = Close all

## Charts of the HTML report.
chart-findings-caption = Findings per domain, old and new round: well-developed, then further development, and the total
chart-findings-legend = { $category ->
    [well-developed] well-developed (left number)
   *[further-development] further development (right number)
}
chart-findings-segment = { $year }: { $n } { $category ->
    [well-developed] well developed
   *[further-development] further development
}
chart-findings-title = Findings per domain: well-developed and further-development counts of the old ({ $old }) and the new ({ $new }) round
chart-statuses-caption = Statuses per domain
chart-statuses-title = What happened to the findings of each domain, by status

## A report shortened to fit --max-chars.
shortened = This report was shortened to fit in { $max } characters: { $left } of { $all } { $what ->
    [domain] domain
   *[file] file
} sections are left out. The same command without `--max-chars` shows all of it.
shortened-unchanged = Shortened to fit in { $max } characters: unchanged findings are counted, not listed{ $left_out }. The same command without `--max-chars` shows all of it.
left-out = , and the least important of the others are left out ({ $listed }; regressed, dropped, review, improved, resolved, added, moved and reworded entries are kept in that order)
left-out-review = { $n } { $status } marked review

## The changes report.
changes-title = Profile changes since { $since }
no-profile-changed = No profile changed since { $since }.
not-compared = not compared
made-in-several-files = Made in several files
n-files = { $n ->
    [1] 1 file
   *[other] { $n } files
}
group-in-files = { $badge } in { $files }
shared-changes-above = { $n ->
    [1] 1 change of this file made in several files is listed above.
   *[other] { $n } changes of this file made in several files are listed above.
}
file-change = { $change ->
    [added] added
    [modified] modified
    [deleted] deleted
   *[renamed] renamed
}

## show and list.
profile-title = Migration Governance Profile: { $name }
profile-warning = this profile is { $provenance ->
    [draft] a draft, not a published IOM profile
   *[illustrative] illustrative: hypothetical data, not published by IOM
}
profile-none = None.
no-profiles = No profiles.
fact = { $fact ->
    [Country] Country
    [Level] Level
    [City] City
    [Year] Year
    [Published] Published
    [Provenance] Provenance
    [Language] Language
    [Source] Source
    [File] File
   *[Notes] Notes
}
list-column = { $column ->
    [PROFILE] PROFILE
    [PLACE] PLACE
    [ISO3] ISO3
    [LEVEL] LEVEL
    [LANG] LANG
    [PROVENANCE] PROVENANCE
   *[other] WHERE FROM
}

## The history's tables and timelines.
history-title = History of { $place }: { $years }
history-table-title = History of { $place } ({ $level }): { $years }
history-rounds-label = Rounds:
history-comparisons-label = Comparisons:
history-column-domain = Domain (strengths / gaps)
history-column-still-open = Gaps of { $year } still open
history-table-still-open = gaps of { $year } still open
history-still-open = { $open } of { $of }
history-no-findings = No findings in any round.
history-open-since = open since { $year }
history-since = since { $year }
history-legend = What happened to a finding at each round: { $items }.
history-legend-unchanged = { $status } (and the first round: no colour)
history-cell = { $status ->
    [resolved] resolved
    [dropped] dropped
    [unchanged] { $category ->
        [well-developed] strength
       *[further-development] gap
    }{ $review ->
        [yes] {" "}(review)
       *[no] {""}
    }
   *[other] { $status } { $category ->
        [well-developed] strength
       *[further-development] gap
    }{ $review ->
        [yes] {" "}(review)
       *[no] {""}
    }
}

## The site.
site-title = MGI profiles
site-places-from = { $n ->
    [1] 1 place
   *[other] { $n } places
}, from { $source }.
site-rounds-warning = rounds marked { $illustrative } are hypothetical data, not published by IOM; { $draft } rounds are not published yet.
site-across-periods = Across places, by period:
site-filter = Filter places
site-column = { $column ->
    [place] Place
    [level] Level
    [rounds] Rounds
    [latest] Latest: strengths / gaps
   *[since] Since the round before
}
site-one-round = one round
site-all-places = All places
site-history-of = History of { $place }
site-since = since { $year }: { $changes }{ $review ->
    [0] {""}
   *[other] ; { $review } to review
}
site-no-change = no change

# Kept for the test that a message a language lacks is taken from English.
language-test-only-english = only in English

## A place's history.
history-no-round = No round of { $place } was found.
history-one-round = { $place } has one round ({ $year }): there is nothing to follow yet.
history-summary = { $place } has { $rounds } rounds ({ $years }). Since { $first }, { $appeared ->
    [0] no finding appeared
    [1] one finding appeared
   *[other] { $appeared } findings appeared
}, { $closed ->
    [0] no gap was closed
    [1] one gap was closed
   *[other] { $closed } gaps were closed
}{ $closed_how ->
    [it] {" "}(it became a strength)
    [all] {" "}(all of them became strengths)
    [one] {" "}(one of them became a strength)
    [some] {" "}({ $closed_became } of them became strengths)
   *[none] {""}
} and { $lost ->
    [0] no strength was lost
    [1] one strength was lost
   *[other] { $lost } strengths were lost
}{ $lost_how ->
    [it] {" "}(it became a gap)
    [all] {" "}(all of them became gaps)
    [one] {" "}(one of them became a gap)
    [some] {" "}({ $lost_became } of them became gaps)
   *[none] {""}
}. Of the { $first_gaps ->
    [1] 1 gap
   *[other] { $first_gaps } gaps
} named in { $first }, { $still_open ->
    [1] one is
   *[other] { $still_open } are
} still open in { $last }.

## `across`: one period across places.
across-title = Across places: { $n } profiles, { $years }
across-table-warning = warning: { $warning }
across-warning = Warning:
across-column = { $column ->
    [places] Places
    [theme] Theme (a member's wording)
    [who] Who
    [grid-theme] Theme
    [place] Place
    [category] Category
   *[finding] Finding
}
across-category = { $category ->
    [well-developed] well developed
   *[further-development] further development
}
across-illustrative = illustrative data among its members
across-have = { $n } have it ({ $who })
across-lack = { $n } lack it ({ $who })
across-each-text = Each member's own text
across-particular = Particular to one place
across-particular-label = Particular to one place:
across-has-it = has it
across-lacks-it = lacks it
across-legend-has = has it (a well-developed area)
across-legend-lacks = lacks it (an area for further development)
across-legend-blank = blank: neither listed as such
across-footer = Made by mgi-diff { $version }. A theme is a grouping the matcher measured (findings scored alike, at most one per place), not a reading.
across-places = { $cities ->
    [yes] { $n ->
        [1] 1 place
       *[other] { $n } places
    }
   *[no] { $n ->
        [1] 1 country
       *[other] { $n } countries
    }
}
across-summary = { $places } compared; { $themes ->
    [1] 1 theme
   *[other] { $themes } themes
} shared by at least { $min } (findings the matcher scores alike, at most one per place: a measured grouping, not a reading), and { $findings ->
    [1] 1 finding
   *[other] { $findings } findings
} particular to one place. Counts are lower bounds: two places that word one finding very differently may not be grouped, so a finding listed as particular may be shared.
across-summary-top = Of { $places }, { $which ->
    [has] at least { $has } list as well developed
    [lacks] at least { $lacks } as an area for further development
   *[both] at least { $has } list as well developed, at least { $lacks } as an area for further development
}: "{ $label }"{ $illustrative ->
    [yes] {" "}(illustrative data among them)
   *[no] {""}
}.
across-warning-provenance = { $place } { $year }: { $provenance ->
    [draft] a draft, not a published IOM profile
   *[illustrative] illustrative: hypothetical data, not published by IOM
}
across-warning-language = { $place } { $year } is { $language_in }, the others { $others_in }: its findings join a theme only through a shared id
across-warning-left-out = { $n ->
    [1] 1 place has
   *[other] places have
} no round in or before { $year }, left out: { $places }
across-site-period = Period { $year }: each { $cities ->
    [yes] place's
   *[no] country's
} latest round in or before { $year }; a place with no round by then is left out.
