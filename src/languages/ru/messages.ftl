# Слова отчётов mgi-diff на русском языке. Области и категории названы так, как их называют
# русскоязычные материалы МОМ по Показателям управления миграцией (ПУМ). Числа согласуются с
# существительными по правилам CLDR: one (1, 21, …), few (2–4, 22–24, …), many (0, 5–20, …).
# Названия мест приводятся как в профиле, в именительном падеже: фразы построены так, чтобы
# не склонять их.

number = { $n }

## Названия: области, категории, статусы, происхождение.
domain = { $domain ->
    [migrants-rights] Права мигрантов
    [whole-of-government] Общегосударственный подход
    [partnerships] Партнёрство
    [well-being] Благополучие мигрантов
    [mobility-crises] Аспекты мобильности в кризисных ситуациях
   *[safe-orderly-regular] Безопасная, упорядоченная и регулярная миграция
}
category = { $category ->
    [well-developed] хорошо развито
   *[further-development] требует развития
}
category-heading = { $category ->
    [well-developed] Примеры хорошо развитых областей
   *[further-development] Области с потенциалом дальнейшего развития
}
status = { $status ->
    [unchanged] без изменений
    [reworded] переформулирован
    [improved] улучшение
    [regressed] ухудшение
    [moved] перенесён
    [added] добавлен
    [resolved] устранён
   *[dropped] исключён
}
status-heading = { $status ->
    [unchanged] Без изменений
    [reworded] Переформулированные
    [improved] Улучшения
    [regressed] Ухудшения
    [moved] Перенесённые
    [added] Добавленные
    [resolved] Устранённые
   *[dropped] Исключённые
}
status-count = { $status ->
    [unchanged] без изменений
    [reworded] переформулировано
    [improved] улучшений
    [regressed] ухудшений
    [moved] перенесено
    [added] добавлено
    [resolved] устранено
   *[dropped] исключено
}: { $n }
provenance = { $provenance ->
    [published] опубликован
    [draft] проект
   *[illustrative] иллюстративный
}
level = { $level ->
    [national] национальный
   *[local] местный
}
none = нет
no-findings = выводов нет
counts-unchanged-and-changes = { $unchanged }; { $changes }
and-list = { $first } и { $last }

## Заголовки и предупреждения.
title-new-profile = { $place }, { $year } (новый профиль)
title-deleted-profile = { $place }, { $year } (удалённый профиль)
title-one-place = { $place }: { $old } → { $new }
title-two-places = { $old_place }, { $old } → { $new_place }, { $new }
warning-provenance = { $place }, { $year } — { $provenance ->
    [draft] проект, а не опубликованный профиль МОМ
   *[illustrative] иллюстративный профиль с гипотетическими данными, не опубликованный МОМ
}
language-name = { $language ->
    [en] английский
    [es] испанский
    [fr] французский
   *[ru] русский
}
language-in = { $language ->
    [en] на английском языке
    [es] на испанском языке
    [fr] на французском языке
   *[ru] на русском языке
}
warning-two-languages = профиль «{ $old_place }», { $old } составлен { $old_in }, а профиль «{ $new_place }», { $new } — { $new_in }; выводы сопоставляются только по id, и каждый вывод без общего id показан как исключённый или добавленный

