// The settings store: the user's QSettings, or a map in memory for headless runs.
#include "core/settings/settings.h"

#include <QSettings>
#include <QStandardPaths>

namespace md {
namespace {

// Non-null while an InMemorySettings is alive (GUI thread only, like the window that reads settings).
QVariantMap *memoryStore = nullptr;

} // namespace

QVariant SettingsStore::value(const QString &key)
{
    if (memoryStore)
        return memoryStore->value(key);
    return QSettings().value(key);
}

void SettingsStore::setValue(const QString &key, const QVariant &value)
{
    if (memoryStore)
        memoryStore->insert(key, value);
    else
        QSettings().setValue(key, value);
}

void SettingsStore::remove(const QString &key)
{
    if (memoryStore)
        memoryStore->remove(key);
    else
        QSettings().remove(key);
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
