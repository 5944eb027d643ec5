#include "RuleEngine.h"

#include "RuleJson.h"
#include "TextFold.h"
#include "console/TemplateRenderer.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

using Type = RuleCondition::Type;

bool inRange(const RuleCondition &c, double value)
{
    return (!c.min || value >= *c.min) && (!c.max || value <= *c.max);
}

QString sentimentWord(const std::optional<int> &s)
{
    if (!s)
        return QString();
    return *s < 0 ? u"negative"_s : (*s > 0 ? u"positive"_s : u"neutral"_s);
}

// Whether a test reads the store (or, for a group, may): an author's history, a conversation,
// an item's tags.
bool readsStore(const RuleCondition &c)
{
    switch (c.type) {
    case Type::AuthorHistory:
    case Type::UnansweredMinutes:
    case Type::Tags:
        return true;
    case Type::All:
    case Type::Any:
    case Type::Not:
        for (const RuleCondition &child : c.children) {
            if (readsStore(child))
                return true;
        }
        return false;
    default:
        return false;
    }
}

bool anyKeyword(const RuleCondition &c, const ItemFacts &item)
{
    // One word is a set lookup; a phrase (or "$$$", an emoji) is looked for in the text, unless
    // its first word is missing from a text where no '-' or '\'' joins words.
    for (const QString &w : c.words) {
        if (item.words().contains(w))
            return true;
    }
    for (qsizetype i = 0; i < c.phrases.size(); ++i) {
        const QString &head = c.phraseHeads.value(i);
        if (!head.isEmpty() && !item.hasJoiners() && !item.words().contains(head))
            continue;
        if (containsWords(item.folded(), c.phrases.at(i)))
            return true;
    }
    return false;
}

bool timeOfDayMatches(const RuleCondition &c, qint64 ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QTime t =
        (c.zone.isEmpty() ? at.toLocalTime() : at.toTimeZone(QTimeZone(c.zone.toUtf8()))).time();
    const int now = t.msecsSinceStartOfDay();
    const int from = c.from.msecsSinceStartOfDay();
    const int to = c.to.msecsSinceStartOfDay();
    if (from == to)
        return true; // the whole day
    if (from < to)
        return now >= from && now < to;
    return now >= from || now < to; // wraps midnight: 22:00–08:00
}

} // namespace

bool RuleEngine::runsOn(const Rule &rule, RuleTrigger trigger)
{
    return rule.trigger == RuleTrigger::Both || rule.trigger == trigger;
}

StoreResult<QStringList *> RuleEngine::tags(ItemFacts &item)
{
    if (!item.tags) {
        auto t = m_facts.tags(item.id);
        if (!t.ok())
            return t.error();
        item.tags = *t;
    }
    return &*item.tags;
}

StoreResult<bool> RuleEngine::authorIsNew(ItemFacts &item)
{
    if (!item.authorIsNew) {
        auto isNew = m_facts.authorIsNew(item);
        if (!isNew.ok())
            return isNew.error();
        item.authorIsNew = *isNew;
    }
    return *item.authorIsNew;
}

StoreResult<bool> RuleEngine::matches(const RuleCondition &c, ItemFacts &item, qint64 nowMs)
{
    switch (c.type) {
    case Type::All:
    case Type::Any: {
        // The order of a group's tests does not change its answer: those that read the store
        // go last, so a cheap test that settles the group spares them.
        const bool all = c.type == Type::All;
        for (const bool reading : {false, true}) {
            for (const RuleCondition &child : c.children) {
                if (readsStore(child) != reading)
                    continue;
                auto m = matches(child, item, nowMs);
                if (!m.ok())
                    return m;
                if (*m != all)
                    return !all;
            }
        }
        return all;
    }
    case Type::Not: {
        if (c.children.isEmpty())
            return true;
        auto m = matches(c.children.first(), item, nowMs);
        if (!m.ok())
            return m;
        return !*m;
    }
    case Type::Platform:
        return c.values.contains(item.platform);
    case Type::Account:
        return c.values.contains(item.foldedAccountName());
    case Type::Kind:
        return c.values.contains(item.kind);
    case Type::Status:
        return c.values.contains(item.status);
    case Type::Event:
        return c.values.contains(item.event);
    case Type::TextContains:
        return !c.values.isEmpty() && item.folded().contains(c.values.at(0));
    case Type::TextRegex:
        return c.regex.match(item.text).hasMatch();
    case Type::Keywords:
        return anyKeyword(c, item);
    case Type::Language:
        return item.lang.isEmpty() ? c.values.contains(u"other"_s) : c.values.contains(item.lang);
    case Type::Sentiment:
        return item.sentiment && c.values.contains(sentimentWord(item.sentiment));
    case Type::Spam:
        return item.spam == c.flag;
    case Type::HasLink:
        return item.textSignals().hasLink == c.flag;
    case Type::OnlyEmoji:
        return item.textSignals().onlyEmoji == c.flag;
    case Type::Words:
        return inRange(c, item.textSignals().words);
    case Type::AuthorHandle: {
        QString handle = foldText(item.authorHandle);
        if (handle.startsWith(u'@'))
            handle.remove(0, 1);
        return (!handle.isEmpty() && c.values.contains(handle)) ||
               c.values.contains(foldText(item.authorName));
    }
    case Type::Followers:
        return item.followers && inRange(c, double(*item.followers));
    case Type::AuthorHistory: {
        auto isNew = authorIsNew(item);
        if (!isNew.ok())
            return isNew.error();
        return *isNew == c.flag;
    }
    case Type::PostId:
        return !item.postExternalId.isEmpty() && c.values.contains(item.postExternalId);
    case Type::PostContains:
        return !item.postText.isEmpty() && !c.values.isEmpty() &&
               item.foldedPostText().contains(c.values.at(0));
    case Type::TimeOfDay:
        return timeOfDayMatches(c, item.event == u"timer" ? nowMs : item.createdMs);
    case Type::BusinessHours: {
        const auto open =
            m_facts.calendarOpen(c.text, item.event == u"timer" ? nowMs : item.createdMs);
        return open && *open == c.flag; // an unknown calendar never matches
    }
    case Type::Tags: {
        auto t = tags(item);
        if (!t.ok())
            return t.error();
        for (const QString &tag : **t) {
            if (c.values.contains(foldText(tag)))
                return true;
        }
        return false;
    }
    case Type::AgeMinutes:
        return inRange(c, double(nowMs - item.createdMs) / 60000.0);
    case Type::UnansweredMinutes: {
        auto since = m_facts.unansweredSinceMs(item);
        if (!since.ok())
            return since.error();
        return since->has_value() && inRange(c, double(nowMs - **since) / 60000.0);
    }
    case Type::Priority:
        return c.values.contains(ruleJson::priorityWord(item.priority));
    }
    return false;
}

