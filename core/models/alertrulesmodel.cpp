// AlertRulesModel: stored alert rules, one a row.
#include "core/models/alertrulesmodel.h"

#include "core/wording.h"

#include <QLocale>

namespace md {
namespace {

QString number(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

AlertRulesModel::AlertRulesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void AlertRulesModel::setRules(const QVector<AlertRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

int AlertRulesModel::rowOf(qint64 ruleId) const
{
    for (int row = 0; row < m_rules.size(); ++row) {
        if (m_rules[row].id == ruleId)
            return row;
    }
    return -1;
}

int AlertRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

QVariant AlertRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRule &rule = m_rules[index.row()];
    switch (role) {
    case Qt::DisplayRole: return rule.text();
    case Qt::ToolTipRole: return describeAlertRule(rule);
    case RuleIdRole: return rule.id;
    default: return {};
    }
}

QString describeAlertRule(const AlertRule &rule)
{
    switch (rule.kind) {
    case AlertRule::Kind::Above: return tr("Fires when %1's price or value is above %2").arg(rule.name, number(rule.threshold));
    case AlertRule::Kind::Below: return tr("Fires when %1's price or value is below %2").arg(rule.name, number(rule.threshold));
    case AlertRule::Kind::Move:
        return tr("Fires when %1 moves %2% or more either way in a day").arg(rule.name, number(rule.threshold));
    case AlertRule::Kind::Volume:
        return tr("Fires when %1 trades more than %2 shares in a day").arg(rule.name, number(rule.threshold));
    case AlertRule::Kind::News: return tr("Fires on a new article mentioning %1 or its company").arg(rule.name);
    case AlertRule::Kind::Keyword: return tr("Fires on a new article holding \u201C%1\u201D").arg(rule.phrase);
    case AlertRule::Kind::PortfolioAbove:
        return tr("Fires when portfolio %1's value crosses above %2").arg(rule.portfolio, number(rule.threshold));
    case AlertRule::Kind::PortfolioBelow:
        return tr("Fires when portfolio %1's value falls below %2").arg(rule.portfolio, number(rule.threshold));
    case AlertRule::Kind::PortfolioMove:
        return tr("Fires when portfolio %1's value moves %2% or more either way in a session")
            .arg(rule.portfolio, number(rule.threshold));
    case AlertRule::Kind::PositionAbove:
        return tr("Fires when the %1 position in %2 is worth more than %3, once per crossing")
            .arg(rule.name, rule.portfolio, number(rule.threshold));
    case AlertRule::Kind::PositionBelow:
        return tr("Fires when the %1 position in %2 is worth less than %3, once per crossing")
            .arg(rule.name, rule.portfolio, number(rule.threshold));
    case AlertRule::Kind::PositionUp:
        return tr("Fires when the %1 position in %2 is %3% or more above its cost, once per crossing")
            .arg(rule.name, rule.portfolio, number(rule.threshold));
    case AlertRule::Kind::PositionDown:
        return tr("Fires when the %1 position in %2 is %3% or more below its cost, once per crossing")
            .arg(rule.name, rule.portfolio, number(rule.threshold));
    }
    return {};
}

} // namespace md
