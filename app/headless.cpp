// Shared pieces of the headless commands.
#include "app/headless.h"

#include "core/network/pageinput.h"

#include <QFileInfo>

#include <cstdio>

namespace md::app {

void printError(const QString &message)
{
    const QByteArray bytes = message.toLocal8Bit();
    std::fprintf(stderr, "marketdesk: %s\n", bytes.constData());
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
