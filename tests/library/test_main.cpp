// GoogleTest main for library_tests: a QApplication (offscreen unless a platform is chosen) for the widgets,
// with throw-away settings (the history views remember their presets and averages).
#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

// Every test starts from empty settings, as it does when ctest runs it alone: what one test chose (a chart's
// preset, a column's width) is never another's starting point when the whole binary runs at once.
class FreshSettings : public ::testing::EmptyTestEventListener
{
    void OnTestStart(const ::testing::TestInfo &) override { QSettings().clear(); }
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MarketDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("library_tests"));
    // Never the user's settings: every run starts from an empty settings folder.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    // Display text in the tests is English-formatted whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::UnitTest::GetInstance()->listeners().Append(new FreshSettings);
    return RUN_ALL_TESTS();
}
