// Reading alert rules in tests: the rule a text must give, or the message it must be refused with.
#pragma once

#include "core/alerts/alertrule.h"

#include <gtest/gtest.h>

namespace md::test {

inline AlertRule parsed(const QString &text)
{
    const AlertRuleParse p = parseAlertRule(text);
    EXPECT_TRUE(p.ok()) << text.toStdString() << ": " << p.error.toStdString();
    return p.rule.value_or(AlertRule{});
}

inline QString errorOf(const QString &text)
{
    const AlertRuleParse p = parseAlertRule(text);
    EXPECT_FALSE(p.ok()) << text.toStdString();
    return p.error;
}

} // namespace md::test
