# Les mots des rapports de mgi-diff en français. Les domaines et les catégories portent les noms
# qu'emploient les profils de gouvernance des migrations publiés par l'OIM en français.
# Un constat est masculin ; une lacune (un domaine à développer) est féminine, un point fort
# (un domaine bien développé) masculin : adjectifs et participes s'accordent avec eux.

number = { $n }

## Noms : domaines, catégories, statuts, provenances.
domain = { $domain ->
    [migrants-rights] Droits des migrants
    [whole-of-government] Approche pangouvernementale
    [partnerships] Partenariats
    [well-being] Bien-être des migrants
    [mobility-crises] Dimension « mobilité » des crises
   *[safe-orderly-regular] Migration sûre, ordonnée et régulière
}
category = { $category ->
    [well-developed] bien développé
   *[further-development] à développer
}
category-heading = { $category ->
    [well-developed] Exemples de domaines bien développés
   *[further-development] Domaines à développer davantage
}
status = { $status ->
    [unchanged] inchangé
    [reworded] reformulé
    [improved] amélioré
    [regressed] en recul
    [moved] déplacé
    [added] ajouté
    [resolved] résolu
   *[dropped] supprimé
}
status-heading = { $status ->
    [unchanged] Inchangés
    [reworded] Reformulés
    [improved] Améliorés
    [regressed] En recul
    [moved] Déplacés
    [added] Ajoutés
    [resolved] Résolus
   *[dropped] Supprimés
}
status-count = { $n } { $status ->
    [unchanged] { $n ->
        [one] inchangé
       *[other] inchangés
    }
    [reworded] { $n ->
        [one] reformulé
       *[other] reformulés
    }
    [improved] { $n ->
        [one] amélioré
       *[other] améliorés
    }
    [regressed] en recul
    [moved] { $n ->
        [one] déplacé
       *[other] déplacés
    }
    [added] { $n ->
        [one] ajouté
       *[other] ajoutés
    }
    [resolved] { $n ->
        [one] résolu
       *[other] résolus
    }
   *[dropped] { $n ->
        [one] supprimé
       *[other] supprimés
    }
}
provenance = { $provenance ->
    [published] publié
    [draft] projet
   *[illustrative] illustratif
}
level = { $level ->
    [national] national
   *[local] local
}
none = aucun
no-findings = aucun constat
counts-unchanged-and-changes = { $unchanged } ; { $changes }
and-list = { $first } et { $last }

## Titres et avertissements.
title-new-profile = { $place } { $year } (nouveau profil)
title-deleted-profile = { $place } { $year } (profil supprimé)
title-one-place = { $place } : { $old } → { $new }
title-two-places = { $old_place } { $old } → { $new_place } { $new }
warning-provenance = { $place } { $year } est { $provenance ->
    [draft] un projet, et non un profil publié par l’OIM
   *[illustrative] un profil illustratif (données hypothétiques, non publiées par l’OIM)
}
language-name = { $language ->
    [en] anglais
    [es] espagnol
    [fr] français
   *[ru] russe
}
language-in = { $language ->
    [en] en anglais
    [es] en espagnol
    [fr] en français
   *[ru] en russe
}
warning-two-languages = { $old_place } { $old } est rédigé { $old_in } et { $new_place } { $new } { $new_in } : les constats ne sont appariés que par leur id, et tout constat sans id commun figure comme supprimé ou ajouté

