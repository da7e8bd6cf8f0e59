# End-to-end tests: the newskg binary on the repository's samples/.
# Tests that need ../shared (gold, score.py, validate-exports.sh) exit 77 when
# it is absent, and ctest reports them as skipped.
set(NEWSKG_E2E_DIR ${CMAKE_CURRENT_LIST_DIR})
set(NEWSKG_SHARED_DIR ${PROJECT_SOURCE_DIR}/../shared)
set(NEWSKG_SAMPLES ${PROJECT_SOURCE_DIR}/samples)
set(NEWSKG_E2E_WORK ${CMAKE_CURRENT_BINARY_DIR}/e2e)
set(newskg_data --data ${PROJECT_SOURCE_DIR}/data)

# (a) serd-style: bad invocations must fail. Each row: a name, then the arguments
# separated by '|'.
set(bad_invocations
  "unknown command|no-such-command"
  "unknown option|extract|--no-such-flag|${NEWSKG_SAMPLES}"
  "build without --db|build|${NEWSKG_SAMPLES}"
  "extract without input|extract"
  "export with unknown format|export|--db|${NEWSKG_E2E_WORK}/none.db|--format|gexf-or-not"
  "export without --format|export|--db|${NEWSKG_E2E_WORK}/none.db"
  "export of a missing database|export|--db|${NEWSKG_E2E_WORK}/none.db|--format|graphml"
  "missing input file|extract|--quiet|${NEWSKG_E2E_WORK}/no-such-article.txt"
  "missing input beside a good one|extract|--quiet|${NEWSKG_E2E_WORK}/no-such.txt|${NEWSKG_SAMPLES}"
  "query with --entity and --subject|query|--db|x.db|--entity|Putin|--subject|Putin"
  "query with a bad --limit|query|--db|x.db|--limit|-3"
  "remove without --db|remove|some-id"
  "remove without an id|remove|--db|x.db"
  "build with a bad --jobs|build|--db|x.db|-j|many|${NEWSKG_SAMPLES}"
  "bad --lang|extract|--lang|arabic|${NEWSKG_SAMPLES}"
  "missing data directory|check-data|--data|${NEWSKG_E2E_WORK}/no-such-data"
  "stats without --db|stats"
  "stats with a bad --top|stats|--db|x.db|--top|many"
  "stats of a missing database|stats|--db|${NEWSKG_E2E_WORK}/none.db"
  "export neo4j without -o DIR|export|--db|${NEWSKG_E2E_WORK}/none.db|--format|neo4j"
  "eval without input|eval|${NEWSKG_E2E_WORK}"
  "eval of a missing gold directory|eval|--quiet|${NEWSKG_E2E_WORK}/no-such-gold|${NEWSKG_SAMPLES}"
)
foreach(row IN LISTS bad_invocations)
  string(REPLACE "|" ";" fields "${row}")
  list(POP_FRONT fields name)
  add_test(NAME "e2e.cli rejects: ${name}" COMMAND $<TARGET_FILE:newskg> ${fields})
  set_tests_properties("e2e.cli rejects: ${name}" PROPERTIES WILL_FAIL TRUE)
endforeach()

