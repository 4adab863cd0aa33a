// Two snapshots side by side: every index and symbol with its value in each and the change between them.
#pragma once

#include "core/snapshot.h"

#include <QString>
#include <QVector>

#include <optional>

namespace md {

struct ComparisonRow
{
    enum class Kind { Index, Symbol };

    Kind kind = Kind::Symbol;
    QString name;
    std::optional<double> before;  // absent when the earlier snapshot does not list it
    std::optional<double> after;   // absent when the later snapshot does not list it

    // after - before, when both are known (rounded to nine decimals: no floating-point noise).
    std::optional<double> change() const;
    // The change in percent of before, when both are known and before is not zero (nine decimals).
    std::optional<double> changePercent() const;

    bool operator==(const ComparisonRow &o) const
    {
        return kind == o.kind && name == o.name && before == o.before && after == o.after;
    }
};

// Indices first, then symbols; each in the order the earlier snapshot lists them, then those only the later
// one has. A name listed twice in one snapshot counts once (its first row).
QVector<ComparisonRow> compareSnapshots(const Snapshot &before, const Snapshot &after);

} // namespace md