## Notes accompagnant une entrée.
note-negation = négation : un texte nie ce que l’autre ne nie pas ; le sens a pu s’inverser
note-near = reformulation possible du constat { $side ->
    [added] ajouté
   *[removed] supprimé
} « { $text } » (similarité { $similarity }{ $apart }) ; s’il s’agit d’un même constat, donnez aux deux le même id = "…"
note-evidence = justification : score { $score }, par { $basis }, { $place ->
    [same] au même endroit
   *[other] à un autre endroit
}{ $apart }
evidence-basis = { $basis ->
    [same-text] texte identique
    [same-id] même id
    [similarity] similarité
    [moved] déplacement
   *[other] { $basis }
}
evidence-shared = {" "}; en commun : { $terms }
evidence-runner-up = {" "}; deuxième candidat { $similarity } : « { $text } »
evidence-no-runner-up = {" "}; aucun deuxième candidat
evidence-bounded = {" "}; candidats limités : ce texte partage ses mots avec tant de constats que seuls les plus prometteurs, les plus proches par leur position, ont été comparés
note-parted = justification : non apparié à « { $text } » (similarité { $similarity }) parce que leurs id diffèrent{ $ids } : un éditeur a indiqué qu’il s’agit de deux constats distincts
note-review = à vérifier : l’algorithme d’appariement n’est pas certain qu’il s’agisse d’un même constat ({ $reasons }) ; { $act ->
    [part] si le nouveau texte n’est pas l’ancien constat reformulé, donnez-lui un id propre
   *[confirm] si c’est bien le cas, confirmez-le avec `mgi-diff ids OLD NEW --include-review` (ou donnez-leur à la main le même id) ; sinon, donnez-leur des id différents
}
review-small-margin = il ne dépasse le seuil que de { $margin }
review-close-runner-up = un autre candidat s’en approche à { $lead } près
review-few-shared-words = il repose sur peu de mots communs
review-id-added-by-this-change = ils sont liés par un id que cette modification a elle-même ajouté à l’édition précédente
review-same-id-text-replaced = même id, texte remplacé : le nouveau texte ne partage presque aucun mot avec l’ancien
review-name-changed = un nom a changé, mais le reste de la phrase est conservé
differs-kind = { $kind ->
    [subjects] sujets
    [names] noms
    [numbers] chiffres
   *[other] { $kind }
}
apart-kinds = leurs { $kinds } diffèrent
apart-endings = ce qui suit leur début commun diffère
apart = , mais { $reasons }