# The exact exit code of some of them (WILL_FAIL would also accept a crash).
set(exit_codes
  "2|unknown command|no-such-command"
  "2|build without --db|build|${NEWSKG_SAMPLES}"
  "2|export with unknown format|export|--db|x.db|--format|gexf-or-not"
  "3|missing data directory|check-data|--data|${NEWSKG_E2E_WORK}/no-such-data"
  "4|missing input file|extract|--quiet|${NEWSKG_E2E_WORK}/no-such-article.txt"
  "2|export with a bad --since|export|--db|x.db|-f|graphml|--since|10/10/2020"
  "2|export with an impossible --since|export|--db|x.db|-f|graphml|--since|2020-13-45"
  "2|export with an impossible --until|export|--db|x.db|-f|graphml|--until|2020-13-45"
  "2|export with --min-confidence over 1|export|--db|x.db|-f|graphml|--min-confidence|2"
  "2|export with --min-confidence nan|export|--db|x.db|-f|graphml|--min-confidence|nan"
  "2|extract with --min-confidence nan|extract|--quiet|--min-confidence|nan|${NEWSKG_SAMPLES}"
  "2|build with --min-confidence nan|build|--quiet|--db|${NEWSKG_E2E_WORK}/no-such-dir/nan.db|--min-confidence|nan|${NEWSKG_SAMPLES}"
  "2|export with an unknown --predicate|export|--db|x.db|-f|graphml|--predicate|met,flew"
  "2|export with an unknown --type|export|--db|x.db|-f|graphml|--type|Person,Nation"
  "2|export with --depth but no --around|export|--db|x.db|-f|graphml|--depth|2"
  "2|stats with a bad --top|stats|--db|x.db|--top|many"
  "2|export neo4j to stdout|export|--db|x.db|-f|neo4j|-o|-"
  "2|export html with --no-measures|export|--db|x.db|-f|html|--no-measures"
  "2|export dot with --no-measures|export|--db|x.db|-f|dot|--no-measures"
  "0|help|--help"
  "0|help on a command|help|query"
  "2|eval without input|eval|${NEWSKG_E2E_WORK}"
  "4|eval of a missing gold directory|eval|--quiet|${NEWSKG_E2E_WORK}/no-such-gold|${NEWSKG_SAMPLES}"
  "2|extract with -j over 256|extract|--quiet|-j|1000000|${NEWSKG_SAMPLES}"
  "2|build with -j over 256|build|--quiet|--db|${NEWSKG_E2E_WORK}/no-such-dir/jobs.db|-j|257|${NEWSKG_SAMPLES}"
)
foreach(row IN LISTS exit_codes)
  string(REPLACE "|" ";" fields "${row}")
  list(POP_FRONT fields code name)
  add_test(NAME "e2e.cli exits ${code}: ${name}"
           COMMAND bash ${NEWSKG_E2E_DIR}/expect_exit.sh ${code} $<TARGET_FILE:newskg> ${fields})
endforeach()

# (b) extract samples/ and score against the gold: a floor at the F1 measured
# (1.000; the issue asks 0.90), so that losing one of its 27 relations (0.98)
# fails.
add_test(NAME e2e.extract.score
         COMMAND bash ${NEWSKG_E2E_DIR}/score_sample.sh $<TARGET_FILE:newskg> ${NEWSKG_SAMPLES}
                 ${NEWSKG_SHARED_DIR} ${NEWSKG_E2E_WORK}/score 0.99)
# The Arabic dev articles (80 of the 111-article dev set): a floor at the F1
# measured (0.378 when set, 0.644 now); it rises with the extraction work.
add_test(NAME e2e.extract.dev-ar
         COMMAND bash ${NEWSKG_E2E_DIR}/score_dev.sh $<TARGET_FILE:newskg> ${NEWSKG_SHARED_DIR}
                 ${NEWSKG_E2E_WORK}/dev-ar ar 0.64)
set_tests_properties(e2e.extract.dev-ar PROPERTIES SKIP_RETURN_CODE 77)
# The English dev articles (31 of 111): a floor at the F1 measured (0.482 when
# set, 0.711 now).
add_test(NAME e2e.extract.dev-en
         COMMAND bash ${NEWSKG_E2E_DIR}/score_dev.sh $<TARGET_FILE:newskg> ${NEWSKG_SHARED_DIR}
                 ${NEWSKG_E2E_WORK}/dev-en en 0.71)
