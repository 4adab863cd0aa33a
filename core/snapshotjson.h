// Snapshot ⇄ JSON, in the documented --dump-json shape (keys in the documented order).
#pragma once

#include "core/snapshot.h"

#include <QByteArray>
#include <QJsonObject>
#include <QVector>

#include <optional>

namespace md {

// One snapshot as a JSON object, pretty-printed with the given indent (in spaces) per level.
QByteArray snapshotToJson(const Snapshot &snapshot, int indent = 2, int level = 0);

// A JSON array of snapshots, as `marketdesk --dump-json` prints it.
QByteArray snapshotsToJson(const QVector<Snapshot> &snapshots);

// Reads an object written by snapshotToJson; nothing when it is not one.
std::optional<Snapshot> snapshotFromJson(const QJsonObject &object);

} // namespace md
