// Typed settings: defaults, values stored by QSettings read back as their type, the in-memory store.
#include "core/settings/settings.h"
#include "tests/core/testdata.h"

#include <QSettings>

#include <gtest/gtest.h>

using namespace md;

namespace {

class SettingsTest : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }
};

} // namespace

TEST_F(SettingsTest, AMissingSettingReadsAsItsDefault)
{
    EXPECT_EQ(settings::tickerSpeed.value(), 60.0);
    EXPECT_FALSE(settings::tickerReducedMotion.value());
    EXPECT_TRUE(settings::recentFiles.value().isEmpty());
    EXPECT_EQ(settings::dashboardTab.value(), 0);
    // A default that depends on the machine is worked out when read.
    EXPECT_EQ(settings::openFolder.value(), settings::downloadsFolder());
}

TEST_F(SettingsTest, KeepsTheKeysExistingUsersHave)
{
    // What earlier versions wrote is read as before.
    QSettings old;
    old.setValue(QStringLiteral("ticker/speed"), 120.0);
    old.setValue(QStringLiteral("appearance/theme"), QStringLiteral("dark"));
    old.setValue(QStringLiteral("recent/files"), QStringList{QStringLiteral("/a.txt"), QStringLiteral("/b.txt")});
    old.setValue(QStringLiteral("window/tab"), 1);
    old.sync();
    EXPECT_EQ(settings::tickerSpeed.value(), 120.0);
    EXPECT_EQ(settings::theme.value(), QStringLiteral("dark"));
    EXPECT_EQ(settings::recentFiles.value(), (QStringList{QStringLiteral("/a.txt"), QStringLiteral("/b.txt")}));
    EXPECT_EQ(settings::dashboardTab.value(), 1);
}

TEST_F(SettingsTest, SetAndResetGoThroughTheUsersSettings)
{
    settings::tickerReducedMotion.set(true);
    EXPECT_TRUE(QSettings().value(QStringLiteral("ticker/reducedMotion")).toBool());
    EXPECT_TRUE(settings::tickerReducedMotion.value());
    settings::tickerReducedMotion.reset();
    EXPECT_FALSE(QSettings().contains(QStringLiteral("ticker/reducedMotion")));
    EXPECT_FALSE(settings::tickerReducedMotion.value());
}

TEST_F(SettingsTest, AnInMemoryStoreReadsDefaultsAndNeverTouchesTheUsersSettings)
{
    settings::tickerSpeed.set(30.0);
    {
        const InMemorySettings scope;
        EXPECT_TRUE(SettingsStore::isInMemory());
        EXPECT_EQ(settings::tickerSpeed.value(), 60.0);  // the user's 30 is not read
        settings::tickerSpeed.set(120.0);
        settings::sessionFiles.set({QStringLiteral("/tmp/x.txt")});
        EXPECT_EQ(settings::tickerSpeed.value(), 120.0);
        {
            const InMemorySettings inner;
            EXPECT_EQ(settings::tickerSpeed.value(), 60.0);
        }
        EXPECT_EQ(settings::tickerSpeed.value(), 120.0);
    }
    EXPECT_FALSE(SettingsStore::isInMemory());
    EXPECT_EQ(settings::tickerSpeed.value(), 30.0);
    EXPECT_FALSE(QSettings().contains(QStringLiteral("session/files")));
}

TEST_F(SettingsTest, AValueOfTheWrongTypeReadsAsTheDefault)
{
    QSettings().setValue(QStringLiteral("window/geometry"), QVariantMap{{QStringLiteral("a"), 1}});
    EXPECT_TRUE(settings::windowGeometry.value().isEmpty());
}
