// GoogleTest main for a core test suite: a QCoreApplication (no widgets), throw-away settings, English formats.
#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MarketDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("core_suite_tests"));
    // Never the user's settings: every run starts from an empty settings folder.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    // Display strings are asserted exactly: English number formats.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