StoreResult<bool> RuleEngine::planAction(const Rule &rule, int index, const RuleAction &a,
                                         ItemFacts &item, ItemPlan &plan)
{
    PlannedAction p;
    p.rule = index;
    p.action = a;
    const bool gone = item.status == u"hidden" || item.status == u"deleted";
    switch (a.type) {
    case RuleAction::Type::Tag:
    case RuleAction::Type::Untag: {
        auto t = tags(item);
        if (!t.ok())
            return t.error();
        QStringList &list = **t;
        qsizetype at = -1;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).compare(a.text, Qt::CaseInsensitive) == 0)
                at = i;
        }
        const bool tag = a.type == RuleAction::Type::Tag;
        if ((at >= 0) == tag)
            return false; // already so
        if (tag)
            list.append(a.text);
        else
            list.removeAt(at);
        break;
    }
    case RuleAction::Type::Close:
        if (item.status == u"closed" || gone)
            return false;
        p.before = item.status;
        item.status = u"closed"_s;
        break;
    case RuleAction::Type::Hide:
    case RuleAction::Type::Delete:
        if (gone)
            return false;
        break;
    case RuleAction::Type::Priority: {
        const int to = ruleJson::priorityFromWord(a.text).value_or(0);
        if (to == item.priority)
            return false;
        p.before = ruleJson::priorityWord(item.priority);
        item.priority = to;
        break;
    }
    case RuleAction::Type::Assign: {
        if (!a.roundRobin) {
            auto id = m_facts.operatorId(a.text);
            if (!id.ok())
                return id.error();
            if (!*id || **id == item.assigneeId)
                return false; // no such enabled operator: nothing to do
            p.operatorId = **id;
            p.operatorLogin = a.text;
        } else {
            auto candidates = m_facts.candidates(a.operators);
            if (!candidates.ok())
                return candidates.error();
            const auto &list = *candidates;
            int &turn = m_turn[rule.id];
            bool found = false;
            for (int k = 0; k < list.size() && !found; ++k) {
                const auto &c = list.at((turn + k) % list.size());
                if (a.cap > 0 && c.open >= a.cap)
                    continue;
                p.operatorId = c.id;
                p.operatorLogin = c.login;
                turn = (turn + k + 1) % list.size();
                found = true;
            }
            if (!found || p.operatorId == item.assigneeId)
                return false; // everyone is at the cap: it waits in the common queue
        }
        p.before = QString::number(item.assigneeId);
        item.assigneeId = p.operatorId;
        break;
    }
    case RuleAction::Type::Reply: {
        if (gone)
            return false;
        if (a.firstContactOnly) {
            auto isNew = authorIsNew(item);
            if (!isNew.ok())
                return isNew.error();
            if (!*isNew)
                return false;
        }
        if (!a.outOfHoursCalendar.isEmpty()) {
            const auto open = m_facts.calendarOpen(a.outOfHoursCalendar, item.createdMs);
            if (!open || *open)
                return false;
        }
        auto body = m_facts.templateBody(a.text);
        if (!body.ok())
            return body.error();
        if (!*body)
            return false; // the template is gone; the dock shows the rule's problem
        TemplateRenderer r;
        r.set(u"author.name"_s, item.authorName);
        r.set(u"author.handle"_s, item.authorHandle);
        r.set(u"account.name"_s, item.accountName);
        r.set(u"platform"_s, item.platform);
        p.body = r.render(**body).text;
        break;
    }
    case RuleAction::Type::Notify: {
        TemplateRenderer r;
        r.set(u"author.name"_s, item.authorName);
        r.set(u"account.name"_s, item.accountName);
        p.body = r.render(a.text).text;
        break;
    }
    case RuleAction::Type::Stop:
        break;
    }
    plan.actions.append(p);
    return true;
}

StoreResult<ItemPlan> RuleEngine::plan(const QList<Rule> &rules, ItemFacts &item, qint64 nowMs,
                                       RuleTrigger trigger)
{
    ItemPlan plan;
    for (int i = 0; i < rules.size(); ++i) {
        const Rule &rule = rules.at(i);
        if (!runsOn(rule, trigger))
            continue;
        auto m = matches(rule.when, item, nowMs);
        if (!m.ok())
            return m.error();
        if (!*m)
            continue;
        bool acted = false;
        bool stop = false;
        for (const RuleAction &a : rule.actions) {
            if (a.type == RuleAction::Type::Stop) {
                stop = true;
                continue;
            }
            auto did = planAction(rule, i, a, item, plan);
            if (!did.ok())
                return did.error();
            acted = acted || *did;
        }
        if (acted || stop)
            plan.fired.append(i);
        if (stop)
            break;
    }
    return plan;
}

} // namespace fd::core