set_tests_properties(e2e.extract.dev-en PROPERTIES SKIP_RETURN_CODE 77)
# The Arabic probe articles (tests/e2e/probe-ar, a read set written apart from
# the dev set): a floor at the F1 measured (0.930 now: one relation more that its
# gold leaves out, a stadium's place; 0.933, 0.928, 0.925, 0.917, 0.904, 0.893 and 0.882 at the last stops,
# 0.867 and 0.853 before it, 0.842 the stop before;
# 0.839 for a while after the "Sousse" of a Libyan list became the gazetteer's
# Tunisian city, which GeoNames puts in Tunisia, so its located-in Libya is refused).
add_test(NAME e2e.extract.probe-ar
         COMMAND bash ${NEWSKG_E2E_DIR}/score_probe.sh $<TARGET_FILE:newskg> ${NEWSKG_E2E_DIR}/probe-ar
                 ${NEWSKG_SHARED_DIR} ${NEWSKG_E2E_WORK}/probe-ar 0.93)
set_tests_properties(e2e.extract.probe-ar PROPERTIES SKIP_RETURN_CODE 77)
# Fresh articles written apart from the code, the data and the dev set, in
# read and held-out pairs (each directory's README): floors at the F1 measured
# now (Arabic read 0.749, second read set 0.757, third 0.607, fourth 0.627,
# held out 0.618, second held out 0.686, third 0.539, fourth 0.558; English
# read 0.699, second read set 0.605, held out 0.569; 0.521, 0.501, 0.513,
# 0.576, 0.564, 0.614, 0.522, 0.543, 0.538, 0.530 and 0.546 when they were
# added).
foreach(fresh IN ITEMS "fresh-ar-read 0.74" "fresh-ar-read2 0.75" "fresh-ar-read3 0.60"
                       "fresh-ar-read4 0.62" "fresh-ar-held 0.61" "fresh-ar-held2 0.68"
                       "fresh-ar-held3 0.53" "fresh-ar-held4 0.55" "fresh-en-read 0.69"
                       "fresh-en-read2 0.60" "fresh-en-held 0.56")
  separate_arguments(fresh)
  list(GET fresh 0 name)
  list(GET fresh 1 floor)
  add_test(NAME e2e.extract.${name}
           COMMAND bash ${NEWSKG_E2E_DIR}/score_probe.sh $<TARGET_FILE:newskg> ${NEWSKG_E2E_DIR}/${name}
                   ${NEWSKG_SHARED_DIR} ${NEWSKG_E2E_WORK}/${name} ${floor})
  set_tests_properties(e2e.extract.${name} PROPERTIES SKIP_RETURN_CODE 77)
endforeach()
# explain: mentions, cues and what each gave.
add_test(NAME e2e.explain.cues
         COMMAND bash ${NEWSKG_E2E_DIR}/explain.sh $<TARGET_FILE:newskg> ${NEWSKG_SAMPLES} ${NEWSKG_E2E_WORK}/explain)
# An article and its translation give the same triples: a floor at the mean
# Jaccard over the 28 dev pairs measured (0.539 when set, 0.576 now; 0.562 before the gazetteer knew
# Toyota, which each language had named an organization of its own; 0.564 before an Arabic article
# of half B gained a right relation, counted and not read, that its English pair does not give;
# 0.571 before Arabic read an
# organization behind ب as the body it is part of, "اللجنة القضائية بمجلس الشيوخ", "مركز البحوث
# السياسية بجامعة سافولك": right relations the English pairs miss; 0.588 before Arabic read
# "قاضي المحكمة العليا بريت كافانو" in a translation of "his Supreme Court pick Brett Kavanaugh":
# a right Arabic relation its English text does not state, and found the object of "اتهم العميد
# الزعبي رئيس الوفد ... نظام بشار الأسد", which the English pair misses; 0.551 before English seated
# the senators of a party of one country in its Senate, "Republican Sen. John Kennedy", right
# relations the Arabic translations miss where their words run together; 0.557 before English read
# the acronym of "Indonesia's disaster mitigation agency BNPB", a right relation the Arabic
# translation does not give). A pair with no triple on either side counts 1.0, so a right relation found in one
# language only lowers it: it rises as Arabic recall catches up.
add_test(NAME e2e.extract.translations
         COMMAND bash ${NEWSKG_E2E_DIR}/translation_jaccard.sh $<TARGET_FILE:newskg> ${NEWSKG_SHARED_DIR}
                 ${PROJECT_SOURCE_DIR}/data ${NEWSKG_E2E_WORK}/translations 0.56)
