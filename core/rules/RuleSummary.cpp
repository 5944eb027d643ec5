#include "RuleSummary.h"

#include "DryRun.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

using Type = RuleCondition::Type;

// The strings of this file, under the context they are translated in.
struct RuleSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(fd::core::RuleSummary)
};

// Long lists are cut: the line is a reminder, the editor shows all.
QString words(const QStringList &values)
{
    constexpr int shown = 4;
    QString s = values.mid(0, shown).join(u", "_s);
    if (values.size() > shown)
        s += u", …"_s;
    return s;
}

QString number(std::optional<double> v)
{
    return v ? QString::number(*v) : QString();
}

QString range(const QString &what, const RuleCondition &c)
{
    if (c.min && c.max)
        return RuleSummaryText::tr("%1 %2–%3").arg(what, number(c.min), number(c.max));
    if (c.max)
        return RuleSummaryText::tr("%1 at most %2").arg(what, number(c.max));
    if (c.min)
        return RuleSummaryText::tr("%1 at least %2").arg(what, number(c.min));
    return what;
}

QString group(const RuleCondition &c, const QString &joiner)
{
    QStringList parts;
    for (const RuleCondition &child : c.children) {
        const bool isGroup =
            (child.type == Type::All || child.type == Type::Any) && child.children.size() > 1;
        const QString part = describeCondition(child);
        parts.append(isGroup ? u'(' + part + u')' : part);
    }
    return parts.join(joiner);
}

} // namespace

QString describeCondition(const RuleCondition &c)
{
    switch (c.type) {
    case Type::All:
        return c.children.isEmpty() ? RuleSummaryText::tr("every item")
                                    : group(c, RuleSummaryText::tr(" and "));
    case Type::Any:
        return c.children.isEmpty() ? RuleSummaryText::tr("nothing")
                                    : group(c, RuleSummaryText::tr(" or "));
    case Type::Not:
        return c.children.isEmpty()
                   ? RuleSummaryText::tr("not …")
                   : RuleSummaryText::tr("not (%1)").arg(describeCondition(c.children.first()));
    case Type::Platform:
        return RuleSummaryText::tr("platform %1").arg(words(c.values));
    case Type::Account:
        return RuleSummaryText::tr("account %1").arg(words(c.values));
    case Type::Kind:
        return RuleSummaryText::tr("kind %1").arg(words(c.values));
    case Type::Status:
        return RuleSummaryText::tr("status %1").arg(words(c.values));
    case Type::Event:
        return RuleSummaryText::tr("event %1").arg(words(c.values));
    case Type::TextContains:
        return RuleSummaryText::tr("text contains “%1”").arg(c.text);
    case Type::TextRegex:
        return RuleSummaryText::tr("text matches %1").arg(c.regex.pattern());
    case Type::Keywords:
        return RuleSummaryText::tr("keywords %1").arg(words(c.values));
    case Type::Language:
        return RuleSummaryText::tr("language %1").arg(words(c.values));
    case Type::Sentiment:
        return RuleSummaryText::tr("sentiment %1").arg(words(c.values));
    case Type::Spam:
        return c.flag ? RuleSummaryText::tr("spam") : RuleSummaryText::tr("not spam");
    case Type::HasLink:
        return c.flag ? RuleSummaryText::tr("has a link") : RuleSummaryText::tr("no link");
    case Type::OnlyEmoji:
        return c.flag ? RuleSummaryText::tr("only emoji") : RuleSummaryText::tr("not only emoji");
    case Type::Words:
        return range(RuleSummaryText::tr("words"), c);
    case Type::AuthorHandle:
        return RuleSummaryText::tr("author %1").arg(words(c.values));
    case Type::Followers:
        return range(RuleSummaryText::tr("followers"), c);
    case Type::AuthorHistory:
        return c.flag ? RuleSummaryText::tr("new author") : RuleSummaryText::tr("returning author");
    case Type::PostId:
        return RuleSummaryText::tr("under post %1").arg(words(c.values));
    case Type::PostContains:
        return RuleSummaryText::tr("post contains “%1”").arg(c.text);
    case Type::TimeOfDay: {
        QString s = RuleSummaryText::tr("from %1 to %2")
                        .arg(c.from.toString(u"HH:mm"_s), c.to.toString(u"HH:mm"_s));
        if (!c.zone.isEmpty())
            s += u' ' + c.zone;
        return s;
    }
    case Type::BusinessHours:
        return c.flag ? RuleSummaryText::tr("in business hours (%1)").arg(c.text)
                      : RuleSummaryText::tr("out of hours (%1)").arg(c.text);
    case Type::Tags:
        return RuleSummaryText::tr("tagged %1").arg(words(c.values));
    case Type::AgeMinutes:
        return range(RuleSummaryText::tr("age in minutes"), c);
    case Type::UnansweredMinutes:
        return range(RuleSummaryText::tr("unanswered minutes"), c);
    case Type::Priority:
        return RuleSummaryText::tr("priority %1").arg(words(c.values));
    }
    return {};
}

QString describeRule(const Rule &rule)
{
    QStringList actions;
    for (const RuleAction &a : rule.actions)
        actions.append(describeAction(a));
    return RuleSummaryText::tr("%1 → %2").arg(describeCondition(rule.when), actions.join(u", "_s));
}

} // namespace fd::core