## Примечания к записи.
note-negation = отрицание: один текст отрицает то, чего не отрицает другой; смысл мог измениться на противоположный
note-near = возможная переформулировка { $side ->
    [added] добавленного
   *[removed] исключённого
} вывода «{ $text }» (сходство { $similarity }{ $apart }); если это один и тот же вывод, присвойте обоим одинаковый id = "…"
note-evidence = обоснование: оценка { $score }, по признаку «{ $basis }», { $place ->
    [same] на том же месте
   *[other] на другом месте
}{ $apart }
evidence-basis = { $basis ->
    [same-text] тот же текст
    [same-id] тот же id
    [similarity] сходство
    [moved] перенос
   *[other] { $basis }
}
evidence-shared = ; общие слова: { $terms }
evidence-runner-up = ; второй кандидат { $similarity }: «{ $text }»
evidence-no-runner-up = ; второго кандидата нет
evidence-bounded = ; кандидаты ограничены: слова этого текста встречаются в стольких выводах, что сравнивались только самые вероятные и ближайшие по месту
note-parted = обоснование: не сопоставлен с «{ $text }» (сходство { $similarity }), так как их id различаются{ $ids }: редактор указал, что это два разных вывода
note-review = проверить: алгоритм сопоставления не уверен, что это один и тот же вывод ({ $reasons }); { $act ->
    [part] если новый текст не является переформулировкой прежнего вывода, присвойте ему собственный id
   *[confirm] если это так, подтвердите это командой `mgi-diff ids OLD NEW --include-review` (или вручную присвойте им одинаковый id); если нет, присвойте им разные id
}
review-small-margin = порог превышен лишь на { $margin }
review-close-runner-up = другой кандидат отстаёт не более чем на { $lead }
review-few-shared-words = сопоставление опирается на небольшое число общих слов
review-id-added-by-this-change = их связывает id, который само это изменение добавило в предыдущий раунд
review-same-id-text-replaced = тот же id, текст заменён: новый текст почти не имеет общих слов с прежним
review-name-changed = изменилось название, а остальная часть предложения сохранена
differs-kind = { $kind ->
    [subjects] субъекты
    [names] названия
    [numbers] числа
   *[other] { $kind }
}
apart-kinds = различаются их { $kinds }
apart-endings = различается продолжение после общего начала
apart = , но { $reasons }

## Краткое изложение простым языком.
prose-domain-count = { $domain }: { $count }
prose-gaps-closed = { $n ->
    [one] устранён { $count } пробел
    [few] устранены { $count } пробела
   *[many] устранено { $count } пробелов
} ({ $domains })
prose-gaps-became-strengths = { $n ->
    [one] { $count } пробел стал сильной стороной
    [few] { $count } пробела стали сильными сторонами
   *[many] { $count } пробелов стали сильными сторонами
} ({ $domains })
prose-gaps-became-strengths-elsewhere = { $n ->
    [one] { $count } пробел стал сильной стороной в другой области
    [few] { $count } пробела стали сильными сторонами в другой области
   *[many] { $count } пробелов стали сильными сторонами в другой области
} ({ $domains })
prose-new-strengths = { $n ->
    [one] отмечена { $count } новая сильная сторона
    [few] отмечены { $count } новые сильные стороны
   *[many] отмечено { $count } новых сильных сторон
} ({ $domains })
prose-strengths-became-gaps = { $n ->
    [one] { $count } сильная сторона стала пробелом
    [few] { $count } сильные стороны стали пробелами
   *[many] { $count } сильных сторон стали пробелами
} ({ $domains })
prose-strengths-became-gaps-elsewhere = { $n ->
    [one] { $count } сильная сторона стала пробелом в другой области
    [few] { $count } сильные стороны стали пробелами в другой области
   *[many] { $count } сильных сторон стали пробелами в другой области
} ({ $domains })
prose-strengths-lost = { $n ->
    [one] утрачена { $count } сильная сторона
    [few] утрачены { $count } сильные стороны
   *[many] утрачено { $count } сильных сторон
} ({ $domains })
prose-new-gaps = { $n ->
    [one] выявлен { $count } новый пробел
    [few] выявлены { $count } новых пробела
   *[many] выявлено { $count } новых пробелов
} ({ $domains })
prose-reworded = { $n ->
    [one] переформулирован { $count } вывод
    [few] переформулированы { $count } вывода
   *[many] переформулировано { $count } выводов
} ({ $domains })
prose-moved = { $n ->
    [one] { $count } вывод перенесён в другую область
    [few] { $count } вывода перенесены в другую область
   *[many] { $count } выводов перенесено в другую область
} ({ $domains })
prose-new-findings = { $n ->
    [one] добавлен { $count } новый вывод
    [few] добавлены { $count } новых вывода
   *[many] добавлено { $count } новых выводов
} ({ $domains })
prose-flipped = { $n ->
    [one] у { $count } вывода смысл мог измениться на противоположный
   *[other] у { $count } выводов смысл мог измениться на противоположный
} ({ $domains })
prose-review = { $n ->
    [one] { $count } сопоставление отмечено для проверки
    [few] { $count } сопоставления отмечены для проверки
   *[many] { $count } сопоставлений отмечено для проверки
}
prose-one-side = { $place }: { $what ->
    [new] новый профиль { $year } года
   *[deleted] профиль { $year } года удалён
} ({ $n ->
    [one] { $count } вывод
    [few] { $count } вывода
   *[many] { $count } выводов
}; в хорошо развитых областях — { $strengths }, в областях с потенциалом дальнейшего развития — { $gaps }).
prose-it-is = { $provenance ->
    [draft] Это проект, а не опубликованный профиль МОМ.
   *[illustrative] Это иллюстративный профиль с гипотетическими данными, не опубликованный МОМ.
}
prose-did-not-change = { $period ->
    [version] { $place }, профиль { $year } года: изменений нет
    [rounds] { $place }: с { $old } по { $new } год профиль не изменился
   *[places] Профили «{ $old_place }» ({ $old }) и «{ $new_place }» ({ $new }) не различаются
} — { $n ->
    [one] единственный вывод остался прежним
   *[other] все выводы ({ $count }) остались прежними
}.
prose-kept-as-they-were = { $period ->
    [version] { $place }, профиль { $year } года
    [rounds] { $place }, профили { $old } и { $new } годов
   *[places] Профили «{ $old_place }» ({ $old }) и «{ $new_place }» ({ $new })
}: { $n ->
    [one] единственный вывод сохранён без изменений
   *[other] все выводы ({ $count }) сохранены без изменений
}.
prose-counts = { $period ->
    [version] { $place }, профиль { $year } года
    [rounds] { $place }, профили { $old } и { $new } годов
   *[places] Профили «{ $old_place }» ({ $old }) и «{ $new_place }» ({ $new })
}: { $same ->
    [yes] { $olds ->
        [one] { $olds_count } вывод
        [few] { $olds_count } вывода
       *[many] { $olds_count } выводов
    } в { $both ->
        [versions] обеих версиях
       *[rounds] обоих раундах
    }
   *[no] число выводов изменилось с { $olds_count } до { $news_count }
}; без изменений — { $unchanged ->
    [0] ни одного
   *[other] { $unchanged_count }
}.
prose-doubt = { $phrase }, однако { $n ->
    [one] это может быть переформулировкой { $other ->
        [new] нового
       *[removed] исключённого
    } вывода: проверьте его
   *[other] каждый случай может быть переформулировкой { $other ->
        [new] нового
       *[removed] исключённого
    } вывода: проверьте их
}.
prose-flips = { $phrase }: отрицание появилось или исчезло; { $n ->
    [one] прочитайте этот вывод, прежде чем считать его простой переформулировкой
   *[other] прочитайте эти выводы, прежде чем считать их простыми переформулировками
}.
prose-round-is = раунд { $year } года — { $provenance ->
    [draft] проект, а не опубликованный профиль МОМ
   *[illustrative] иллюстративный (гипотетические данные, не опубликованные МОМ)
}
prose-fields = Изменены собственные поля файла: { $fields }.
prose-in-domains = Охват отчёта: { $domains }. { $whole }