set_tests_properties(e2e.extract.translations PROPERTIES SKIP_RETURN_CODE 77)
# samples/ and the dev articles of both languages: one node per real-world entity.
add_test(NAME e2e.export.one-node-per-entity
         COMMAND bash ${NEWSKG_E2E_DIR}/one_node_per_entity.sh $<TARGET_FILE:newskg> ${NEWSKG_SAMPLES}
                 ${NEWSKG_SHARED_DIR} ${NEWSKG_E2E_WORK}/one-node)
set_tests_properties(e2e.export.one-node-per-entity PROPERTIES SKIP_RETURN_CODE 77)

# (c) build, export graphml, turtle, ntriples, and validate them strictly.
add_test(NAME e2e.export.validate
         COMMAND bash ${NEWSKG_E2E_DIR}/validate_exports.sh $<TARGET_FILE:newskg> ${NEWSKG_SAMPLES}
                 ${NEWSKG_SHARED_DIR} ${NEWSKG_E2E_WORK}/exports)

# Issue 9: every export format of a fixed cache equals the files the export
# code wrote before the speed work (export_golden/expected).
add_test(NAME e2e.export.golden
         COMMAND bash ${NEWSKG_E2E_DIR}/export_golden.sh $<TARGET_FILE:newskg>
                 ${PROJECT_SOURCE_DIR}/data ${NEWSKG_E2E_WORK}/export-golden)

# (d) a second build extracts nothing and leaves the row counts unchanged.
add_test(NAME e2e.build.twice
         COMMAND bash ${NEWSKG_E2E_DIR}/build_twice.sh $<TARGET_FILE:newskg> ${NEWSKG_SAMPLES}
                 ${NEWSKG_E2E_WORK}/twice)

# (e) query Putin -called-> Macron by his Arabic and English names.
add_test(NAME e2e.query.putin-called-macron
         COMMAND bash ${NEWSKG_E2E_DIR}/query_called.sh $<TARGET_FILE:newskg> ${NEWSKG_SAMPLES}
                 ${NEWSKG_E2E_WORK}/query)

# Issue 11: export, query, stats and entities work without the data directory.
add_test(NAME e2e.cache.no-data-dir
         COMMAND bash ${NEWSKG_E2E_DIR}/no_data_dir.sh $<TARGET_FILE:newskg> ${NEWSKG_SAMPLES}
                 ${NEWSKG_E2E_WORK}/no-data-dir)

# (f) every evidence span and every mention equals the text it names.
add_test(NAME e2e.extract.spans
         COMMAND /usr/bin/python3 ${NEWSKG_E2E_DIR}/check_spans.py $<TARGET_FILE:newskg>
                 ${NEWSKG_SAMPLES})

set_tests_properties(e2e.extract.score e2e.export.validate PROPERTIES SKIP_RETURN_CODE 77)

# (g) stats prints the size and the top entities by each measure.
add_test(NAME e2e.stats.top
         COMMAND bash ${NEWSKG_E2E_DIR}/stats_top.sh $<TARGET_FILE:newskg> ${NEWSKG_SAMPLES}
                 ${NEWSKG_E2E_WORK}/stats)
# Issue 9: above 10,000 nodes the betweenness table is headed betweenness_estimate.
add_test(NAME e2e.stats.estimate
         COMMAND bash ${NEWSKG_E2E_DIR}/stats_estimate.sh $<TARGET_FILE:newskg>
                 ${NEWSKG_E2E_WORK}/stats-estimate)

