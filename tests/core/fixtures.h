// A fixture of tests/data/ loaded the way the app loads a file, for the suites that check parsed values.
#pragma once

#include "core/load/snapshotloader.h"
#include "core/snapshot.h"
#include "testdata.h"

#include <gtest/gtest.h>

namespace md::test {

// The fixture's snapshot; a load failure fails the test and gives an empty snapshot.
inline Snapshot loadFixture(const QString &name)
{
    SnapshotLoadResult result = loadSnapshotFile(dataPath(name));
    EXPECT_TRUE(result.ok()) << result.error.toStdString();
    return result.snapshot.value_or(Snapshot{});
}

} // namespace md::test
