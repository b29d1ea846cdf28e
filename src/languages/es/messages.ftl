# Las palabras de los informes de mgi-diff en español. Los ámbitos y las categorías llevan los
# nombres que usan los perfiles de Gobernanza de la Migración publicados por la OIM en español.
# Un hallazgo es masculino; una brecha (un área con potencial de desarrollo) y una fortaleza
# (un área bien desarrollada) son femeninas: los adjetivos y participios concuerdan con ellos.

number = { $n }

## Nombres: ámbitos, categorías, estados, procedencias.
domain = { $domain ->
    [migrants-rights] Derechos de los migrantes
    [whole-of-government] Enfoque de gobierno integral
    [partnerships] Alianzas
    [well-being] Bienestar de los migrantes
    [mobility-crises] Dimensión de movilidad de las crisis
   *[safe-orderly-regular] Migración segura, ordenada y regular
}
category = { $category ->
    [well-developed] bien desarrollada
   *[further-development] por desarrollar
}
category-heading = { $category ->
    [well-developed] Ejemplos de áreas bien desarrolladas
   *[further-development] Áreas con potencial de desarrollo adicional
}
status = { $status ->
    [unchanged] sin cambios
    [reworded] reformulado
    [improved] mejorado
    [regressed] en retroceso
    [moved] trasladado
    [added] añadido
    [resolved] resuelto
   *[dropped] suprimido
}
status-heading = { $status ->
    [unchanged] Sin cambios
    [reworded] Reformulados
    [improved] Mejorados
    [regressed] En retroceso
    [moved] Trasladados
    [added] Añadidos
    [resolved] Resueltos
   *[dropped] Suprimidos
}
status-count = { $n } { $status ->
    [unchanged] sin cambios
    [reworded] { $n ->
        [one] reformulado
       *[other] reformulados
    }
    [improved] { $n ->
        [one] mejorado
       *[other] mejorados
    }
    [regressed] en retroceso
    [moved] { $n ->
        [one] trasladado
       *[other] trasladados
    }
    [added] { $n ->
        [one] añadido
       *[other] añadidos
    }
    [resolved] { $n ->
        [one] resuelto
       *[other] resueltos
    }
   *[dropped] { $n ->
        [one] suprimido
       *[other] suprimidos
    }
}
provenance = { $provenance ->
    [published] publicado
    [draft] borrador
   *[illustrative] ilustrativo
}
level = { $level ->
    [national] nacional
   *[local] local
}
none = ninguno
no-findings = ningún hallazgo
counts-unchanged-and-changes = { $unchanged }; { $changes }
and-list = { $first } y { $last }

## Títulos y advertencias.
title-new-profile = { $place } { $year } (perfil nuevo)
title-deleted-profile = { $place } { $year } (perfil eliminado)
title-one-place = { $place }: { $old } → { $new }
title-two-places = { $old_place } { $old } → { $new_place } { $new }
warning-provenance = { $place } { $year } es { $provenance ->
    [draft] un borrador, no un perfil publicado por la OIM
   *[illustrative] ilustrativo (datos hipotéticos, no publicados por la OIM)
}
language-name = { $language ->
    [en] inglés
    [es] español
    [fr] francés
   *[ru] ruso
}
language-in = { $language ->
    [en] en inglés
    [es] en español
    [fr] en francés
   *[ru] en ruso
}
warning-two-languages = { $old_place } { $old } está { $old_in } y { $new_place } { $new }, { $new_in }: los hallazgos solo se emparejan por su id, y todo hallazgo sin un id común figura como suprimido o añadido

