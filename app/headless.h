// What every headless command shares: exit statuses, error lines on stderr, loading the inputs given.
#pragma once

#include "core/csv/csvformat.h"
#include "core/csv/csvtable.h"
#include "core/snapshot.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace md::app {

// ExitAlertsFired: --alerts check printed alerts; ExitReadInPart: --import stored every file, but some
// without rows that could not be read or were past a limit (README, "Exit status").
enum ExitStatus { ExitOk = 0, ExitUsage = 1, ExitInputProblem = 2, ExitAlertsFired = 3, ExitReadInPart = 4 };

// "marketdesk: MESSAGE" on stderr.
void printError(const QString &message);

// A CSV table to --output: a file, written whole or not at all, or standard output for "-" (and for no
// --output when toStandardOutputWhenEmpty). ExitOk, or ExitInputProblem with the reason printed.
int writeCsvOutput(const CsvTable &table, const CsvFormat &format, const QString &output, bool toStandardOutputWhenEmpty = true);

struct LoadedInputs
{
    QVector<Snapshot> snapshots;      // the inputs that could be read, in the order given
    QVector<QDateTime> fileModified;  // per snapshot: its file's modification time (invalid for a URL)
    bool allRead = true;              // false when any input failed (each failure was printed)
};

// Loads files and http(s) addresses in order; prints a message naming each input that fails.
LoadedInputs loadInputs(const QStringList &inputs);

} // namespace md::app
