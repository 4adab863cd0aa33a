// Comparing two snapshots row by row, matched by name.
#include "core/library/snapshotcomparison.h"

#include <QHash>

#include <cmath>

namespace md {
namespace {

// Appends one row per distinct name of the two lists: first those of the earlier list, then the rest.
template<typename Row, typename Name, typename Value>
void compareRows(const QVector<Row> &before, const QVector<Row> &after, ComparisonRow::Kind kind, Name name,
                 Value value, QVector<ComparisonRow> &out)
{
    QHash<QString, qsizetype> rowOf;  // name → index in out
    for (const Row &row : before) {
        if (rowOf.contains(name(row)))
            continue;
        rowOf.insert(name(row), out.size());
        out.append({kind, name(row), value(row), std::nullopt});
    }
    QHash<QString, bool> seenAfter;
    for (const Row &row : after) {
        if (seenAfter.contains(name(row)))
            continue;
        seenAfter.insert(name(row), true);
        const auto at = rowOf.constFind(name(row));
        if (at != rowOf.constEnd())
            out[*at].after = value(row);
        else
            out.append({kind, name(row), std::nullopt, value(row)});
    }
}

// Rounded to nine decimals: 230.50 - 224.96 is 5.539999999999992 in binary floating point, and the
// page's figures have at most four decimals, so nothing real is lost.
double withoutFloatNoise(double value)
{
    return std::round(value * 1e9) / 1e9;
}

} // namespace

std::optional<double> ComparisonRow::change() const
{
    if (!before || !after)
        return std::nullopt;
    return withoutFloatNoise(*after - *before);
}

std::optional<double> ComparisonRow::changePercent() const
{
    if (!before || !after || *before == 0.0)
        return std::nullopt;
    return withoutFloatNoise((*after - *before) / *before * 100.0);
}

QVector<ComparisonRow> compareSnapshots(const Snapshot &before, const Snapshot &after)
{
    QVector<ComparisonRow> rows;
    rows.reserve(before.indices.size() + before.quotes.size() + 8);
    compareRows(before.indices, after.indices, ComparisonRow::Kind::Index,
                [](const IndexValue &v) { return v.name; }, [](const IndexValue &v) { return v.value; }, rows);
    compareRows(before.quotes, after.quotes, ComparisonRow::Kind::Symbol,
                [](const Quote &q) { return q.symbol; }, [](const Quote &q) { return q.price; }, rows);
    return rows;
}

} // namespace md