## Notas junto a una entrada.
note-negation = negación: un texto niega lo que el otro no niega; el sentido puede haberse invertido
note-near = posible reformulación del hallazgo { $side ->
    [added] añadido
   *[removed] suprimido
} «{ $text }» (similitud { $similarity }{ $apart }); si son un mismo hallazgo, asigne a ambos el mismo id = "…"
note-evidence = fundamento: puntuación { $score }, por { $basis }, { $place ->
    [same] en el mismo lugar
   *[other] en otro lugar
}{ $apart }
evidence-basis = { $basis ->
    [same-text] texto idéntico
    [same-id] mismo id
    [similarity] similitud
    [moved] traslado
   *[other] { $basis }
}
evidence-shared = ; en común: { $terms }
evidence-runner-up = ; segundo candidato { $similarity }: «{ $text }»
evidence-no-runner-up = ; sin segundo candidato
evidence-bounded = ; candidatos acotados: este texto comparte sus palabras con tantos hallazgos que solo se compararon los más prometedores, los más próximos por su posición
note-parted = fundamento: no se emparejó con «{ $text }» (similitud { $similarity }) porque sus id difieren{ $ids }: un editor indicó que son dos hallazgos distintos
note-review = revisar: el emparejador no tiene la certeza de que se trate de un mismo hallazgo ({ $reasons }); { $act ->
    [part] si el nuevo texto no es el hallazgo anterior reformulado, asígnele un id propio
   *[confirm] si lo son, confírmelo con `mgi-diff ids OLD NEW --include-review` (o asígneles a mano el mismo id); si no lo son, asígneles id distintos
}
review-small-margin = superó el umbral por apenas { $margin }
review-close-runner-up = otro candidato quedó a { $lead } o menos de distancia
review-few-shared-words = se apoya en pocas palabras comunes
review-id-added-by-this-change = los une un id que este mismo cambio añadió a la ronda anterior
review-same-id-text-replaced = mismo id, texto sustituido: el nuevo texto casi no comparte palabras con el anterior
review-name-changed = cambió un nombre, pero el resto de la oración se mantuvo
differs-kind = { $kind ->
    [subjects] sujetos
    [names] nombres
    [numbers] cifras
   *[other] { $kind }
}
apart-kinds = sus { $kinds } difieren
apart-endings = lo que sigue a su comienzo común es distinto
apart = , pero { $reasons }