# (h) the export filters: dates, predicates, types, mentions, confidence, ego network.
add_test(NAME e2e.export.filters
         COMMAND /usr/bin/python3 ${NEWSKG_E2E_DIR}/check_filters.py $<TARGET_FILE:newskg>
                 ${NEWSKG_SAMPLES} ${NEWSKG_E2E_WORK}/filters)
# (g) issue 6: incremental builds, crash safety, concurrency, parallel output,
# a streaming extract. The bigger corpora are made from ../shared's dev
# articles; the tests skip (77) without them.
set(newskg_corpus_args $<TARGET_FILE:newskg> ${PROJECT_SOURCE_DIR}/data ${NEWSKG_SAMPLES}
                       ${NEWSKG_SHARED_DIR})
add_test(NAME e2e.build.incremental
         COMMAND bash ${NEWSKG_E2E_DIR}/incremental.sh ${newskg_corpus_args}
                 ${NEWSKG_E2E_WORK}/incremental)
add_test(NAME e2e.build.killed
         COMMAND bash ${NEWSKG_E2E_DIR}/kill_build.sh ${newskg_corpus_args}
                 ${NEWSKG_E2E_WORK}/killed)
add_test(NAME e2e.build.concurrent
         COMMAND bash ${NEWSKG_E2E_DIR}/concurrent.sh ${newskg_corpus_args}
                 ${NEWSKG_E2E_WORK}/concurrent)
add_test(NAME e2e.build.parallel
         COMMAND bash ${NEWSKG_E2E_DIR}/parallel.sh ${newskg_corpus_args}
                 ${NEWSKG_E2E_WORK}/parallel)
add_test(NAME e2e.extract.streaming
         COMMAND /usr/bin/python3 ${NEWSKG_E2E_DIR}/streaming.py $<TARGET_FILE:newskg>
                 ${PROJECT_SOURCE_DIR}/data ${NEWSKG_SAMPLES})
set_tests_properties(e2e.build.incremental e2e.build.killed e2e.build.concurrent
                     e2e.build.parallel PROPERTIES SKIP_RETURN_CODE 77)
# The kill test times a build and kills at fractions of it: alone, so that
# another test's load does not shift its kill points much.
set_tests_properties(e2e.build.killed PROPERTIES RUN_SERIAL TRUE)
add_test(NAME e2e.build.shards-merge
         COMMAND bash ${NEWSKG_E2E_DIR}/shards.sh ${newskg_corpus_args}
                 ${NEWSKG_E2E_WORK}/shards)
add_test(NAME e2e.query.filters
         COMMAND bash ${NEWSKG_E2E_DIR}/query_filters.sh $<TARGET_FILE:newskg>
                 ${PROJECT_SOURCE_DIR}/data ${NEWSKG_SAMPLES} ${NEWSKG_E2E_WORK}/query-filters)
set_tests_properties(e2e.build.shards-merge PROPERTIES SKIP_RETURN_CODE 77)
# Issue 9: batched storing changes no export (build vs merge's one transaction
# per document vs a killed and resumed build, every format byte for byte).
add_test(NAME e2e.build.batched-exports
         COMMAND bash ${NEWSKG_E2E_DIR}/batched_exports.sh ${newskg_corpus_args}
                 ${NEWSKG_E2E_WORK}/batched-exports)
set_tests_properties(e2e.build.batched-exports PROPERTIES SKIP_RETURN_CODE 77)
add_test(NAME e2e.scale-out.dask
         COMMAND bash ${NEWSKG_E2E_DIR}/dask_scale_out.sh ${newskg_corpus_args}
                 ${NEWSKG_E2E_WORK}/dask ${PROJECT_SOURCE_DIR}/scale-out)
set_tests_properties(e2e.scale-out.dask PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)

