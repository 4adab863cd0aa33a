// The settings store: the user's QSettings, or a map in memory for headless runs.
#include "core/settings/settings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

namespace md {
namespace {

// Non-null while an InMemorySettings is alive (GUI thread only, like the window that reads settings).
QVariantMap *memoryStore = nullptr;

// The application thread's QSettings, made once: constructing one looks up every settings file, and the
// window reads a dozen settings while it starts. Deleted (and written) with the application. Other
// QSettings objects of the process see its changes at once, and it sees theirs.
QSettings *sharedSettings = nullptr;

void deleteSharedSettings()
{
    delete sharedSettings;
    sharedSettings = nullptr;
}

// Runs f on the application thread's QSettings, or on one of its own on another thread.
template <typename F>
auto withUserSettings(F &&f)
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread()) {
        QSettings own;
        return f(own);
    }
    if (!sharedSettings) {
        sharedSettings = new QSettings;
        qAddPostRoutine(deleteSharedSettings);
    }
    return f(*sharedSettings);
}

} // namespace

QVariant SettingsStore::value(const QString &key)
{
    if (memoryStore)
        return memoryStore->value(key);
    return withUserSettings([&key](QSettings &settings) { return settings.value(key); });
}

void SettingsStore::setValue(const QString &key, const QVariant &value)
{
    if (memoryStore)
        memoryStore->insert(key, value);
    else
        withUserSettings([&](QSettings &settings) { settings.setValue(key, value); });
}

void SettingsStore::remove(const QString &key)
{
    if (memoryStore)
        memoryStore->remove(key);
    else
        withUserSettings([&key](QSettings &settings) { settings.remove(key); });
}

bool SettingsStore::isInMemory()
{
    return memoryStore != nullptr;
}

InMemorySettings::InMemorySettings()
    : m_previous(memoryStore)
{
    memoryStore = &m_values;
}

InMemorySettings::~InMemorySettings()
{
    memoryStore = m_previous;
}

namespace settings {

QString downloadsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString picturesFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
}

} // namespace settings
} // namespace md
