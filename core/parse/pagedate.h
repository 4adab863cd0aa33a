// Dates and times as news pages print them: "Dec 06, 2024 05:53pm", "January 29, 2025", ISO 8601, "31DEC2021".
#pragma once

#include "core/timestamp.h"

#include <QStringView>

namespace md {

// Parses a whole string as a date or date-time; an invalid Timestamp when it is not one.
// A date without a time is a date (Timestamp::fromDate), never midnight; a time without an offset stays as printed (wall clock).
Timestamp parsePageDateTime(QStringView text);

// The first date printed inside a short line, with its time when one follows: "Erstellt von Fabian am Dienstag
// 6. Mai 2014" → 2014-05-06, "Beitrag von r23 » 21.01.2009, 05:42" → 2009-01-21T05:42. The longest run of
// words that reads as a date wins; an invalid Timestamp when the line holds none (or is longer than 160).
Timestamp findDateIn(QStringView line);

// The date in a page's address, as blogs and news sites write it in the path: ".../2019/10/16/slug/",
// ".../2019-10-16/..."; an invalid Timestamp when the path holds none.
Timestamp dateInAddress(QStringView url);

// The date a saved file's name holds, as people name their snapshots: "brecorder-2024-12-06.txt",
// "psx_20241206.html", "KSE 06-12-2024.mhtml" (day first, read only when the day cannot be the month),
// "Business Recorder 6 Dec 2024.html"; a date without a time. Only the name is read, never the folders; an
// invalid Timestamp when the name holds no whole date (a year alone, "12-06" or a number like an id is none).
Timestamp dateInFileName(QStringView path);

// The date a paragraph opens with, before a dash, a colon or a bracket: "27.1.2022 - Bei der …", "(21. November
// 2022) Energieverbraucher …", "March 3, 2025 (MLN): …"; an invalid Timestamp otherwise.
Timestamp dateOpening(QStringView paragraph);

} // namespace md