# (i) Neo4j bulk import: CSV headers and rows, ids, types (exports.md §5), the Cypher script.
add_test(NAME e2e.export.neo4j
         COMMAND /usr/bin/python3 ${NEWSKG_E2E_DIR}/check_neo4j.py $<TARGET_FILE:newskg>
                 ${NEWSKG_SAMPLES} ${NEWSKG_E2E_WORK}/neo4j)

# Issue 10 item 9: an input directory with no article in it is reported, exit 4.
add_test(NAME e2e.input.no-articles
         COMMAND bash ${NEWSKG_E2E_DIR}/no_articles.sh $<TARGET_FILE:newskg> ${NEWSKG_E2E_WORK}/no-articles)
# Issue 12: extract's and build's summary counts the over-long sentences cut.
add_test(NAME e2e.input.sentences-split
         COMMAND bash ${NEWSKG_E2E_DIR}/sentences_split.sh $<TARGET_FILE:newskg> ${PROJECT_SOURCE_DIR}/data
                 ${NEWSKG_E2E_WORK}/sentences-split)
# Issue 10: GraphML node ids are entity ids; networkx reads the GraphML and the GEXF.
add_test(NAME e2e.export.readers
         COMMAND /usr/bin/python3 ${NEWSKG_E2E_DIR}/export_readers.py $<TARGET_FILE:newskg>
                 ${NEWSKG_SAMPLES} ${NEWSKG_SHARED_DIR} ${NEWSKG_E2E_WORK}/readers)
set_tests_properties(e2e.export.readers PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)

# (j) the HTML view in headless Chromium: no console error, drawn, evidence on a click.
add_test(NAME e2e.export.html
         COMMAND bash ${NEWSKG_E2E_DIR}/check_html.sh $<TARGET_FILE:newskg> ${NEWSKG_SAMPLES}
                 ${NEWSKG_E2E_WORK}/html ${NEWSKG_SHARED_DIR})
set_tests_properties(e2e.export.html PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)

# (k) PLOVER-style event JSON Lines parse; DOT renders with Graphviz.
add_test(NAME e2e.export.plover-dot
         COMMAND bash ${NEWSKG_E2E_DIR}/check_plover_dot.sh $<TARGET_FILE:newskg> ${NEWSKG_SAMPLES}
                 ${NEWSKG_E2E_WORK}/plover-dot)
set_tests_properties(e2e.export.plover-dot PROPERTIES SKIP_RETURN_CODE 77)

# (i) newskg eval prints what score.py prints: the dev predictions, perturbed
# predictions for 20 seeds, and articles scored directly.
add_test(NAME e2e.eval.matches-score-py
         COMMAND bash ${NEWSKG_E2E_DIR}/eval_matches_score.sh $<TARGET_FILE:newskg>
                 ${NEWSKG_SHARED_DIR} ${NEWSKG_E2E_WORK}/eval)
set_tests_properties(e2e.eval.matches-score-py PROPERTIES SKIP_RETURN_CODE 77)

# (l) issue 12: export -o never destroys a device, FIFO, the cache, a planted
# link's target, a file's mode or files in a directory newskg did not write.
foreach(case device fifo cache planted-link mode symlink neo4j-foreign neo4j-force neo4j-own)
  add_test(NAME e2e.export.safe-output.${case}
           COMMAND bash ${NEWSKG_E2E_DIR}/safe_output.sh $<TARGET_FILE:newskg> ${NEWSKG_SAMPLES}
                   ${NEWSKG_E2E_WORK}/safe-output-${case} ${case})
  set_tests_properties(e2e.export.safe-output.${case} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 60)
