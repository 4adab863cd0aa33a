// Shared pieces of the headless commands.
#include "app/headless.h"

#include "core/csv/csvwriter.h"
#include "core/network/pageinput.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

namespace md::app {

void printError(const QString &message)
{
    const QByteArray bytes = message.toLocal8Bit();
    std::fprintf(stderr, "marketdesk: %s\n", bytes.constData());
}

int writeCsvOutput(const CsvTable &table, const CsvFormat &format, const QString &output, bool toStandardOutputWhenEmpty)
{
    if (output != QLatin1String("-") && !(output.isEmpty() && toStandardOutputWhenEmpty)) {
        const CsvSaveResult saved = saveCsvFile(table, format, output);
        if (!saved.ok()) {
            printError(saved.error);
            return ExitInputProblem;
        }
        return ExitOk;
    }
    // File descriptor 1, directly and unbuffered (the writer hands over large chunks), so a write error such as
    // a full disk is seen and reported.
    std::fflush(stdout);
#ifdef Q_OS_WIN
    _setmode(_fileno(stdout), _O_BINARY);  // CR LF must not become CR CR LF
#endif
    QFile out;
    QString reason;
    bool ok = out.open(1, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
    if (!ok)
        reason = out.errorString();
    else
        ok = CsvWriter(format).write(table, out, &reason);
    if (!ok) {
        printError(QCoreApplication::translate("md", "standard output: cannot be written (%1)").arg(reason));
        return ExitInputProblem;
    }
    return ExitOk;
}

LoadedInputs loadInputs(const QStringList &inputs)
{
    LoadedInputs loaded;
    const FetchOptions fetchOptions = FetchOptions::fromSettings();
    for (const QString &input : inputs) {
        // a file, or an http(s) address fetched now: either way parsed the same, in the order given
        SnapshotLoadResult result = loadSnapshotInput(input, fetchOptions);
        if (!result.ok()) {
            printError(result.error);
            loaded.allRead = false;
            continue;
        }
        loaded.snapshots.append(std::move(*result.snapshot));
        loaded.fileModified.append(isWebAddress(input) ? QDateTime() : QFileInfo(input).lastModified());
    }
    return loaded;
}

} // namespace md::app
