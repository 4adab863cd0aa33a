# The docs' pictures, made again from files in the repository: `cmake --build build --target docs-pictures`.
# Run by that target as cmake -P with MARKETDESK (the program), PSXGEN_FILES (tests/tools/psxgen-files),
# SOURCE_DIR and WORK_DIR set. Every input is a file of tests/data, or made by psxgen-files (a seeded,
# made-up market) in WORK_DIR; nothing is read from outside the repository. The README's captions say what
# each picture shows; tests/library/docpictures_test.cpp checks their counts against these inputs.
cmake_minimum_required(VERSION 3.21)

foreach(var MARKETDESK PSXGEN_FILES SOURCE_DIR WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "docs/pictures.cmake: ${var} is not set (run it through the docs-pictures target)")
    endif()
endforeach()

set(ENV{QT_QPA_PLATFORM} offscreen)
set(data "${SOURCE_DIR}/tests/data")
set(docs "${SOURCE_DIR}/docs")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

# Runs the program; a status outside `allowed` (default 0) stops the target with what the program said.
function(marketdesk)
    cmake_parse_arguments(ARG "" "" "ALLOWED" ${ARGN})
    if(NOT ARG_ALLOWED)
        set(ARG_ALLOWED 0)
    endif()
    execute_process(COMMAND "${MARKETDESK}" ${ARG_UNPARSED_ARGUMENTS}
                    RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE errors)
    if(NOT status IN_LIST ARG_ALLOWED)
        message(FATAL_ERROR "marketdesk ${ARG_UNPARSED_ARGUMENTS}\nexited ${status}:\n${errors}")
    endif()
endfunction()

# The articles of tests/data (news pages, text copies, the cement story saved three ways).
set(article_names
    alerts-lowercase-words.txt alerts-pso-news.txt article-cards-modal-table.html article-page-builder-widgets.html
    article-share-bar-body.html brecorder-2020-08-12-old-template.html brecorder-2023-12-22-masthead.txt
    brecorder-2024-12-10-windows1252.html brecorder-2025-01-29-cement-base64.mhtml
    brecorder-2025-01-29-cement-chrome.mhtml brecorder-2025-01-29-cement.html mettis-2025-03-03-sidebar.txt
    propakistani-2023-12-01-top-volumes.txt text-2016-reserved.txt text-2021-reserved-under-2024-ticker.txt
    text-2021-widgets-recorder-report.txt text-2022-masthead-single-newlines.txt text-2023-masthead-no-author.txt
    text-2024-agency-truncated.txt)
file(MAKE_DIRECTORY "${WORK_DIR}/articles")
foreach(name IN LISTS article_names)
    file(COPY "${data}/${name}" DESTINATION "${WORK_DIR}/articles")
endforeach()

# docs/screenshot.png: three Business Recorder pages saved in 2020, 2023 and 2024.
message(STATUS "docs/screenshot.png")
marketdesk(--screenshot "${docs}/screenshot.png" "${data}/brecorder-2020-08-12-old-template.html"
           "${data}/brecorder-2023-12-22-masthead.txt" "${data}/brecorder-2024-12-10-windows1252.html")

# docs/reader.png: the article reader on a ProPakistani text copy.
message(STATUS "docs/reader.png")
marketdesk(--screenshot "${docs}/reader.png" --view article "${data}/propakistani-2023-12-01-top-volumes.txt")

# docs/reader-urdu.png: the article reader on an Urdu text copy (needs an Urdu face: fonts-noto-core).
message(STATUS "docs/reader-urdu.png")
marketdesk(--screenshot "${docs}/reader-urdu.png" --view article "${data}/urdu-text-2023-12-22-psx-session.txt")

# The same dashboard and reader in the dark theme (issue 22: every chart and the reader take the theme).
message(STATUS "docs/screenshot-dark.png")
marketdesk(--screenshot "${docs}/screenshot-dark.png" --theme dark "${data}/brecorder-2020-08-12-old-template.html"
           "${data}/brecorder-2023-12-22-masthead.txt" "${data}/brecorder-2024-12-10-windows1252.html")
message(STATUS "docs/reader-dark.png")
marketdesk(--screenshot "${docs}/reader-dark.png" --view article --theme dark "${data}/propakistani-2023-12-01-top-volumes.txt")

# docs/history.png and docs/history-dark.png: the Library's KSE-100 history over news pages whose market time
# the evidence gives (a page's own date or its article agreeing with its ticker), in both themes.
set(dated_names brecorder-2020-08-12-old-template.html brecorder-2023-12-22-masthead.txt
    brecorder-2024-12-10-windows1252.html brecorder-2025-01-29-cement.html propakistani-2023-12-01-top-volumes.txt
    text-2022-masthead-single-newlines.txt text-2023-masthead-no-author.txt)
file(MAKE_DIRECTORY "${WORK_DIR}/dated")
foreach(name IN LISTS dated_names)
    file(COPY "${data}/${name}" DESTINATION "${WORK_DIR}/dated")
endforeach()
marketdesk(--import "${WORK_DIR}/dated" --library "${WORK_DIR}/dated.sqlite")
message(STATUS "docs/history.png")
marketdesk(--screenshot "${docs}/history.png" --view history --theme light --library "${WORK_DIR}/dated.sqlite")
message(STATUS "docs/history-dark.png")
marketdesk(--screenshot "${docs}/history-dark.png" --view history --theme dark --library "${WORK_DIR}/dated.sqlite")