## Le résumé en langage clair.
prose-domain-count = { $domain } : { $count }
prose-gaps-closed = { $n ->
    [one] une lacune a été comblée
   *[other] { $count } lacunes ont été comblées
} ({ $domains })
prose-gaps-became-strengths = { $n ->
    [one] une lacune est devenue un point fort
   *[other] { $count } lacunes sont devenues des points forts
} ({ $domains })
prose-gaps-became-strengths-elsewhere = { $n ->
    [one] une lacune est devenue un point fort dans un autre domaine
   *[other] { $count } lacunes sont devenues des points forts dans un autre domaine
} ({ $domains })
prose-new-strengths = { $n ->
    [one] un nouveau point fort a été relevé
   *[other] { $count } nouveaux points forts ont été relevés
} ({ $domains })
prose-strengths-became-gaps = { $n ->
    [one] un point fort est devenu une lacune
   *[other] { $count } points forts sont devenus des lacunes
} ({ $domains })
prose-strengths-became-gaps-elsewhere = { $n ->
    [one] un point fort est devenu une lacune dans un autre domaine
   *[other] { $count } points forts sont devenus des lacunes dans un autre domaine
} ({ $domains })
prose-strengths-lost = { $n ->
    [one] un point fort a été perdu
   *[other] { $count } points forts ont été perdus
} ({ $domains })
prose-new-gaps = { $n ->
    [one] une nouvelle lacune a été relevée
   *[other] { $count } nouvelles lacunes ont été relevées
} ({ $domains })
prose-reworded = { $n ->
    [one] un constat a été reformulé
   *[other] { $count } constats ont été reformulés
} ({ $domains })
prose-moved = { $n ->
    [one] un constat est passé dans un autre domaine
   *[other] { $count } constats sont passés dans un autre domaine
} ({ $domains })
prose-new-findings = { $n ->
    [one] un nouveau constat a été relevé
   *[other] { $count } nouveaux constats ont été relevés
} ({ $domains })
prose-flipped = { $n ->
    [one] le sens d’un constat a pu s’inverser
   *[other] le sens de { $count } constats a pu s’inverser
} ({ $domains })
prose-review = { $n ->
    [one] un appariement est signalé à vérifier
   *[other] { $count } appariements sont signalés à vérifier
}
prose-one-side = { $place } : le profil { $year } { $what ->
    [new] est nouveau
   *[deleted] a été supprimé
} ({ $n ->
    [one] { $count } constat
   *[other] { $count } constats
}, dont { $strengths } dans la catégorie « domaines bien développés » et { $gaps } dans la catégorie « domaines à développer davantage »).
prose-it-is = Il s’agit { $provenance ->
    [draft] d’un projet, et non d’un profil publié par l’OIM
   *[illustrative] d’un profil illustratif (données hypothétiques, non publiées par l’OIM)
}.
prose-did-not-change = { $period ->
    [version] { $place } : le profil { $year } n’a pas changé
    [rounds] { $place } : entre { $old } et { $new }, le profil n’a pas changé
   *[places] Les profils { $old_place } { $old } et { $new_place } { $new } ne diffèrent pas
} ; { $n ->
    [1] { $period ->
        [places] leur unique constat est le même
       *[other] son unique constat est resté le même
    }
   *[other] { $period ->
        [places] leurs { $count } constats sont les mêmes
       *[other] ses { $count } constats sont restés les mêmes
    }
}.
prose-kept-as-they-were = { $period ->
    [version] { $place } : le profil { $year } a conservé
    [rounds] { $place } : entre { $old } et { $new }, le profil a conservé
   *[places] Les profils { $old_place } { $old } et { $new_place } { $new } ont conservé
} { $n ->
    [1] { $period ->
        [places] leur unique constat tel quel
       *[other] son unique constat tel quel
    }
   *[other] { $period ->
        [places] leurs { $count } constats tels quels
       *[other] ses { $count } constats tels quels
    }
}.
prose-counts = { $period ->
    [version] { $place } : le profil { $year }
    [rounds] { $place } : entre { $old } et { $new }, le profil
   *[places] Les profils { $old_place } { $old } et { $new_place } { $new }
} { $same ->
    [yes] { $period ->
        [places] comptent
       *[other] compte
    } { $olds ->
        [one] { $olds_count } constat
       *[other] { $olds_count } constats
    } dans les deux { $both ->
        [versions] versions
       *[rounds] éditions
    }
   *[no] { $period ->
        [places] sont passés
       *[other] est passé
    } de { $olds_count } à { $news ->
        [one] { $news_count } constat
       *[other] { $news_count } constats
    }
}, dont { $unchanged ->
    [0] aucun inchangé
    [one] un inchangé
   *[other] { $unchanged_count } inchangés
}.
prose-doubt = { $phrase }, mais { $n ->
    [one] il pourrait s’agir de la reformulation { $other ->
        [new] d’un nouveau constat
       *[removed] d’un constat supprimé
    } : à vérifier
   *[other] chaque cas pourrait être la reformulation { $other ->
        [new] d’un nouveau constat
       *[removed] d’un constat supprimé
    } : à vérifier
}.
prose-flips = { $phrase } : une négation a été ajoutée ou retirée ; { $n ->
    [one] lisez-le avant de le compter comme une simple reformulation
   *[other] lisez-les avant de les compter comme de simples reformulations
}.
prose-round-is = l’édition { $year } est { $provenance ->
    [draft] un projet, et non un profil publié par l’OIM
   *[illustrative] illustrative (données hypothétiques, non publiées par l’OIM)
}
prose-fields = Les champs propres au fichier ont été modifiés : { $fields }.
prose-in-domains = Périmètre du rapport : { $domains }. { $whole }