## El resumen en lenguaje sencillo.
prose-domain-count = { $domain }: { $count }
prose-gaps-closed = { $n ->
    [one] se cerró una brecha
   *[other] se cerraron { $count } brechas
} ({ $domains })
prose-gaps-became-strengths = { $n ->
    [one] una brecha se convirtió en fortaleza
   *[other] { $count } brechas se convirtieron en fortalezas
} ({ $domains })
prose-gaps-became-strengths-elsewhere = { $n ->
    [one] una brecha se convirtió en fortaleza en otro ámbito
   *[other] { $count } brechas se convirtieron en fortalezas en otro ámbito
} ({ $domains })
prose-new-strengths = { $n ->
    [one] se registró una nueva fortaleza
   *[other] se registraron { $count } nuevas fortalezas
} ({ $domains })
prose-strengths-became-gaps = { $n ->
    [one] una fortaleza se convirtió en brecha
   *[other] { $count } fortalezas se convirtieron en brechas
} ({ $domains })
prose-strengths-became-gaps-elsewhere = { $n ->
    [one] una fortaleza se convirtió en brecha en otro ámbito
   *[other] { $count } fortalezas se convirtieron en brechas en otro ámbito
} ({ $domains })
prose-strengths-lost = { $n ->
    [one] se perdió una fortaleza
   *[other] se perdieron { $count } fortalezas
} ({ $domains })
prose-new-gaps = { $n ->
    [one] se registró una nueva brecha
   *[other] se registraron { $count } nuevas brechas
} ({ $domains })
prose-reworded = { $n ->
    [one] se reformuló un hallazgo
   *[other] se reformularon { $count } hallazgos
} ({ $domains })
prose-moved = { $n ->
    [one] un hallazgo pasó a otro ámbito
   *[other] { $count } hallazgos pasaron a otro ámbito
} ({ $domains })
prose-new-findings = { $n ->
    [one] se registró un nuevo hallazgo
   *[other] se registraron { $count } nuevos hallazgos
} ({ $domains })
prose-flipped = { $n ->
    [one] el sentido de un hallazgo puede haberse invertido
   *[other] el sentido de { $count } hallazgos puede haberse invertido
} ({ $domains })
prose-review = { $n ->
    [one] un emparejamiento está marcado para revisión
   *[other] { $count } emparejamientos están marcados para revisión
}
prose-one-side = El perfil de { $place } de { $year } { $what ->
    [new] es nuevo
   *[deleted] fue eliminado
}: { $n ->
    [one] 1 hallazgo
   *[other] { $count } hallazgos
}, { $strengths } en áreas bien desarrolladas y { $gaps } en áreas con potencial de desarrollo adicional.
prose-it-is = Es { $provenance ->
    [draft] un borrador, no un perfil publicado por la OIM
   *[illustrative] un perfil ilustrativo (datos hipotéticos, no publicados por la OIM)
}.
prose-did-not-change = { $period ->
    [version] El perfil de { $place } de { $year } no cambió
    [rounds] Entre { $old } y { $new }, el perfil de { $place } no cambió
   *[places] Entre { $old_place } { $old } y { $new_place } { $new }, los perfiles no cambiaron
}: { $n ->
    [one] su único hallazgo sigue igual
   *[other] sus { $count } hallazgos siguen iguales
}.
prose-kept-as-they-were = { $period ->
    [version] El perfil de { $place } de { $year } conservó
    [rounds] Entre { $old } y { $new }, el perfil de { $place } conservó
   *[places] Entre { $old_place } { $old } y { $new_place } { $new }, los perfiles conservaron
} { $n ->
    [one] su único hallazgo tal como estaba
   *[other] sus { $count } hallazgos tal como estaban
}.
prose-counts = { $period ->
    [version] El perfil de { $place } de { $year }
    [rounds] Entre { $old } y { $new }, el perfil de { $place }
   *[places] Entre { $old_place } { $old } y { $new_place } { $new }, los perfiles
} { $same ->
    [yes] { $period ->
        [places] tienen
       *[other] tiene
    } { $olds ->
        [one] 1 hallazgo
       *[other] { $olds_count } hallazgos
    } en ambas { $both ->
        [versions] versiones
       *[rounds] rondas
    }
   *[no] { $period ->
        [places] pasaron
       *[other] pasó
    } de { $olds_count } a { $news ->
        [one] 1 hallazgo
       *[other] { $news_count } hallazgos
    }
}, { $unchanged ->
    [0] ninguno de ellos sin cambios
    [1] uno de ellos sin cambios
   *[other] { $unchanged_count } de ellos sin cambios
}.
prose-doubt = { $phrase }, aunque { $n ->
    [one] podría tratarse de la reformulación de { $other ->
        [new] un hallazgo nuevo
       *[removed] un hallazgo suprimido
    }: compruébelo
   *[other] cada caso podría ser la reformulación de { $other ->
        [new] un hallazgo nuevo
       *[removed] un hallazgo suprimido
    }: compruébelos
}.
prose-flips = { $phrase }: se añadió o se eliminó una negación; { $n ->
    [one] léalo antes de contarlo como una simple reformulación
   *[other] léalos antes de contarlos como simples reformulaciones
}.
prose-round-is = la ronda de { $year } es { $provenance ->
    [draft] un borrador, no un perfil publicado por la OIM
   *[illustrative] ilustrativa (datos hipotéticos, no publicados por la OIM)
}
prose-fields = Se modificaron los campos propios del archivo: { $fields }.
prose-in-domains = En { $domains }, { $sentence }