endforeach()
# Every command that writes standard output exits 4 when it cannot. Each row:
# a name, then the arguments separated by '|'.
set(stdout_commands
  "export|export|--quiet|--db|@DB@|-f|graphml"
  "extract|extract|--quiet|${NEWSKG_SAMPLES}"
  "query|query|--db|@DB@"
  "entities|entities|--db|@DB@"
  "stats|stats|--db|@DB@"
  "explain|explain|--quiet|${NEWSKG_SAMPLES}/libya-statements.en.txt"
  "eval|eval|--quiet|@GOLD@|${NEWSKG_SAMPLES}"
  "check-data|check-data"
  "help|--help"
  "version|--version"
)
foreach(row IN LISTS stdout_commands)
  string(REPLACE "|" ";" fields "${row}")
  list(POP_FRONT fields name)
  add_test(NAME "e2e.cli.stdout-full.${name}"
           COMMAND bash ${NEWSKG_E2E_DIR}/stdout_full.sh $<TARGET_FILE:newskg> ${NEWSKG_SAMPLES}
                   ${NEWSKG_E2E_WORK}/stdout-full-${name} ${fields})
  set_tests_properties("e2e.cli.stdout-full.${name}" PROPERTIES SKIP_RETURN_CODE 77)
endforeach()

# newskg eval --by predicate,language on the dev set: the rows of each table
# add up to the overall true positives, predicted and gold counts.
add_test(NAME e2e.eval.by-sums-to-total
         COMMAND bash ${NEWSKG_E2E_DIR}/eval_by_sums.sh $<TARGET_FILE:newskg>
                 ${NEWSKG_SHARED_DIR} ${NEWSKG_E2E_WORK}/eval-by)
set_tests_properties(e2e.eval.by-sums-to-total PROPERTIES SKIP_RETURN_CODE 77)

# Issue 12: a JSON line nested 150,000 deep is reported as FILE:LINE and the
# lines after it are read, by every reader of JSON Lines.
foreach(case extract extract-stdin build from-extracted eval)
  add_test(NAME e2e.input.deep-json.${case}
           COMMAND bash ${NEWSKG_E2E_DIR}/deep_json.sh $<TARGET_FILE:newskg> ${PROJECT_SOURCE_DIR}/data
                   ${NEWSKG_E2E_WORK}/deep-json-${case} ${case})
endforeach()

# Issue 12: dates are real calendar dates, checked in bounded work, by every command.
foreach(case extract build query export)
  add_test(NAME e2e.input.bad-dates.${case}
           COMMAND bash ${NEWSKG_E2E_DIR}/bad_dates.sh $<TARGET_FILE:newskg> ${PROJECT_SOURCE_DIR}/data
                   ${NEWSKG_E2E_WORK}/bad-dates-${case} ${case})
endforeach()
# Issue 12: control sequences from articles are shown escaped by query and explain.
add_test(NAME e2e.query.terminal-escapes
         COMMAND bash ${NEWSKG_E2E_DIR}/terminal_escapes.sh $<TARGET_FILE:newskg> ${PROJECT_SOURCE_DIR}/data
                 ${NEWSKG_E2E_WORK}/terminal-escapes)
# Issue 12: readers read a cache in a directory they cannot write, creating nothing there.
foreach(case export query entities stats)
  add_test(NAME e2e.cache.read-only-dir.${case}
           COMMAND bash ${NEWSKG_E2E_DIR}/readonly_cache.sh $<TARGET_FILE:newskg> ${NEWSKG_SAMPLES}
                   ${NEWSKG_E2E_WORK}/read-only-dir-${case} ${case})
  set_tests_properties(e2e.cache.read-only-dir.${case} PROPERTIES SKIP_RETURN_CODE 77)
endforeach()
# Issue 12: SQLite's errors during build and a foreign database name the file, exit 4.
foreach(case build-sqlite-error foreign-database)
  add_test(NAME e2e.cache.errors.${case}
           COMMAND bash ${NEWSKG_E2E_DIR}/cache_errors.sh $<TARGET_FILE:newskg> ${NEWSKG_SAMPLES}
                   ${NEWSKG_E2E_WORK}/cache-errors-${case} ${case})
  set_tests_properties(e2e.cache.errors.${case} PROPERTIES SKIP_RETURN_CODE 77)