## Les fichiers du rapport de modifications.
validation = { $errors ->
    [0] { $warnings ->
        [0] valide
        [one] 1 avertissement
       *[other] { $warnings } avertissements
    }
    [one] 1 erreur{ $warnings ->
        [0] {""}
        [one] , 1 avertissement
       *[other] , { $warnings } avertissements
    }
   *[other] { $errors } erreurs{ $warnings ->
        [0] {""}
        [one] , 1 avertissement
       *[other] , { $warnings } avertissements
    }
}
severity = { $severity ->
    [error] erreur
   *[warning] avertissement
}
at-line-column = ligne { $line }, colonne { $column } :
at-line = ligne { $line } :
fields-changed = { $n ->
    [one] { $n } champ du profil modifié
   *[other] { $n } champs du profil modifiés
}
no-changes-short = aucune modification
file-counts = { $changes } ; { $unchanged }
terms-file = fichier de termes { $edit ->
    [added] ajouté
    [deleted] supprimé
   *[edited] modifié
} (expressions que l’algorithme d’appariement tient pour équivalentes, pour tous les profils de l’ensemble) ; { $changed }
terms-invalid = il n’est pas valide ; les profils de cette modification sont donc comparés sans lui
terms-no-report-changed = il ne modifie l’appariement des constats dans aucun rapport de cette modification
terms-reports-changed = { $n ->
    [one] { $n } rapport de cette modification apparie
   *[other] { $n } rapports de cette modification apparient
} les constats autrement du fait de ce fichier : { $reports }
file-new-profile = nouveau profil { $reference } ({ $findings ->
    [one] { $findings } constat
   *[other] { $findings } constats
}) ; aucune édition antérieure du même lieu ({ $place }) à laquelle le comparer
file-deleted-profile = profil supprimé { $reference } (il comptait { $findings ->
    [one] { $findings } constat
   *[other] { $findings } constats
})
file-no-longer-valid = profil { $change ->
    [renamed] renommé
   *[changed] modifié
} { $reference } qui n’est plus valide (il comptait { $findings ->
    [one] { $findings } constat
   *[other] { $findings } constats
} à la révision)
file-new-round = nouvelle édition, comparée à l’édition antérieure { $reference } ({ $origin })

## L’historique d’un lieu.
history-no-round = { $place } : aucune édition n’a été trouvée.
history-one-round = { $place } : une seule édition ({ $year }) ; il n’y a donc encore rien à suivre.
history-summary = { $place } : { $rounds } éditions ({ $years }). Depuis { $first }, { $appeared ->
    [0] aucun constat n’est apparu
    [one] un constat est apparu
   *[other] { $appeared } constats sont apparus
}, { $closed ->
    [0] aucune lacune n’a été comblée
    [one] une lacune a été comblée
   *[other] { $closed } lacunes ont été comblées
}{ $closed_how ->
    [it] {" "}(elle est devenue un point fort)
    [all] {" "}(toutes sont devenues des points forts)
    [one] {" "}(l’une d’elles est devenue un point fort)
    [some] {" "}({ $closed_became } d’entre elles sont devenues des points forts)
   *[none] {""}
} et { $lost ->
    [0] aucun point fort n’a été perdu
    [one] un point fort a été perdu
   *[other] { $lost } points forts ont été perdus
}{ $lost_how ->
    [it] {" "}(il est devenu une lacune)
    [all] {" "}(tous sont devenus des lacunes)
    [one] {" "}(l’un d’eux est devenu une lacune)
    [some] {" "}({ $lost_became } d’entre eux sont devenus des lacunes)
   *[none] {""}
}. { $first_gaps ->
    [0] Aucune lacune n’était relevée
    [one] Sur la lacune relevée
   *[other] Sur les { $first_gaps } lacunes relevées
} en { $first }, { $still_open ->
    [0] aucune n’est encore ouverte
    [one] une est encore ouverte
   *[other] { $still_open } sont encore ouvertes
} en { $last }.