## Файлы отчёта об изменениях.
validation = { $errors ->
    [0] { $warnings ->
        [0] без ошибок
       *[other] предупреждений: { $warnings }
    }
   *[other] ошибок: { $errors }{ $warnings ->
        [0] {""}
       *[other] , предупреждений: { $warnings }
    }
}
severity = { $severity ->
    [error] ошибка
   *[warning] предупреждение
}
at-line-column = строка { $line }, столбец { $column }:
at-line = строка { $line }:
fields-changed = изменено полей профиля: { $n }
no-changes-short = изменений нет
file-counts = { $changes }; { $unchanged }
terms-file = файл терминов { $edit ->
    [added] добавлен
    [deleted] удалён
   *[edited] изменён
} (выражения, которые алгоритм сопоставления считает равнозначными, для всех профилей набора); { $changed }
terms-invalid = он не проходит проверку, поэтому профили этого изменения сравниваются без него
terms-no-report-changed = ни один отчёт этого изменения не сопоставляет выводы иначе из-за него
terms-reports-changed = отчётов этого изменения, в которых выводы сопоставлены иначе из-за него: { $n } ({ $reports })
file-new-profile = новый профиль { $reference } (выводов: { $findings }); более раннего раунда для «{ $place }» нет, сравнивать не с чем
file-deleted-profile = удалённый профиль { $reference } (выводов в нём было: { $findings })
file-no-longer-valid = { $change ->
    [renamed] переименованный
   *[changed] изменённый
} профиль { $reference }, который больше не проходит проверку (выводов в ревизии: { $findings })
file-new-round = новый раунд, сравнение с более ранним раундом { $reference } ({ $origin })

