// Every setting MarketDesk keeps, each declared once with its key, type and default, and the store they live in.
#pragma once

#include "core/library/historyrange.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace md {

// Where settings are read and written: the user's QSettings, or, while an InMemorySettings is alive
// (headless screenshots), a map in memory that starts empty and is forgotten. Call sites never ask which.
class SettingsStore
{
public:
    static QVariant value(const QString &key);
    static void setValue(const QString &key, const QVariant &value);
    static void remove(const QString &key);
    static bool isInMemory();
};

// While alive, every setting reads its default (or what was set since) and nothing reaches the user's
// settings. Scopes nest; the store before is back when the scope ends.
class InMemorySettings
{
public:
    InMemorySettings();
    ~InMemorySettings();
    InMemorySettings(const InMemorySettings &) = delete;
    InMemorySettings &operator=(const InMemorySettings &) = delete;

private:
    QVariantMap *m_previous;
    QVariantMap m_values;
};

// One setting: its key (as stored, so existing users' settings keep working), its type and its default.
// A stored value that cannot be read as T reads as the default.
template <typename T>
class Setting
{
public:
    using DefaultFunction = T (*)();

    explicit Setting(const char *key, T defaultValue = T())
        : m_key(QString::fromLatin1(key)), m_default(std::move(defaultValue))
    {
    }
    // A default that depends on the machine (a standard folder), worked out when read.
    Setting(const char *key, DefaultFunction defaultFunction)
        : m_key(QString::fromLatin1(key)), m_defaultFunction(defaultFunction)
    {
    }

    const QString &key() const { return m_key; }
    T defaultValue() const { return m_defaultFunction ? m_defaultFunction() : m_default; }
    T value() const
    {
        const QVariant stored = SettingsStore::value(m_key);
        if (!stored.isValid() || !stored.canConvert<T>())
            return defaultValue();
        return stored.value<T>();
    }
    void set(const T &value) const { SettingsStore::setValue(m_key, QVariant::fromValue(value)); }
    // Back to the default (the key is removed).
    void reset() const { SettingsStore::remove(m_key); }

private:
    QString m_key;
    T m_default{};
    DefaultFunction m_defaultFunction = nullptr;
};

namespace settings {

QString downloadsFolder();
QString documentsFolder();
QString picturesFolder();

// The window and its dashboard.
inline const Setting<QByteArray> windowGeometry{"window/geometry"};
inline const Setting<QByteArray> dashboardSplitter{"window/splitter"};
inline const Setting<int> dashboardTab{"window/tab", 0};  // 0 Charts, 1 Article, 2 Sectors
inline const Setting<QString> theme{"appearance/theme"};  // "system" (also when empty), "light", "dark"
inline const Setting<double> tickerSpeed{"ticker/speed", 60.0};  // pixels per second
inline const Setting<bool> tickerReducedMotion{"ticker/reducedMotion", false};
// The ticker's quotes: the whole board, or (false) the news ticker's 30 (TickerProxyModel::newsTickerRows).
inline const Setting<bool> tickerWholeBoard{"ticker/wholeBoard", false};
inline const Setting<bool> tickerWatchlistFirst{"ticker/watchlistFirst", false};
inline const Setting<QByteArray> moversHeader{"movers/header"};
inline const Setting<int> moversDirection{"movers/direction", 0};  // MoversProxyModel::Direction
inline const Setting<QByteArray> sectorsHeader{"sectors/header"};

// The Library's history charts: the range preset last chosen (a RangePreset id; one the chart does not offer
// reads as its default) and the symbol chart's moving averages shown (their periods: "20", "50", "200").
inline const Setting<int> symbolHistoryPreset{"history/symbolPreset", int(RangePreset::Year)};
inline const Setting<QStringList> symbolHistoryAverages{"history/symbolAverages"};
inline const Setting<int> indexHistoryPreset{"history/indexPreset", int(RangePreset::All)};
// The portfolio's chart: both as returns in % (true, the default: a buy raises the value but is no gain), or
// its value beside the KSE-100 rebased to it (false).
inline const Setting<bool> portfolioChartReturns{"portfolio/chartReturns", true};

// Folders the file dialogs start in.
inline const Setting<QString> openFolder{"open/lastFolder", &downloadsFolder};
inline const Setting<QString> chartsFolder{"charts/lastFolder", &picturesFolder};
inline const Setting<QString> exportFolder{"export/lastFolder", &documentsFolder};
// The export dialog's last choices.
inline const Setting<QString> exportPreset{"export/preset"};  // csvPresetName(); empty: CSV
inline const Setting<QString> exportTable{"export/table"};    // csvTableName(); empty: quotes
inline const Setting<bool> exportAllOpen{"export/allOpen", false};

// The session: what was open, in opening order; web pages that refresh by themselves (address → minutes).
inline const Setting<QStringList> sessionFiles{"session/files"};
inline const Setting<QVariantMap> sessionRefreshMinutes{"session/refreshMinutes"};
inline const Setting<QStringList> recentFiles{"recent/files"};  // newest first
constexpr int kMaxRecentFiles = 10;

// Page downloads (docs/network.md). Read by FetchOptions, which keeps its defaults for missing or bad values.
inline const Setting<QVariant> networkTransferTimeoutSeconds{"network/transferTimeoutSeconds"};
inline const Setting<QVariant> networkTotalDeadlineSeconds{"network/totalDeadlineSeconds"};
inline const Setting<QVariant> networkMaxDownloadMegabytes{"network/maxDownloadMegabytes"};
inline const Setting<QVariant> networkMaxRedirects{"network/maxRedirects"};

} // namespace settings
} // namespace md