## Libellés et titres des formats.
all-domains = Tous les domaines
no-changes = Aucune modification.
warning-label = Avertissement :
table-warning-label = AVERTISSEMENT :
failing-label = Échec :
table-failing-label = ÉCHEC :
column-domain = Domaine
column-changes = Modifications
column-status = Statut
column-category = Catégorie
column-finding = Constat
column-file = Fichier
column-change = Modification
column-validation = Validation
table-old = ancien : { $side }
table-new = nouveau : { $side }
table-review = { $n ->
    [one] { $n } appariement à vérifier, signalé
   *[other] { $n } appariements à vérifier, signalés
} ci-dessous par « à vérifier : », là où l’algorithme d’appariement n’est pas certain que deux textes soient un même constat
table-field-changed = Champ du profil modifié : { $field }
table-from = issu du domaine { $domain } :
table-was = avant : { $old }
text-was = { $new } (avant : { $old })
from-domain = issu du domaine { $domain }
from-domain-category = issu du domaine { $domain }, { $category }
similarity = similarité { $similarity }
markdown-sides = Ancien : { $old } ; nouveau : { $new }.
html-sides = Ancien : { $old } · Nouveau : { $new }
profile-fields-changed = Champs du profil modifiés :
markdown-legend = Chaque entrée commence par sa catégorie (ancienne → nouvelle lorsqu’elle a changé). Dans un texte reformulé, les mots ~~barrés~~ ont été supprimés et les mots en **gras** ajoutés.
markdown-review-legend = Un appariement signalé _à vérifier :_ est incertain pour l’algorithme d’appariement : vérifiez que les deux textes constituent un même constat et, si c’est le cas, liez-les par un id.
html-footer = Généré par mgi-diff { $version }. Modifications de mots : <del>supprimés</del>, <ins>ajoutés</ins>.
open-all = Tout ouvrir
close-all = Tout fermer

## Graphiques du rapport HTML.
chart-findings-caption = Constats par domaine dans l’ancienne et la nouvelle édition : points forts, points à développer, puis total
chart-findings-legend = { $category ->
    [well-developed] bien développés (chiffre de gauche)
   *[further-development] à développer (chiffre de droite)
}
chart-findings-segment = { $year } : { $n } { $category ->
    [well-developed] bien { $n ->
        [one] développé
       *[other] développés
    }
   *[further-development] à développer
}
chart-findings-title = Constats par domaine : nombre de points forts et de points à développer dans l’ancienne ({ $old }) et dans la nouvelle ({ $new }) édition
chart-statuses-caption = Statuts par domaine
chart-statuses-title = Ce que sont devenus les constats de chaque domaine, par statut

## Un rapport raccourci pour respecter --max-chars.
shortened = Ce rapport a été raccourci pour tenir en { $max } caractères : { $left } { $left ->
    [one] section
   *[other] sections
} de { $what ->
    [domain] domaine
   *[file] fichier
} sur { $all } { $left ->
    [one] est omise
   *[other] sont omises
}. La même commande sans `--max-chars` l’affiche en entier.
shortened-unchanged = Rapport raccourci pour tenir en { $max } caractères : les constats inchangés sont comptés, mais non énumérés{ $left_out }. La même commande sans `--max-chars` l’affiche en entier.
left-out = , et les moins importants des autres sont omis ({ $listed } ; sont conservées, dans cet ordre, les entrées en recul, supprimées, à vérifier, améliorées, résolues, ajoutées, déplacées et reformulées)
left-out-review = { $n } { $n ->
    [one] { $status ->
        [unchanged] inchangé
        [reworded] reformulé
        [improved] amélioré
        [regressed] en recul
        [moved] déplacé
        [added] ajouté
        [resolved] résolu
       *[dropped] supprimé
    } signalé à vérifier
   *[other] { $status ->
        [unchanged] inchangés
        [reworded] reformulés
        [improved] améliorés
        [regressed] en recul
        [moved] déplacés
        [added] ajoutés
        [resolved] résolus
       *[dropped] supprimés
    } signalés à vérifier
}

