// Helpers shared by the test suites: opened snapshots, quote literals, model columns, settings resets.
#pragma once

#include "core/load/snapshotloader.h"
#include "core/models/snapshotcollection.h"
#include "core/snapshot.h"
#include "tests/core/fixtures.h"
#include "tests/core/testdata.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QSettings>

#include <gtest/gtest.h>

namespace md::test {

inline OpenedSnapshot opened(const Snapshot &snapshot, const QString &key)
{
    OpenedSnapshot o;
    o.snapshot = snapshot;
    o.key = key;
    return o;
}

// A list of UTF-8 literals (the core forbids implicit casts from char strings).
inline QStringList texts(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

inline IndexValue indexValue(const char *name, double value, double change, double percent)
{
    return IndexValue{QString::fromLatin1(name), value, change, percent};
}

inline Quote quote(const char *symbol, double price, double change, double percent)
{
    return Quote{QString::fromLatin1(symbol), price, change, percent};
}

// Values of one column, top to bottom, in a role.
inline QStringList columnText(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, column).data(role).toString());
    return out;
}

// A file's bytes; "(missing)" when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

inline void clearSettings()
{
    QSettings().clear();
}

} // namespace md::test