## Los archivos del informe de cambios.
validation = { $errors ->
    [0] { $warnings ->
        [0] válido
        [one] 1 advertencia
       *[other] { $warnings } advertencias
    }
    [one] 1 error{ $warnings ->
        [0] {""}
        [one] , 1 advertencia
       *[other] , { $warnings } advertencias
    }
   *[other] { $errors } errores{ $warnings ->
        [0] {""}
        [one] , 1 advertencia
       *[other] , { $warnings } advertencias
    }
}
severity = { $severity ->
    [error] error
   *[warning] advertencia
}
at-line-column = línea { $line }, columna { $column }:
at-line = línea { $line }:
fields-changed = { $n ->
    [one] 1 campo del perfil modificado
   *[other] { $n } campos del perfil modificados
}
no-changes-short = sin cambios
file-counts = { $changes }; { $unchanged }
terms-file = archivo de términos { $edit ->
    [added] añadido
    [deleted] eliminado
   *[edited] editado
} (expresiones que el emparejador considera equivalentes, para todos los perfiles del conjunto); { $changed }
terms-invalid = no es válido, por lo que los perfiles de este cambio se comparan sin él
terms-no-report-changed = no cambia el emparejamiento de los hallazgos en ningún informe de este cambio
terms-reports-changed = { $n ->
    [one] 1 informe de este cambio empareja
   *[other] { $n } informes de este cambio emparejan
} los hallazgos de otro modo debido a este archivo: { $reports }
file-new-profile = perfil nuevo { $reference } ({ $findings ->
    [one] 1 hallazgo
   *[other] { $findings } hallazgos
}); no hay una ronda anterior de { $place } con la que compararlo
file-deleted-profile = perfil eliminado { $reference } (contenía { $findings ->
    [one] 1 hallazgo
   *[other] { $findings } hallazgos
})
file-no-longer-valid = perfil { $change ->
    [renamed] renombrado
   *[changed] modificado
} { $reference } que ya no es válido (contenía { $findings ->
    [one] 1 hallazgo
   *[other] { $findings } hallazgos
} en la revisión)
file-new-round = nueva ronda, comparada con la ronda anterior { $reference } ({ $origin })

## El historial de un lugar.
history-no-round = No se encontró ninguna ronda de { $place }.
history-one-round = { $place } tiene una sola ronda ({ $year }): todavía no hay nada que seguir.
history-summary = { $place } tiene { $rounds } rondas ({ $years }). Desde { $first }, { $appeared ->
    [0] no apareció ningún hallazgo
    [one] apareció un hallazgo
   *[other] aparecieron { $appeared } hallazgos
}, { $closed ->
    [0] no se cerró ninguna brecha
    [one] se cerró una brecha
   *[other] se cerraron { $closed } brechas
}{ $closed_how ->
    [it] {" "}(se convirtió en fortaleza)
    [all] {" "}(todas se convirtieron en fortalezas)
    [one] {" "}(una de ellas se convirtió en fortaleza)
    [some] {" "}({ $closed_became } de ellas se convirtieron en fortalezas)
   *[none] {""}
} y { $lost ->
    [0] no se perdió ninguna fortaleza
    [one] se perdió una fortaleza
   *[other] se perdieron { $lost } fortalezas
}{ $lost_how ->
    [it] {" "}(se convirtió en brecha)
    [all] {" "}(todas se convirtieron en brechas)
    [one] {" "}(una de ellas se convirtió en brecha)
    [some] {" "}({ $lost_became } de ellas se convirtieron en brechas)
   *[none] {""}
}. De { $first_gaps ->
    [one] la única brecha señalada
   *[other] las { $first_gaps } brechas señaladas
} en { $first }, { $still_open ->
    [0] ninguna sigue abierta
    [one] una sigue abierta
   *[other] { $still_open } siguen abiertas
} en { $last }.