## Le rapport de modifications.
changes-title = Modifications des profils depuis { $since }
no-profile-changed = Aucun profil n’a changé depuis { $since }.
not-compared = non comparé
made-in-several-files = Modifications faites dans plusieurs fichiers
n-files = { $n ->
    [one] { $n } fichier
   *[other] { $n } fichiers
}
group-in-files = { $badge } dans { $files }
shared-changes-above = { $n ->
    [one] { $n } modification de ce fichier faite dans plusieurs fichiers figure plus haut.
   *[other] { $n } modifications de ce fichier faites dans plusieurs fichiers figurent plus haut.
}
file-change = { $change ->
    [added] ajouté
    [modified] modifié
    [deleted] supprimé
   *[renamed] renommé
}

## show et list.
profile-title = Profil de gouvernance des migrations : { $name }
profile-warning = ce profil est { $provenance ->
    [draft] un projet, et non un profil publié par l’OIM
   *[illustrative] illustratif (données hypothétiques, non publiées par l’OIM)
}
profile-none = Aucun.
no-profiles = Aucun profil.
fact = { $fact ->
    [Country] Pays
    [Level] Niveau
    [City] Ville
    [Year] Année
    [Published] Date de publication
    [Provenance] Provenance
    [Language] Langue
    [Source] Source
    [File] Fichier
   *[Notes] Notes
}
list-column = { $column ->
    [PROFILE] PROFIL
    [PLACE] LIEU
    [ISO3] ISO3
    [LEVEL] NIVEAU
    [LANG] LANGUE
    [PROVENANCE] PROVENANCE
   *[other] ORIGINE
}

## Tableaux et chronologies de l’historique.
history-title = Historique : { $place }, { $years }
history-table-title = Historique : { $place } ({ $level }), { $years }
history-rounds-label = Éditions :
history-comparisons-label = Comparaisons :
history-column-domain = Domaine (points forts / lacunes)
history-column-still-open = Lacunes de { $year } encore ouvertes
history-table-still-open = lacunes de { $year } encore ouvertes
history-still-open = { $open } sur { $of }
history-no-findings = Aucun constat, quelle que soit l’édition.
history-open-since = ouverte depuis { $year }
history-since = depuis { $year }
history-legend = Ce qu’est devenu un constat à chaque édition : { $items }.
history-legend-unchanged = { $status } (de même que la première édition : sans couleur)
history-cell = { $category ->
    [well-developed] { $status ->
        [resolved] résolu
        [dropped] supprimé
        [unchanged] point fort
        [reworded] point fort reformulé
        [improved] point fort (amélioration)
        [regressed] point fort en recul
        [moved] point fort déplacé
       *[added] point fort ajouté
    }
   *[further-development] { $status ->
        [resolved] résolue
        [dropped] supprimée
        [unchanged] lacune
        [reworded] lacune reformulée
        [improved] lacune (amélioration)
        [regressed] lacune (recul)
        [moved] lacune déplacée
       *[added] lacune ajoutée
    }
}{ $review ->
    [yes] {" "}(à vérifier)
   *[no] {""}
}

## Le site.
site-title = Profils MGI
site-places-from = { $n ->
    [one] { $n } lieu
   *[other] { $n } lieux
} ; source : { $source }.
site-rounds-warning = les éditions marquées « { $illustrative } » contiennent des données hypothétiques, non publiées par l’OIM ; celles marquées « { $draft } » ne sont pas encore publiées.
site-across-periods = Comparaison entre lieux, par période :
site-filter = Filtrer les lieux
site-column = { $column ->
    [place] Lieu
    [level] Niveau
    [rounds] Éditions
    [latest] Dernière édition : points forts / lacunes
   *[since] Depuis l’édition précédente
}
site-one-round = une seule édition
site-all-places = Tous les lieux
site-history-of = Historique : { $place }
site-since = depuis { $year } : { $changes }{ $review ->
    [0] {""}
   *[other] {" "}; { $review } à vérifier
}
site-no-change = aucune modification