## История места.
history-no-round = Раундов для «{ $place }» не найдено.
history-one-round = { $place }: всего один раунд ({ $year }), прослеживать пока нечего.
history-summary = { $place }: раундов — { $rounds } ({ $years }). С { $first } года { $appeared ->
    [0] новых выводов не появилось
    [one] появился { $appeared } вывод
    [few] появились { $appeared } вывода
   *[many] появилось { $appeared } выводов
}, { $closed ->
    [0] ни один пробел не устранён
    [one] устранён { $closed } пробел
    [few] устранены { $closed } пробела
   *[many] устранено { $closed } пробелов
}{ $closed_how ->
    [it] {" "}(он стал сильной стороной)
    [all] {" "}(все они стали сильными сторонами)
    [one] {" "}(один из них стал сильной стороной)
    [some] {" "}(из них сильными сторонами стали { $closed_became })
   *[none] {""}
} и { $lost ->
    [0] ни одна сильная сторона не утрачена
    [one] утрачена { $lost } сильная сторона
    [few] утрачены { $lost } сильные стороны
   *[many] утрачено { $lost } сильных сторон
}{ $lost_how ->
    [it] {" "}(она стала пробелом)
    [all] {" "}(все они стали пробелами)
    [one] {" "}(одна из них стала пробелом)
    [some] {" "}(из них пробелами стали { $lost_became })
   *[none] {""}
}. Из { $first_gaps } { $first_gaps ->
    [one] пробела, отмеченного
   *[other] пробелов, отмеченных
} в { $first } году, к { $last } году { $still_open ->
    [0] устранены все
    [one] не устранён { $still_open }
   *[other] не устранены { $still_open }
}.

## Подписи и заголовки форматов.
all-domains = Все области
no-changes = Изменений нет.
warning-label = Предупреждение:
table-warning-label = ПРЕДУПРЕЖДЕНИЕ:
failing-label = Сбой:
table-failing-label = СБОЙ:
column-domain = Область
column-changes = Изменения
column-status = Статус
column-category = Категория
column-finding = Вывод
column-file = Файл
column-change = Изменение
column-validation = Проверка
table-old = прежний: { $side }
table-new = новый: { $side }
table-review = Сопоставлений для проверки: { $n }; { $n ->
    [one] оно отмечено
   *[other] они отмечены
} ниже словом «проверить:» там, где алгоритм сопоставления не уверен, что два текста — один и тот же вывод
table-field-changed = Изменено поле профиля: { $field }
table-from = из области «{ $domain }»:
table-was = было: { $old }
text-was = { $new } (было: { $old })
from-domain = из области «{ $domain }»
from-domain-category = из области «{ $domain }», { $category }
similarity = сходство { $similarity }
markdown-sides = Прежний: { $old }; новый: { $new }.
html-sides = Прежний: { $old } · Новый: { $new }
profile-fields-changed = Изменены поля профиля:
markdown-legend = Каждая запись начинается с категории (прежняя → новая, если она изменилась). В переформулированном тексте ~~зачёркнутые~~ слова удалены, а слова, выделенные **жирным**, добавлены.
markdown-review-legend = Сопоставление с пометкой _проверить:_ — такое, в котором алгоритм сопоставления не уверен: убедитесь, что оба текста — один и тот же вывод, и если это так, свяжите их общим id.
html-footer = Подготовлено с помощью mgi-diff { $version }. Изменения слов: <del>удалено</del>, <ins>добавлено</ins>.
open-all = Открыть все
close-all = Закрыть все

## Диаграммы HTML-отчёта.
chart-findings-caption = Выводы по областям в прежнем и новом раунде: хорошо развитые области, области, требующие развития, и итог
chart-findings-legend = { $category ->
    [well-developed] хорошо развито (число слева)
   *[further-development] требует развития (число справа)
}
chart-findings-segment = { $year }: { $category ->
    [well-developed] хорошо развито
   *[further-development] требует развития
} — { $n }
chart-findings-title = Выводы по областям: число сильных сторон и пробелов в прежнем ({ $old }) и новом ({ $new }) раунде
chart-statuses-caption = Статусы по областям
chart-statuses-title = Что произошло с выводами каждой области, по статусам

