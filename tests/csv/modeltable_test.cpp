// Tables from item models: a sorted, filtered proxy exports exactly its rows, numbers from RawValueRole.
#include "core/csv/csvwriter.h"
#include "core/csv/modeltable.h"
#include "core/models/modelroles.h"

#include "csvtestdata.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace md;
using namespace md::test;

namespace {

// Quotes shown the way a view would: formatted display text, raw values behind it.
class QuotesTestModel : public QAbstractTableModel
{
public:
    enum Column { Symbol, Price, Change, ChangePercent, ColumnCount };

    explicit QuotesTestModel(QVector<Quote> quotes) : m_quotes(std::move(quotes)) {}

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_quotes.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const Quote &q = m_quotes[index.row()];
        if (role == DirectionRole)
            return q.isUp() ? 1 : q.isDown() ? -1 : 0;
        if (role == RawValueRole) {
            switch (index.column()) {
            case Symbol: return q.symbol;
            case Price: return q.price;
            case Change: return q.change;
            case ChangePercent: return q.changePercent;
            }
        }
        if (role == Qt::DisplayRole) {
            const QLocale english(QLocale::English);
            switch (index.column()) {
            case Symbol: return q.symbol;
            case Price: return english.toString(q.price, 'f', 2);            // "1,004.50"
            case Change: return QString::fromUtf8(q.isUp() ? "▲ " : "▼ ") + english.toString(q.change, 'f', 2);
            case ChangePercent: return english.toString(q.changePercent, 'f', 2) + QLatin1Char('%');
            }
        }
        return {};
    }

private:
    QVector<Quote> m_quotes;
};

// The movers view's proxy: a gainers/losers switch and a symbol filter, sorted on the raw value.
class MoversProxy : public QSortFilterProxyModel
{
public:
    int direction = 1;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, QuotesTestModel::Symbol, parent);
        return index.data(DirectionRole).toInt() == direction && QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};

QVector<CsvColumn> moversColumns()
{
    return csvColumns(CsvTableKind::Movers, {QuotesTestModel::Symbol, QuotesTestModel::Price, QuotesTestModel::Change,
                                             QuotesTestModel::ChangePercent});
}

QByteArray exportCsv(const CsvTable &table)
{
    return CsvWriter(csvFormat(CsvPreset::Csv, englishLocale())).toBytes(table);
}

} // namespace

TEST(ModelTable, ExportsTheProxysVisibleRowsInItsOrderFromRawValues)
{
    QuotesTestModel model(loadFixtureSnapshot(singleFixture()).quotes);
    MoversProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(RawValueRole);
    proxy.sort(QuotesTestModel::ChangePercent, Qt::DescendingOrder);
    ASSERT_EQ(proxy.rowCount(), 5);

    EXPECT_EQ(exportCsv(tableFromModel(proxy, moversColumns())),
              QByteArray("symbol,price,change,change_percent\r\n"
                         "OGDC,224.96,11.93,5.6\r\n"
                         "PPL,193.09,9.52,5.19\r\n"
                         "FCCL,34.14,1.12,3.39\r\n"
                         "KOSM,6.58,0.21,3.3\r\n"
                         "PSO,1004.5,12.3,1.24\r\n"));
}

TEST(ModelTable, FollowsTheLosersSwitchTheFilterAndTheSortOrder)
{
    QuotesTestModel model(loadFixtureSnapshot(singleFixture()).quotes);
    MoversProxy proxy;
    proxy.setSourceModel(&model);
    proxy.direction = -1;
    proxy.setFilterKeyColumn(QuotesTestModel::Symbol);
    proxy.setFilterRegularExpression(QStringLiteral("^[A-B]"));
    proxy.setSortRole(RawValueRole);
    proxy.sort(QuotesTestModel::ChangePercent, Qt::AscendingOrder);

    EXPECT_EQ(exportCsv(tableFromModel(proxy, moversColumns())),
              QByteArray("symbol,price,change,change_percent\r\n"
                         "AIRLINK,189.64,-7.01,-3.56\r\n"
                         "BOP,10.09,-0.05,-0.49\r\n"));
}

TEST(ModelTable, ColumnsFollowTheTableHeaderAndKinds)
{
    const QVector<CsvColumn> columns = csvColumns(CsvTableKind::Comments, {3, 0, 2, 1});
    ASSERT_EQ(columns.size(), 4);
    EXPECT_EQ(columns[0].header, QStringLiteral("author"));
    EXPECT_EQ(columns[0].modelColumn, 3);
    EXPECT_EQ(columns[0].kind, CsvColumn::Kind::Text);
    EXPECT_EQ(columns[1].kind, CsvColumn::Kind::Time);
    EXPECT_EQ(columns[2].kind, CsvColumn::Kind::Number);
    EXPECT_EQ(columns[3].kind, CsvColumn::Kind::Text);
    const QVector<CsvColumn> withSource = csvColumns(CsvTableKind::Quotes, {0, 1, 2, 3, 4, 5});
    ASSERT_EQ(withSource.size(), 6);
    EXPECT_EQ(withSource[0].header, QStringLiteral("source"));
    EXPECT_EQ(withSource[1].kind, CsvColumn::Kind::Time);
    EXPECT_EQ(withSource[2].header, QStringLiteral("symbol"));
}

namespace {

// One row of raw values of assorted types, for the conversions.
class RawRowModel : public QAbstractTableModel
{
public:
    explicit RawRowModel(QVariantList values) : m_values(std::move(values)) {}
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 1; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_values.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole)
            return QStringLiteral("display text");
        return role == RawValueRole ? m_values[index.column()] : QVariant();
    }

private:
    QVariantList m_values;
};

} // namespace

TEST(ModelTable, ConvertsRawValuesByColumnKind)
{
    const qint64 msecs = QDateTime(QDate(2024, 12, 10), QTime(11, 12), Qt::UTC).toMSecsSinceEpoch();
    RawRowModel model({msecs, QDateTime(QDate(2024, 12, 10), QTime(16, 12), QTimeZone(5 * 3600)), 3, qint64(7),
                       QStringLiteral("=2+2"), QVariant(), QStringLiteral("n/a"), 12.5});
    const QVector<CsvColumn> columns = {
        {QStringLiteral("posted_ms"), 0, CsvColumn::Kind::Time},
        {QStringLiteral("posted_dt"), 1, CsvColumn::Kind::Auto},
        {QStringLiteral("int"), 2, CsvColumn::Kind::Auto},
        {QStringLiteral("long"), 3, CsvColumn::Kind::Number},
        {QStringLiteral("text"), 4, CsvColumn::Kind::Auto},
        {QStringLiteral("missing"), 5, CsvColumn::Kind::Text},
        {QStringLiteral("not_a_number"), 6, CsvColumn::Kind::Number},
        {QStringLiteral("as_text"), 7, CsvColumn::Kind::Text},
    };
    EXPECT_EQ(exportCsv(tableFromModel(model, columns)),
              QByteArray("posted_ms,posted_dt,int,long,text,missing,not_a_number,as_text\r\n"
                         "2024-12-10T16:12:00+05:00,2024-12-10T16:12:00+05:00,3,7,'=2+2,,,12.5\r\n"));
}

TEST(ModelTable, NeverFallsBackToDisplayText)
{
    RawRowModel model({QVariant(), QVariant()});
    EXPECT_EQ(exportCsv(tableFromModel(model, {{QStringLiteral("a"), 0, CsvColumn::Kind::Text},
                                               {QStringLiteral("b"), 1, CsvColumn::Kind::Number}})),
              QByteArray("a,b\r\n,\r\n"));
}