## `across` : une période, d’un lieu à l’autre.
across-title = Comparaison entre lieux : { $n ->
    [one] 1 profil
   *[other] { $n } profils
}, { $years }
across-table-warning = avertissement : { $warning }
across-warning = Avertissement :
across-column = { $column ->
    [places] Lieux
    [theme] Thème (formulation de l’un de ses constats)
    [who] Qui
    [grid-theme] Thème
    [place] Lieu
    [category] Catégorie
   *[finding] Constat
}
across-category = { $category ->
    [well-developed] bien développé
   *[further-development] à développer
}
across-illustrative = données illustratives parmi ses constats
across-have = { $n ->
    [one] 1 l’a
   *[other] { $n } l’ont
} ({ $who })
across-lack = { $n ->
    [one] 1 en manque
   *[other] { $n } en manquent
} ({ $who })
across-each-text = Le texte de chaque lieu
across-particular = Propre à un seul lieu
across-particular-label = Propre à un seul lieu :
across-has-it = l’a
across-lacks-it = en manque
across-legend-has = l’a (domaine bien développé)
across-legend-lacks = en manque (domaine à développer)
across-legend-blank = vide : ni l’un ni l’autre
across-footer = Produit par mgi-diff { $version }. Un thème est un regroupement mesuré par l’appariement (constats aux scores voisins, au plus un par lieu), non une lecture.
across-places = { $cities ->
    [yes] { $n ->
        [one] 1 lieu
       *[other] { $n } lieux
    }
   *[no] { $n ->
        [one] 1 pays
       *[other] { $n } pays
    }
}
across-summary = { $places } { $n ->
    [one] comparé
   *[other] comparés
} ; { $themes ->
    [one] 1 thème partagé
   *[other] { $themes } thèmes partagés
} par au moins { $min } (constats que l’appariement juge voisins, au plus un par lieu : un regroupement mesuré, non une lecture) et { $findings ->
    [one] 1 constat propre
   *[other] { $findings } constats propres
} à un seul lieu. Ces décomptes sont des minorants : deux lieux qui formulent un même constat de façon très différente peuvent ne pas être regroupés, si bien qu’un constat présenté comme propre peut être partagé.
across-summary-top = Sur { $places }, { $which ->
    [has] au moins { $has } { $has ->
        [one] le classe
       *[other] le classent
    } parmi les domaines bien développés
    [lacks] au moins { $lacks } { $lacks ->
        [one] le classe
       *[other] le classent
    } parmi les domaines à développer
   *[both] au moins { $has } { $has ->
        [one] le classe
       *[other] le classent
    } parmi les domaines bien développés, au moins { $lacks } parmi les domaines à développer
} : « { $label } »{ $illustrative ->
    [yes] {" "}(données illustratives parmi eux)
   *[no] {""}
}.
across-warning-provenance = { $place } { $year } : { $provenance ->
    [draft] un projet, et non un profil publié par l’OIM
   *[illustrative] un profil illustratif (données hypothétiques, non publiées par l’OIM)
}
across-warning-language = { $place } { $year } est rédigé { $language_in }, les autres { $others_in } : ses constats ne rejoignent un thème que par un id commun
across-warning-left-out = { $n ->
    [one] 1 lieu n’a aucune édition en { $year } ou avant et est laissé
   *[other] des lieux n’ont aucune édition en { $year } ou avant et sont laissés
} de côté : { $places }
across-site-period = Période { $year } : la dernière édition de chaque { $cities ->
    [yes] lieu
   *[no] pays
} parue en { $year } ou avant ; un lieu sans édition à cette date est laissé de côté.