endforeach()
# Issue 12: a rebuild stores a document's new title, date and url when its text is unchanged.
add_test(NAME e2e.build.metadata-changed
         COMMAND bash ${NEWSKG_E2E_DIR}/rebuild_metadata.sh $<TARGET_FILE:newskg> ${PROJECT_SOURCE_DIR}/data
                 ${NEWSKG_E2E_WORK}/metadata-changed)
set_tests_properties(e2e.build.metadata-changed PROPERTIES SKIP_RETURN_CODE 77)
# Issue 12: pipes and FIFOs are read as streams.
add_test(NAME e2e.input.pipes
         COMMAND bash ${NEWSKG_E2E_DIR}/stream_inputs.sh $<TARGET_FILE:newskg> ${PROJECT_SOURCE_DIR}/data
                 ${NEWSKG_SAMPLES} ${NEWSKG_SHARED_DIR} ${NEWSKG_E2E_WORK}/pipes)
set_tests_properties(e2e.input.pipes PROPERTIES SKIP_RETURN_CODE 77)
# Issue 10 item 4: --meta FILE dates .txt articles; the dates reach query,
# PLOVER, GraphML, GEXF (dynamic) and the HTML view; a bad table is refused
# with FILE:LINE.
foreach(case query exports extract errors)
  add_test(NAME e2e.input.meta.${case}
           COMMAND bash ${NEWSKG_E2E_DIR}/meta_dates.sh $<TARGET_FILE:newskg> ${PROJECT_SOURCE_DIR}/data
                   ${NEWSKG_SAMPLES} ${NEWSKG_SHARED_DIR} ${NEWSKG_E2E_WORK}/meta-${case} ${case})
endforeach()
# Issue 10 item 7: PLOVER by the manual and CAMEO2PLOVER-2021.txt; undated events skipped and counted.
add_test(NAME e2e.export.plover-manual
         COMMAND bash ${NEWSKG_E2E_DIR}/plover_manual.sh $<TARGET_FILE:newskg> ${PROJECT_SOURCE_DIR}/data
                 ${NEWSKG_SAMPLES} ${NEWSKG_E2E_WORK}/plover-manual)
# Issue 10 item 8: an edge's evidence in GraphML, GEXF, Neo4j CSV and HTML is its
# count and best three sentences, whatever the number of articles; cache and RDF keep all.
add_test(NAME e2e.export.evidence-bounded
         COMMAND bash ${NEWSKG_E2E_DIR}/evidence_bounded.sh $<TARGET_FILE:newskg> ${PROJECT_SOURCE_DIR}/data
                 ${NEWSKG_E2E_WORK}/evidence-bounded)
# Issue 10 item 11: every SQL example of docs/cache.md returns rows on samples/ dated by samples/dates.csv.
add_test(NAME e2e.docs.cache-queries
         COMMAND bash ${NEWSKG_E2E_DIR}/docs_queries.sh $<TARGET_FILE:newskg> ${PROJECT_SOURCE_DIR}/data
                 ${NEWSKG_SAMPLES} ${PROJECT_SOURCE_DIR}/docs/cache.md ${NEWSKG_E2E_WORK}/docs-queries)
set_tests_properties(e2e.docs.cache-queries PROPERTIES SKIP_RETURN_CODE 77)
# Issue 10 items 5 and 6: one name per entity in the cache, the CLI and every
# export (a romanization is @ar-Latn in RDF); every known name in the aliases.
foreach(case policy aliases)
  add_test(NAME e2e.export.names-${case}
           COMMAND bash ${NEWSKG_E2E_DIR}/entity_names.sh $<TARGET_FILE:newskg> ${PROJECT_SOURCE_DIR}/data
                   ${NEWSKG_SAMPLES} ${NEWSKG_SHARED_DIR} ${NEWSKG_E2E_WORK}/names-${case} ${case})
  set_tests_properties(e2e.export.names-${case} PROPERTIES SKIP_RETURN_CODE 77)
endforeach()
