// The library's alert rules as a list: the rule's text, what makes it fire, its id.
#pragma once

#include "core/alerts/alertrule.h"

#include <QAbstractListModel>
#include <QVector>

namespace md {

// Rows are AlertRule values as AlertStore::rules() returns them, oldest first; the model never reads the
// database. DisplayRole is the rule as written ("LUCK above 1000"), ToolTipRole says when it fires.
class AlertRulesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    // qint64: the rule's id in the library.
    static constexpr int RuleIdRole = Qt::UserRole + 40;

    explicit AlertRulesModel(QObject *parent = nullptr);

    void setRules(const QVector<AlertRule> &rules);
    const QVector<AlertRule> &rules() const { return m_rules; }
    int rowOf(qint64 ruleId) const;  // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVector<AlertRule> m_rules;
};

// When a rule fires, in words: "when LUCK's price or value is above 1000".
QString describeAlertRule(const AlertRule &rule);

} // namespace md