# docs/search.png: Search Articles over a library of the articles above.
message(STATUS "docs/search.png")
marketdesk(--import "${WORK_DIR}/articles" --library "${WORK_DIR}/search.sqlite")
marketdesk(--screenshot "${docs}/search.png" --view search --query "shares index" --library "${WORK_DIR}/search.sqlite")

# docs/alerts.png: seven rules; three older pages imported ("(import)" rows), then five pages opened.
message(STATUS "docs/alerts.png")
set(alerts_library "${WORK_DIR}/alerts.sqlite")
foreach(rule "KSE100 above 110000" "KSE100 below 100000" "LUCK above 1000" "OGDC move 3%" "KEL volume 50000000"
             "news PSO" "keyword \"policy rate\"")
    marketdesk(--alerts add "${rule}" --library "${alerts_library}")
endforeach()
file(MAKE_DIRECTORY "${WORK_DIR}/old")
foreach(name brecorder-2020-08-12-old-template.html brecorder-2023-12-22-masthead.txt text-2023-masthead-no-author.txt)
    file(COPY "${data}/${name}" DESTINATION "${WORK_DIR}/old")
endforeach()
marketdesk(--import "${WORK_DIR}/old" --library "${alerts_library}")
marketdesk(--screenshot "${docs}/alerts.png" --view alerts --library "${alerts_library}"
           "${data}/psx-close-2024-12-10.txt" "${data}/alerts-pso-news.txt" "${data}/brecorder-2025-01-29-cement.html"
           "${data}/psx-market-watch-badges.html" "${data}/text-2021-widgets-recorder-report.txt")

# docs/news-by-symbol.png: the articles above and the exchange's files of tests/data (OGDC's sessions).
message(STATUS "docs/news-by-symbol.png")
set(news_library "${WORK_DIR}/news.sqlite")
file(MAKE_DIRECTORY "${WORK_DIR}/exchange")
foreach(name OGDC.json psx-closing-rates-31DEC2021.lis psx-closing-rates-14JUN2024.lis psx-historical-2024-12-10.html)
    file(COPY "${data}/${name}" DESTINATION "${WORK_DIR}/exchange")
endforeach()
marketdesk(--import "${WORK_DIR}/articles" --library "${news_library}")
marketdesk(--import "${WORK_DIR}/exchange" --library "${news_library}")
marketdesk(--screenshot "${docs}/news-by-symbol.png" --view news --library "${news_library}"
           "${data}/psx-market-watch-badges.html")

# A made-up market of 560 symbols over 35 sectors, a year of sessions (psxgen-files, seeded): closing-rate files,
# the KSE-100 on a news ticker a day, the last session's board.
execute_process(COMMAND "${PSXGEN_FILES}" "${WORK_DIR}/market" 560 250 RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "psxgen-files exited ${status}")
endif()
set(board "${WORK_DIR}/market/market-watch.html")
set(board_library "${WORK_DIR}/board.sqlite")

# docs/sectors.png and docs/watchlist.png: the generated board, eight starred symbols.
message(STATUS "docs/sectors.png")
marketdesk(--screenshot "${docs}/sectors.png" --view sectors "${board}")
message(STATUS "docs/watchlist.png")
marketdesk(--library "${board_library}" --watchlist add GNJZ FYINX EMN ELYUZ MPU UEAPF XGMD LAKCC)
marketdesk(--screenshot "${docs}/watchlist.png" --view watchlist --library "${board_library}" "${board}")

# docs/candles.png: a year of the generated market's closing-rate files, the board's first symbol.
message(STATUS "docs/candles.png")
marketdesk(--import "${WORK_DIR}/market/closing" --library "${board_library}")
marketdesk(--screenshot "${docs}/candles.png" --view candles --library "${board_library}" "${board}")
message(STATUS "docs/candles-dark.png")
marketdesk(--screenshot "${docs}/candles-dark.png" --view candles --theme dark --library "${board_library}" "${board}")

# docs/portfolio.png: the Portfolio page over the same year of the generated market, with the twelve
# transactions of tests/data/portfolio-psxgen-2024.csv and the market's KSE-100 (closing-rate files carry no
# index; psxgen-files writes its level on a news ticker a day) rebased to the portfolio's value.
message(STATUS "docs/portfolio.png")
marketdesk(--import "${WORK_DIR}/market/index" --library "${board_library}")
marketdesk(--transactions import "${data}/portfolio-psxgen-2024.csv" --library "${board_library}")
marketdesk(--screenshot "${docs}/portfolio.png" --view portfolio --library "${board_library}")

# docs/candles-weekly.png: six years of a smaller made-up market (40 symbols), the chart under 5Y, where daily
# candles would be under 2 pixels wide and the chart draws one candle a week.
message(STATUS "docs/candles-weekly.png")
execute_process(COMMAND "${PSXGEN_FILES}" "${WORK_DIR}/years" 40 1500 RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "psxgen-files exited ${status}")
endif()
set(years_library "${WORK_DIR}/years.sqlite")
marketdesk(--import "${WORK_DIR}/years/closing" --library "${years_library}")
marketdesk(--screenshot "${docs}/candles-weekly.png" --view candles --range 5Y --library "${years_library}"
           "${WORK_DIR}/years/market-watch.html")
