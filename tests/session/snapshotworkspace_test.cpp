// SnapshotWorkspace: the current snapshot's tables follow the collection's current snapshot.
#include "core/models/commentsmodel.h"
#include "core/models/indicesmodel.h"
#include "core/models/quotesmodel.h"
#include "core/models/snapshotcollection.h"
#include "core/session/snapshotworkspace.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>

using namespace md;
using namespace md::test;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

} // namespace

TEST(SnapshotWorkspace, RefillsTheCurrentTablesWhenTheCurrentSnapshotChanges)
{
    SnapshotWorkspace workspace;
    QAbstractItemModelTester quotesTester(workspace.quotes(), kFatal);
    const Snapshot fixture = loadFixture(QStringLiteral("psx-close-2024-12-10.txt"));
    workspace.collection()->add(opened(fixture, QStringLiteral("psx")));
    EXPECT_EQ(workspace.quotes()->rowCount(), 0);  // nothing is current yet
    workspace.collection()->setCurrentRow(0);
    EXPECT_EQ(workspace.quotes()->rowCount(), 10);
    EXPECT_EQ(workspace.indices()->rowCount(), 4);
    EXPECT_EQ(workspace.comments()->rowCount(), 2);
    workspace.collection()->removeAt(0);
    EXPECT_EQ(workspace.quotes()->rowCount(), 0);
    EXPECT_EQ(workspace.currentSnapshot(), nullptr);
}