## Отчёт, сокращённый по --max-chars.
shortened = Отчёт сокращён до { $max } символов: опущено разделов { $what ->
    [domain] по областям
   *[file] по файлам
} — { $left } из { $all }. Та же команда без `--max-chars` выводит его полностью.
shortened-unchanged = Сокращено до { $max } символов: выводы без изменений подсчитаны, но не перечислены{ $left_out }. Та же команда без `--max-chars` выводит отчёт полностью.
left-out = , а наименее важные из остальных опущены ({ $listed }; сохраняются в таком порядке: ухудшения, исключённые, требующие проверки, улучшения, устранённые, добавленные, перенесённые и переформулированные)
left-out-review = { $status ->
    [unchanged] без изменений
    [reworded] переформулировано
    [improved] улучшений
    [regressed] ухудшений
    [moved] перенесено
    [added] добавлено
    [resolved] устранено
   *[dropped] исключено
} с пометкой «проверить»: { $n }

## Отчёт об изменениях.
changes-title = Изменения профилей с { $since }
no-profile-changed = С { $since } ни один профиль не изменился.
not-compared = не сравнивался
made-in-several-files = Изменения, внесённые в нескольких файлах
n-files = { $n ->
    [one] { $n } файл
    [few] { $n } файла
   *[many] { $n } файлов
}
group-in-files = { $badge }: { $files }
shared-changes-above = Изменения этого файла, внесённые в нескольких файлах, приведены выше: { $n }.
file-change = { $change ->
    [added] добавлен
    [modified] изменён
    [deleted] удалён
   *[renamed] переименован
}

## show и list.
profile-title = Профиль управления миграцией: { $name }
profile-warning = { $provenance ->
    [draft] это проект, а не опубликованный профиль МОМ
   *[illustrative] это иллюстративный профиль с гипотетическими данными, не опубликованный МОМ
}
profile-none = Нет.
no-profiles = Профилей нет.
fact = { $fact ->
    [Country] Страна
    [Level] Уровень
    [City] Город
    [Year] Год
    [Published] Дата публикации
    [Provenance] Происхождение
    [Language] Язык
    [Source] Источник
    [File] Файл
   *[Notes] Примечания
}
list-column = { $column ->
    [PROFILE] ПРОФИЛЬ
    [PLACE] МЕСТО
    [ISO3] ISO3
    [LEVEL] УРОВЕНЬ
    [LANG] ЯЗЫК
    [PROVENANCE] ПРОИСХОЖДЕНИЕ
   *[other] ОТКУДА
}

## Таблицы и хронология истории.
history-title = История: { $place }, { $years }
history-table-title = История: { $place } ({ $level }), { $years }
history-rounds-label = Раунды:
history-comparisons-label = Сравнения:
history-column-domain = Область (сильные стороны / пробелы)
history-column-still-open = Неустранённые пробелы { $year } года
history-table-still-open = неустранённые пробелы { $year } года
history-still-open = { $open } из { $of }
history-no-findings = Ни в одном раунде выводов нет.
history-open-since = сохраняется с { $year } года
history-since = с { $year } года
history-legend = Что происходило с выводом в каждом раунде: { $items }.
history-legend-unchanged = { $status } (как и первый раунд: без цвета)
history-cell = { $category ->
    [well-developed] { $status ->
        [resolved] устранена
        [dropped] исключена
        [unchanged] сильная сторона
        [reworded] сильная сторона (переформулирована)
        [improved] сильная сторона (улучшение)
        [regressed] сильная сторона (ухудшение)
        [moved] сильная сторона (перенесена)
       *[added] сильная сторона (добавлена)
    }
   *[further-development] { $status ->
        [resolved] устранён
        [dropped] исключён
        [unchanged] пробел
        [reworded] пробел (переформулирован)
        [improved] пробел (улучшение)
        [regressed] пробел (ухудшение)
        [moved] пробел (перенесён)
       *[added] пробел (добавлен)
    }
}{ $review ->
    [yes] {" "}(проверить)
   *[no] {""}
}

