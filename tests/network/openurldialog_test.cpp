// The Open URL dialog, driven with QTest under the offscreen platform.
#include "ui/network/openurldialog.h"

#include "tests/core/testdata.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

namespace md::test {
namespace {

using namespace std::chrono_literals;

struct DialogParts
{
    explicit DialogParts(ui::OpenUrlDialog &dialog)
        : address(dialog.findChild<QLineEdit *>(QStringLiteral("address")))
        , interval(dialog.findChild<QSpinBox *>(QStringLiteral("refreshInterval")))
        , problem(dialog.findChild<QLabel *>(QStringLiteral("problem")))
        , open(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open))
    {
    }
    QLineEdit *address;
    QSpinBox *interval;
    QLabel *problem;
    QPushButton *open;
};

TEST(OpenUrlDialog, OpenIsEnabledOnlyForAWebAddress)
{
    ui::OpenUrlDialog dialog;
    const DialogParts parts(dialog);
    ASSERT_TRUE(parts.address && parts.interval && parts.problem && parts.open);

    EXPECT_FALSE(parts.open->isEnabled());
    EXPECT_TRUE(parts.problem->text().isEmpty());

    QTest::keyClicks(parts.address, QStringLiteral("ftp://files.example.org/page.html"));
    EXPECT_FALSE(parts.open->isEnabled());
    EXPECT_EQ(parts.problem->text(), QStringLiteral("Enter a web address starting with http:// or https://."));
    EXPECT_TRUE(dialog.url().isEmpty());

    parts.address->clear();
    QTest::keyClicks(parts.address, QStringLiteral("www.brecorder.com/markets"));
    EXPECT_TRUE(parts.open->isEnabled());
    EXPECT_TRUE(parts.problem->text().isEmpty());
    EXPECT_EQ(dialog.url(), QUrl(QStringLiteral("https://www.brecorder.com/markets")));
}

TEST(OpenUrlDialog, RefreshIsOffByDefaultAndCountsWholeMinutes)
{
    ui::OpenUrlDialog dialog;
    const DialogParts parts(dialog);
    EXPECT_EQ(dialog.refreshInterval(), 0min);
    EXPECT_EQ(parts.interval->text(), QStringLiteral("Off"));

    parts.interval->stepUp();
    EXPECT_EQ(dialog.refreshInterval(), 1min);  // the shortest interval after Off
    EXPECT_EQ(parts.interval->text(), QStringLiteral("1 min"));

    dialog.setRefreshInterval(15min);
    EXPECT_EQ(parts.interval->value(), 15);
    dialog.setRefreshInterval(-3min);
    EXPECT_EQ(dialog.refreshInterval(), 0min);
    dialog.setRefreshInterval(100000min);
    EXPECT_EQ(dialog.refreshInterval(), std::chrono::minutes(ui::OpenUrlDialog::kMaxRefreshMinutes));
}

TEST(OpenUrlDialog, OpenAcceptsWithTheAddressAndInterval)
{
    ui::OpenUrlDialog dialog;
    const DialogParts parts(dialog);
    dialog.setAddressText(QStringLiteral("  http://127.0.0.1:8080/psx  "));
    dialog.setRefreshInterval(5min);
    dialog.show();

    QTest::mouseClick(parts.open, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.url(), QUrl(QStringLiteral("http://127.0.0.1:8080/psx")));
    EXPECT_EQ(dialog.refreshInterval(), 5min);
}

} // namespace
} // namespace md::test