## Etiquetas y encabezados de los formatos.
all-domains = Todos los ámbitos
no-changes = Sin cambios.
warning-label = Advertencia:
table-warning-label = ADVERTENCIA:
failing-label = Falla:
table-failing-label = FALLA:
column-domain = Ámbito
column-changes = Cambios
column-status = Estado
column-category = Categoría
column-finding = Hallazgo
column-file = Archivo
column-change = Cambio
column-validation = Validación
table-old = anterior: { $side }
table-new = nuevo: { $side }
table-review = { $n ->
    [one] 1 emparejamiento por revisar, marcado
   *[other] { $n } emparejamientos por revisar, marcados
} abajo con «revisar:», donde el emparejador no tiene la certeza de que dos textos sean un mismo hallazgo
table-field-changed = Campo del perfil modificado: { $field }
table-from = desde { $domain }:
table-was = antes: { $old }
text-was = { $new } (antes: { $old })
from-domain = desde { $domain }
from-domain-category = desde { $domain }, { $category }
similarity = similitud { $similarity }
markdown-sides = Anterior: { $old }; nuevo: { $new }.
html-sides = Anterior: { $old } · Nuevo: { $new }
profile-fields-changed = Campos del perfil modificados:
markdown-legend = Cada entrada comienza con su categoría (anterior → nueva, si cambió). En un texto reformulado, las palabras ~~tachadas~~ se suprimieron y las palabras en **negrita** se añadieron.
markdown-review-legend = Un emparejamiento marcado con _revisar:_ es uno del que el emparejador no está seguro: compruebe que los dos textos corresponden a un mismo hallazgo y, si es así, vincúlelos con un id.
html-footer = Elaborado con mgi-diff { $version }. Cambios de palabras: <del>suprimidas</del>, <ins>añadidas</ins>.
open-all = Abrir todo
close-all = Cerrar todo

## Gráficos del informe HTML.
chart-findings-caption = Hallazgos por ámbito en la ronda anterior y en la nueva: áreas bien desarrolladas, áreas por desarrollar y total
chart-findings-legend = { $category ->
    [well-developed] bien desarrolladas (cifra de la izquierda)
   *[further-development] por desarrollar (cifra de la derecha)
}
chart-findings-segment = { $year }: { $n } { $category ->
    [well-developed] bien { $n ->
        [one] desarrollada
       *[other] desarrolladas
    }
   *[further-development] por desarrollar
}
chart-findings-title = Hallazgos por ámbito: número de áreas bien desarrolladas y por desarrollar en la ronda anterior ({ $old }) y en la nueva ({ $new })
chart-statuses-caption = Estados por ámbito
chart-statuses-title = Qué ocurrió con los hallazgos de cada ámbito, por estado

## Un informe acortado para respetar --max-chars.
shortened = Este informe se acortó para no superar { $max } caracteres: se omiten { $left } de { $all } secciones { $what ->
    [domain] de ámbito
   *[file] de archivo
}. El mismo comando sin `--max-chars` lo muestra completo.
shortened-unchanged = Acortado para no superar { $max } caracteres: los hallazgos sin cambios se cuentan, pero no se enumeran{ $left_out }. El mismo comando sin `--max-chars` lo muestra completo.
left-out = , y se omiten los menos importantes de los demás ({ $listed }; se conservan, por este orden, las entradas en retroceso, suprimidas, por revisar, mejoradas, resueltas, añadidas, trasladadas y reformuladas)
left-out-review = { $n } { $status ->
    [unchanged] sin cambios
    [reworded] { $n ->
        [one] reformulado
       *[other] reformulados
    }
    [improved] { $n ->
        [one] mejorado
       *[other] mejorados
    }
    [regressed] en retroceso
    [moved] { $n ->
        [one] trasladado
       *[other] trasladados
    }
    [added] { $n ->
        [one] añadido
       *[other] añadidos
    }
    [resolved] { $n ->
        [one] resuelto
       *[other] resueltos
    }
   *[dropped] { $n ->
        [one] suprimido
       *[other] suprimidos
    }
} { $n ->
    [one] marcado para revisión
   *[other] marcados para revisión
}