## Сайт.
site-title = Профили ПУМ
site-places-from = { $n ->
    [one] { $n } место
    [few] { $n } места
   *[many] { $n } мест
}, источник: { $source }.
site-rounds-warning = раунды с пометкой «{ $illustrative }» содержат гипотетические данные, не опубликованные МОМ; раунды с пометкой «{ $draft }» ещё не опубликованы.
site-across-periods = Сравнение мест по периодам:
site-filter = Фильтр по местам
site-column = { $column ->
    [place] Место
    [level] Уровень
    [rounds] Раунды
    [latest] Последний раунд: сильные стороны / пробелы
   *[since] С предыдущего раунда
}
site-one-round = один раунд
site-all-places = Все места
site-history-of = История: { $place }
site-since = с { $year } года — { $changes }{ $review ->
    [0] {""}
   *[other] ; для проверки: { $review }
}
site-no-change = изменений нет

## `across`: один период, сравнение мест.
across-title = Сравнение мест: { $n ->
    [one] { $n } профиль
    [few] { $n } профиля
   *[many] { $n } профилей
}, { $years }
across-table-warning = предупреждение: { $warning }
across-warning = Предупреждение:
across-column = { $column ->
    [places] Мест
    [theme] Тема (формулировка одного из её выводов)
    [who] Кто
    [grid-theme] Тема
    [place] Место
    [category] Категория
   *[finding] Вывод
}
across-category = { $category ->
    [well-developed] хорошо развито
   *[further-development] требует развития
}
across-illustrative = среди выводов темы есть иллюстративные данные
across-have = есть у { $n } ({ $who })
across-lack = нет у { $n } ({ $who })
across-each-text = Текст каждого места
across-particular = Только в одном месте
across-particular-label = Только в одном месте:
across-has-it = есть
across-lacks-it = нет
across-legend-has = есть (хорошо развитая область)
across-legend-lacks = нет (область, требующая развития)
across-legend-blank = пусто: не указано ни там, ни там
across-footer = Создано mgi-diff { $version }. Тема — это группировка, измеренная алгоритмом сопоставления (выводы с близкими оценками, не более одного на место), а не прочтение текста.
across-places = { $cities ->
    [yes] { $n ->
        [one] { $n } место
        [few] { $n } места
       *[many] { $n } мест
    }
   *[no] { $n ->
        [one] { $n } страна
        [few] { $n } страны
       *[many] { $n } стран
    }
}
across-summary = Сравнено { $cities ->
    [yes] мест
   *[no] стран
}: { $n }. Общих тем (у { $min } и более { $min ->
    [one] места
   *[other] мест
}): { $themes }; это выводы, которые алгоритм сопоставления оценивает как близкие, не более одного на место: измеренная группировка, а не прочтение текста. Выводов, присущих только одному месту: { $findings }. Эти числа — нижние оценки: если два места формулируют один и тот же вывод совсем по-разному, он может не попасть в общую тему, поэтому вывод, показанный как единичный, может оказаться общим.
across-summary-top = Из { $n } { $cities ->
    [yes] { $n ->
        [one] места
       *[other] мест
    }
   *[no] { $n ->
        [one] страны
       *[other] стран
    }
} { $which ->
    [has] не менее { $has } относят к хорошо развитым областям
    [lacks] не менее { $lacks } относят к областям, требующим развития
   *[both] не менее { $has } относят к хорошо развитым областям, не менее { $lacks } — к областям, требующим развития
}: «{ $label }»{ $illustrative ->
    [yes] {" "}(среди них есть иллюстративные данные)
   *[no] {""}
}.
across-warning-provenance = { $place }, { $year }: { $provenance ->
    [draft] проект, а не опубликованный профиль МОМ
   *[illustrative] иллюстративный профиль с гипотетическими данными, не опубликованный МОМ
}
across-warning-language = профиль «{ $place }», { $year } составлен { $language_in }, остальные — { $others_in }: его выводы попадают в тему только через общий id
across-warning-left-out = { $n ->
    [one] у 1 места нет раундов в { $year } году или раньше, оно не включено
   *[other] у некоторых мест нет раундов в { $year } году или раньше, они не включены
}: { $places }
across-site-period = Период { $year }: последний раунд { $cities ->
    [yes] каждого места
   *[no] каждой страны
} в { $year } году или раньше; место, у которого к тому времени нет ни одного раунда, не включено.