## El informe de cambios.
changes-title = Cambios en los perfiles desde { $since }
no-profile-changed = Ningún perfil cambió desde { $since }.
not-compared = sin comparar
made-in-several-files = Realizados en varios archivos
n-files = { $n ->
    [one] 1 archivo
   *[other] { $n } archivos
}
group-in-files = { $badge } en { $files }
shared-changes-above = { $n ->
    [one] 1 cambio de este archivo, realizado en varios archivos, figura más arriba.
   *[other] { $n } cambios de este archivo, realizados en varios archivos, figuran más arriba.
}
file-change = { $change ->
    [added] añadido
    [modified] modificado
    [deleted] eliminado
   *[renamed] renombrado
}

## show y list.
profile-title = Perfil de Gobernanza de la Migración: { $name }
profile-warning = este perfil es { $provenance ->
    [draft] un borrador, no un perfil publicado por la OIM
   *[illustrative] ilustrativo (datos hipotéticos, no publicados por la OIM)
}
profile-none = Ninguna.
no-profiles = No hay perfiles.
fact = { $fact ->
    [Country] País
    [Level] Nivel
    [City] Ciudad
    [Year] Año
    [Published] Fecha de publicación
    [Provenance] Procedencia
    [Language] Idioma
    [Source] Fuente
    [File] Archivo
   *[Notes] Notas
}
list-column = { $column ->
    [PROFILE] PERFIL
    [PLACE] LUGAR
    [ISO3] ISO3
    [LEVEL] NIVEL
    [LANG] IDIOMA
    [PROVENANCE] PROCEDENCIA
   *[other] ORIGEN
}

## Tablas y cronologías del historial.
history-title = Historial de { $place }: { $years }
history-table-title = Historial de { $place } ({ $level }): { $years }
history-rounds-label = Rondas:
history-comparisons-label = Comparaciones:
history-column-domain = Ámbito (fortalezas / brechas)
history-column-still-open = Brechas de { $year } aún abiertas
history-table-still-open = brechas de { $year } aún abiertas
history-still-open = { $open } de { $of }
history-no-findings = No hay hallazgos en ninguna ronda.
history-open-since = abierta desde { $year }
history-since = desde { $year }
history-legend = Qué ocurrió con un hallazgo en cada ronda: { $items }.
history-legend-unchanged = { $status } (al igual que la primera ronda: sin color)
history-cell = { $category ->
    [well-developed] { $status ->
        [resolved] resuelta
        [dropped] suprimida
        [unchanged] fortaleza
        [reworded] fortaleza reformulada
        [improved] fortaleza (mejora)
        [regressed] fortaleza (retroceso)
        [moved] fortaleza trasladada
       *[added] fortaleza añadida
    }
   *[further-development] { $status ->
        [resolved] resuelta
        [dropped] suprimida
        [unchanged] brecha
        [reworded] brecha reformulada
        [improved] brecha (mejora)
        [regressed] brecha (retroceso)
        [moved] brecha trasladada
       *[added] brecha añadida
    }
}{ $review ->
    [yes] {" "}(revisar)
   *[no] {""}
}

## El sitio.
site-title = Perfiles MGI
site-places-from = { $n ->
    [one] 1 lugar
   *[other] { $n } lugares
}; fuente: { $source }.
site-rounds-warning = las rondas marcadas como «{ $illustrative }» contienen datos hipotéticos, no publicados por la OIM; las marcadas como «{ $draft }» aún no se han publicado.
site-across-periods = Comparación entre lugares, por periodo:
site-filter = Filtrar lugares
site-column = { $column ->
    [place] Lugar
    [level] Nivel
    [rounds] Rondas
    [latest] Última ronda: fortalezas / brechas
   *[since] Desde la ronda anterior
}
site-one-round = una sola ronda
site-all-places = Todos los lugares
site-history-of = Historial de { $place }
site-since = desde { $year }: { $changes }{ $review ->
    [0] {""}
   *[other] ; { $review } por revisar
}
site-no-change = sin cambios

## `across`: un periodo, entre lugares.
across-title = Comparación entre lugares: { $n ->
    [one] 1 perfil
   *[other] { $n } perfiles
}, { $years }
across-table-warning = advertencia: { $warning }
across-warning = Advertencia:
across-column = { $column ->
    [places] Lugares
    [theme] Tema (redacción de uno de sus hallazgos)
    [who] Quiénes
    [grid-theme] Tema
    [place] Lugar
    [category] Categoría
   *[finding] Hallazgo
}
across-category = { $category ->
    [well-developed] bien desarrollada
   *[further-development] por desarrollar
}
across-illustrative = datos ilustrativos entre sus hallazgos
across-have = { $n ->
    [one] 1 lo tiene
   *[other] { $n } lo tienen
} ({ $who })
across-lack = { $n ->
    [one] 1 carece de ello
   *[other] { $n } carecen de ello
} ({ $who })
across-each-text = El texto de cada lugar
across-particular = Propio de un solo lugar
across-particular-label = Propio de un solo lugar:
across-has-it = lo tiene
across-lacks-it = carece de ello
across-legend-has = lo tiene (un área bien desarrollada)
across-legend-lacks = carece de ello (un área por desarrollar)
across-legend-blank = en blanco: no figura en ninguna de las dos listas
across-footer = Generado por mgi-diff { $version }. Un tema es una agrupación que mide el emparejador (hallazgos con puntuaciones parecidas, como máximo uno por lugar), no una lectura.
across-places = { $cities ->
    [yes] { $n ->
        [one] 1 lugar
       *[other] { $n } lugares
    }
   *[no] { $n ->
        [one] 1 país
       *[other] { $n } países
    }
}
across-summary = { $n ->
    [one] Se comparó
   *[other] Se compararon
} { $places }; { $themes ->
    [one] 1 tema compartido
   *[other] { $themes } temas compartidos
} por al menos { $min } (hallazgos que el emparejador puntúa de forma parecida, como máximo uno por lugar: una agrupación medida, no una lectura) y { $findings ->
    [one] 1 hallazgo propio
   *[other] { $findings } hallazgos propios
} de un solo lugar. Los recuentos son cotas inferiores: dos lugares que redactan un mismo hallazgo de forma muy distinta pueden quedar sin agrupar, de modo que un hallazgo que figura como propio puede ser compartido.
across-summary-top = De { $places }, { $which ->
    [has] al menos { $has } { $has ->
        [one] lo señala
       *[other] lo señalan
    } como área bien desarrollada
    [lacks] al menos { $lacks } { $lacks ->
        [one] lo señala
       *[other] lo señalan
    } como área por desarrollar
   *[both] al menos { $has } { $has ->
        [one] lo señala
       *[other] lo señalan
    } como área bien desarrollada y al menos { $lacks }, como área por desarrollar
}: «{ $label }»{ $illustrative ->
    [yes] {" "}(con datos ilustrativos entre ellos)
   *[no] {""}
}.
across-warning-provenance = { $place } { $year }: { $provenance ->
    [draft] un borrador, no un perfil publicado por la OIM
   *[illustrative] ilustrativo (datos hipotéticos, no publicados por la OIM)
}
across-warning-language = { $place } { $year } está { $language_in } y los demás, { $others_in }: sus hallazgos solo se suman a un tema mediante un id común
across-warning-left-out = { $n ->
    [one] 1 lugar no tiene ninguna ronda en { $year } ni antes y queda fuera
   *[other] algunos lugares no tienen ninguna ronda en { $year } ni antes y quedan fuera
}: { $places }
across-site-period = Periodo { $year }: la ronda más reciente de cada { $cities ->
    [yes] lugar
   *[no] país
} en { $year } o antes; un lugar sin ninguna ronda para entonces queda fuera.
