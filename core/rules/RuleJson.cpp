#include "RuleJson.h"

#include "TextFold.h"
#include "model/Enums.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace fd::core::ruleJson {
namespace {

using Type = RuleCondition::Type;

enum class Shape { Group, Not, List, Text, Regex, Flag, Range, History, TimeOfDay, Calendar };

struct ConditionKey
{
    QString key;
    Type type;
    Shape shape;
    bool fold = false; // the values are compared folded
    bool flag = true;  // the flag a Calendar key stands for
};

const QList<ConditionKey> &conditionKeys()
{
    static const QList<ConditionKey> keys{
        {u"all"_s, Type::All, Shape::Group},
        {u"any"_s, Type::Any, Shape::Group},
        {u"not"_s, Type::Not, Shape::Not},
        {u"platform"_s, Type::Platform, Shape::List},
        {u"account"_s, Type::Account, Shape::List, true},
        {u"kind"_s, Type::Kind, Shape::List},
        {u"status"_s, Type::Status, Shape::List},
        {u"event"_s, Type::Event, Shape::List},
        {u"text_contains"_s, Type::TextContains, Shape::Text, true},
        {u"text_regex"_s, Type::TextRegex, Shape::Regex},
        {u"keywords"_s, Type::Keywords, Shape::List, true},
        {u"language"_s, Type::Language, Shape::List},
        {u"sentiment"_s, Type::Sentiment, Shape::List},
        {u"spam"_s, Type::Spam, Shape::Flag},
        {u"has_link"_s, Type::HasLink, Shape::Flag},
        {u"only_emoji"_s, Type::OnlyEmoji, Shape::Flag},
        {u"words"_s, Type::Words, Shape::Range},
        {u"author"_s, Type::AuthorHandle, Shape::List, true},
        {u"followers"_s, Type::Followers, Shape::Range},
        {u"author_history"_s, Type::AuthorHistory, Shape::History},
        {u"post_id"_s, Type::PostId, Shape::List},
        {u"post_contains"_s, Type::PostContains, Shape::Text, true},
        {u"time_of_day"_s, Type::TimeOfDay, Shape::TimeOfDay},
        {u"business_hours"_s, Type::BusinessHours, Shape::Calendar, false, true},
        {u"out_of_hours"_s, Type::BusinessHours, Shape::Calendar, false, false},
        {u"tags"_s, Type::Tags, Shape::List, true},
        {u"age_minutes"_s, Type::AgeMinutes, Shape::Range},
        {u"unanswered_minutes"_s, Type::UnansweredMinutes, Shape::Range},
        {u"priority"_s, Type::Priority, Shape::List},
    };
    return keys;
}

// The strings of this file, under the context they are translated in.
struct RuleJsonText
{
    Q_DECLARE_TR_FUNCTIONS(fd::core::RuleJson)
};

bool fail(QString *error, const QString &path, const QString &what)
{
    if (error)
        *error = path.isEmpty() ? what : path + u": "_s + what;
    return false;
}

// The words a list condition accepts, or none when any word goes (names, tags, ids).
QStringList allowedWords(Type type)
{
    switch (type) {
    case Type::Platform: {
        QStringList words;
        for (Platform p : allPlatforms())
            words.append(toString(p));
        return words;
    }
    case Type::Kind:
        return {u"dm"_s, u"comment"_s, u"mention"_s, u"review"_s};
    case Type::Status: {
        QStringList words;
        for (ItemStatus s : allItemStatuses())
            words.append(toString(s));
        return words;
    }
    case Type::Event:
        return {u"new"_s, u"edited"_s, u"timer"_s};
    case Type::Language:
        return {u"ru"_s, u"en"_s, u"pl"_s, u"other"_s};
    case Type::Sentiment:
        return {u"positive"_s, u"neutral"_s, u"negative"_s};
    case Type::Priority:
        return {u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s};
    default:
        return {};
    }
}

QStringList stringList(const QJsonValue &v, bool *ok)
{
    QStringList out;
    *ok = true;
    if (v.isString()) {
        out.append(v.toString());
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray()) {
            if (e.isString())
                out.append(e.toString());
            else if (e.isDouble())
                out.append(QString::number(e.toInteger()));
            else
                *ok = false;
        }
    } else if (v.isDouble()) {
        out.append(QString::number(v.toInteger()));
    } else {
        *ok = false;
    }
    return out;
}

bool isPlainWord(const QString &s)
{
    for (const QChar c : s) {
        if (!c.isLetterOrNumber())
            return false;
    }
    return true;
}

void splitKeywords(RuleCondition &c)
{
    for (const QString &v : std::as_const(c.values)) {
        if (isPlainWord(v)) {
            c.words.append(v);
        } else {
            c.phrases.append(v);
            c.phraseHeads.append(phraseHead(v));
        }
    }
}

std::optional<RuleCondition> parseAt(const QJsonValue &json, const QString &path, QString *error)
{
    if (!json.isObject() || json.toObject().size() != 1) {
        fail(error, path,
             RuleJsonText::tr("a condition is an object with one key, such as {\"kind\": \"dm\"}"));
        return std::nullopt;
    }
    const QJsonObject o = json.toObject();
    const QString key = o.begin().key();
    const QJsonValue v = o.begin().value();
    const ConditionKey *spec = nullptr;
    for (const ConditionKey &k : conditionKeys()) {
        if (k.key == key)
            spec = &k;
    }
    const QString here = path.isEmpty() ? key : path + u'.' + key;
    if (!spec) {
        fail(error, path, RuleJsonText::tr("unknown condition \"%1\"").arg(key));
        return std::nullopt;
    }
    RuleCondition c;
    c.type = spec->type;
    switch (spec->shape) {
    case Shape::Group: {
        if (!v.isArray()) {
            fail(error, here, RuleJsonText::tr("a list of conditions is expected"));
            return std::nullopt;
        }
        const QJsonArray list = v.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            auto child = parseAt(list.at(i), here + u'[' + QString::number(i) + u']', error);
            if (!child)
                return std::nullopt;
            c.children.append(*child);
        }
        break;
    }
    case Shape::Not: {
        auto child = parseAt(v, here, error);
        if (!child)
            return std::nullopt;
        c.children.append(*child);
        break;
    }
    case Shape::List: {
        bool ok = false;
        const QStringList words = stringList(v, &ok);
        if (!ok || words.isEmpty()) {
            fail(error, here, RuleJsonText::tr("a word or a list of words is expected"));
            return std::nullopt;
        }
        const QStringList allowed = allowedWords(c.type);
        for (const QString &w : words) {
            QString value = w.trimmed();
            if (c.type == Type::AuthorHandle && value.startsWith(u'@'))
                value.remove(0, 1);
            if (spec->fold)
                value = foldText(value);
            else if (!allowed.isEmpty())
                value = value.toLower();
            if (value.isEmpty()) {
                fail(error, here, RuleJsonText::tr("an empty word"));
                return std::nullopt;
            }
            if (!allowed.isEmpty() && !allowed.contains(value)) {
                fail(error, here,
                     RuleJsonText::tr("\"%1\" is not one of: %2").arg(w, allowed.join(u", "_s)));
                return std::nullopt;
            }
            c.values.append(value);
        }
        if (c.type == Type::Keywords)
            splitKeywords(c);
        break;
    }
    case Shape::Text:
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(error, here, RuleJsonText::tr("some text is expected"));
            return std::nullopt;
        }
        c.text = v.toString();
        c.values = {foldText(c.text)};
        break;
    case Shape::Regex:
        if (!v.isString() || v.toString().isEmpty()) {
            fail(error, here, RuleJsonText::tr("a regular expression is expected"));
            return std::nullopt;
        }
        c.text = v.toString();
        c.regex = QRegularExpression(c.text, QRegularExpression::CaseInsensitiveOption |
                                                 QRegularExpression::UseUnicodePropertiesOption);
        if (!c.regex.isValid()) {
            fail(error, here,
                 RuleJsonText::tr("the regular expression is not valid: %1")
                     .arg(c.regex.errorString()));
            return std::nullopt;
        }
        c.regex.optimize();
        break;
    case Shape::Flag:
        if (!v.isBool()) {
            fail(error, here, RuleJsonText::tr("true or false is expected"));
            return std::nullopt;
        }
        c.flag = v.toBool();
        break;
    case Shape::Range: {
        const QJsonObject r = v.toObject();
        if (!v.isObject() || r.isEmpty()) {
            fail(error, here,
                 RuleJsonText::tr("{\"min\": N} or {\"max\": N} or both are expected"));
            return std::nullopt;
        }
        for (auto it = r.begin(); it != r.end(); ++it) {
            if ((it.key() != u"min" && it.key() != u"max") || !it.value().isDouble()) {
                fail(error, here,
                     RuleJsonText::tr("only \"min\" and \"max\" with numbers are expected"));
                return std::nullopt;
            }
            (it.key() == u"min" ? c.min : c.max) = it.value().toDouble();
        }
        if (c.min && c.max && *c.min > *c.max) {
            fail(error, here, RuleJsonText::tr("\"min\" is above \"max\""));
            return std::nullopt;
        }
        break;
    }
    case Shape::History:
        if (v.toString() != u"new" && v.toString() != u"returning") {
            fail(error, here, RuleJsonText::tr("\"new\" or \"returning\" is expected"));
            return std::nullopt;
        }
        c.flag = v.toString() == u"new";
        break;
    case Shape::TimeOfDay: {
        const QJsonObject t = v.toObject();
        c.from = QTime::fromString(t.value(u"from"_s).toString(), u"HH:mm"_s);
        c.to = QTime::fromString(t.value(u"to"_s).toString(), u"HH:mm"_s);
        if (t.value(u"to"_s).toString() == u"24:00")
            c.to = QTime(0, 0);
        if (!c.from.isValid() || !c.to.isValid()) {
            fail(error, here, RuleJsonText::tr("\"from\" and \"to\" as HH:MM are expected"));
            return std::nullopt;
        }
        c.zone = t.value(u"zone"_s).toString();
        if (!c.zone.isEmpty() && !QTimeZone(c.zone.toUtf8()).isValid()) {
            fail(error, here, RuleJsonText::tr("unknown time zone \"%1\"").arg(c.zone));
            return std::nullopt;
        }
        break;
    }
    case Shape::Calendar:
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(error, here,
                 RuleJsonText::tr("the name of a business-hours calendar is expected"));
            return std::nullopt;
        }
        c.text = v.toString().trimmed();
        c.flag = spec->flag;
        break;
    }
    return c;
}

QJsonValue listValue(const QStringList &values)
{
    if (values.size() == 1)
        return values.first();
    return QJsonArray::fromStringList(values);
}

} // namespace

QString triggerWord(RuleTrigger trigger)
{
    switch (trigger) {
    case RuleTrigger::Ingest:
        return u"ingest"_s;
    case RuleTrigger::Timer:
        return u"timer"_s;
    case RuleTrigger::Both:
        return u"both"_s;
    }
    return {};
}

std::optional<RuleTrigger> triggerFromWord(const QString &word)
{
    for (RuleTrigger t : {RuleTrigger::Ingest, RuleTrigger::Timer, RuleTrigger::Both}) {
        if (triggerWord(t) == word)
            return t;
    }
    return std::nullopt;
}

std::optional<int> priorityFromWord(const QString &word)
{
    const QStringList words = allowedWords(Type::Priority);
    const qsizetype at = words.indexOf(word.trimmed().toLower());
    return at < 0 ? std::nullopt : std::optional<int>(int(at) - 1);
}

QString priorityWord(int priority)
{
    return allowedWords(Type::Priority).value(qBound(-1, priority, 2) + 1);
}

std::optional<RuleCondition> parseCondition(const QJsonValue &json, QString *error)
{
    return parseAt(json, QString(), error);
}

QJsonValue toJson(const RuleCondition &c)
{
    const ConditionKey *spec = nullptr;
    for (const ConditionKey &k : conditionKeys()) {
        if (k.type == c.type && (k.shape != Shape::Calendar || k.flag == c.flag))
            spec = &k;
    }
    if (!spec)
        return QJsonValue();
    QJsonValue v;
    switch (spec->shape) {
    case Shape::Group: {
        QJsonArray list;
        for (const RuleCondition &child : c.children)
            list.append(toJson(child));
        v = list;
        break;
    }
    case Shape::Not:
        v = c.children.isEmpty() ? QJsonValue() : toJson(c.children.first());
        break;
    case Shape::List: {
        QStringList values = c.values;
        if (c.type == Type::AuthorHandle) {
            for (QString &h : values)
                h.prepend(u'@');
        }
        v = listValue(values);
        break;
    }
    case Shape::Text:
    case Shape::Regex:
    case Shape::Calendar:
        v = c.text;
        break;
    case Shape::Flag:
        v = c.flag;
        break;
    case Shape::Range: {
        QJsonObject r;
        if (c.min)
            r.insert(u"min"_s, *c.min);
        if (c.max)
            r.insert(u"max"_s, *c.max);
        v = r;
        break;
    }
    case Shape::History:
        v = c.flag ? u"new"_s : u"returning"_s;
        break;
    case Shape::TimeOfDay: {
        QJsonObject t{{u"from"_s, c.from.toString(u"HH:mm"_s)},
                      {u"to"_s, c.to.toString(u"HH:mm"_s)}};
        if (!c.zone.isEmpty())
            t.insert(u"zone"_s, c.zone);
        v = t;
        break;
    }
    }
    return QJsonObject{{spec->key, v}};
}

std::optional<RuleAction> parseAction(const QJsonValue &json, QString *error)
{
    if (!json.isObject() || json.toObject().size() != 1) {
        fail(error, QString(),
             RuleJsonText::tr("an action is an object with one key, such as {\"close\": true}"));
        return std::nullopt;
    }
    const QJsonObject o = json.toObject();
    const QString key = o.begin().key();
    const QJsonValue v = o.begin().value();
    RuleAction a;
    auto needText = [&](RuleAction::Type type) -> std::optional<RuleAction> {
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(error, key, RuleJsonText::tr("some text is expected"));
            return std::nullopt;
        }
        a.type = type;
        a.text = v.toString().trimmed();
        return a;
    };
    auto needTrue = [&](RuleAction::Type type) -> std::optional<RuleAction> {
        if (v != QJsonValue(true)) {
            fail(error, key, RuleJsonText::tr("true is expected"));
            return std::nullopt;
        }
        a.type = type;
        return a;
    };
    if (key == u"tag")
        return needText(RuleAction::Type::Tag);
    if (key == u"untag")
        return needText(RuleAction::Type::Untag);
    if (key == u"notify")
        return needText(RuleAction::Type::Notify);
    if (key == u"close")
        return needTrue(RuleAction::Type::Close);
    if (key == u"hide")
        return needTrue(RuleAction::Type::Hide);
    if (key == u"delete")
        return needTrue(RuleAction::Type::Delete);
    if (key == u"stop")
        return needTrue(RuleAction::Type::Stop);
    if (key == u"priority") {
        if (!priorityFromWord(v.toString())) {
            fail(error, key,
                 RuleJsonText::tr("\"%1\" is not one of: %2")
                     .arg(v.toString(), allowedWords(Type::Priority).join(u", "_s)));
            return std::nullopt;
        }
        a.type = RuleAction::Type::Priority;
        a.text = v.toString().trimmed().toLower();
        return a;
    }
    if (key == u"assign") {
        if (v.isString())
            return needText(RuleAction::Type::Assign);
        const QJsonObject r = v.toObject();
        const QJsonValue who = r.value(u"round_robin"_s);
        bool ok = true;
        const QStringList logins =
            who == QJsonValue(u"on_shift"_s) ? QStringList() : stringList(who, &ok);
        if (!v.isObject() || !ok || (who.isArray() && logins.isEmpty()) ||
            (r.contains(u"cap"_s) &&
             (!r.value(u"cap"_s).isDouble() || r.value(u"cap"_s).toInt() < 0))) {
            fail(error, key,
                 RuleJsonText::tr(
                     "a login, or {\"round_robin\": [logins] or \"on_shift\", \"cap\": N} is "
                     "expected"));
            return std::nullopt;
        }
        a.type = RuleAction::Type::Assign;
        a.roundRobin = true;
        a.operators = logins;
        a.cap = r.value(u"cap"_s).toInt();
        return a;
    }
    if (key == u"reply") {
        if (v.isString())
            return needText(RuleAction::Type::Reply);
        const QJsonObject r = v.toObject();
        a.type = RuleAction::Type::Reply;
        a.text = r.value(u"template"_s).toString().trimmed();
        a.firstContactOnly = r.value(u"first_contact_only"_s).toBool();
        a.outOfHoursCalendar = r.value(u"out_of_hours"_s).toString().trimmed();
        if (a.text.isEmpty()) {
            fail(error, key, RuleJsonText::tr("the template's title or shortcode is expected"));
            return std::nullopt;
        }
        return a;
    }
    fail(error, QString(), RuleJsonText::tr("unknown action \"%1\"").arg(key));
    return std::nullopt;
}

QJsonObject toJson(const RuleAction &a)
{
    switch (a.type) {
    case RuleAction::Type::Tag:
        return {{u"tag"_s, a.text}};
    case RuleAction::Type::Untag:
        return {{u"untag"_s, a.text}};
    case RuleAction::Type::Close:
        return {{u"close"_s, true}};
    case RuleAction::Type::Hide:
        return {{u"hide"_s, true}};
    case RuleAction::Type::Delete:
        return {{u"delete"_s, true}};
    case RuleAction::Type::Stop:
        return {{u"stop"_s, true}};
    case RuleAction::Type::Notify:
        return {{u"notify"_s, a.text}};
    case RuleAction::Type::Priority:
        return {{u"priority"_s, a.text}};
    case RuleAction::Type::Assign: {
        if (!a.roundRobin)
            return {{u"assign"_s, a.text}};
        QJsonObject r{
            {u"round_robin"_s, a.operators.isEmpty()
                                   ? QJsonValue(u"on_shift"_s)
                                   : QJsonValue(QJsonArray::fromStringList(a.operators))}};
        if (a.cap > 0)
            r.insert(u"cap"_s, a.cap);
        return {{u"assign"_s, r}};
    }
    case RuleAction::Type::Reply: {
        if (!a.firstContactOnly && a.outOfHoursCalendar.isEmpty())
            return {{u"reply"_s, a.text}};
        QJsonObject r{{u"template"_s, a.text}};
        if (a.firstContactOnly)
            r.insert(u"first_contact_only"_s, true);
        if (!a.outOfHoursCalendar.isEmpty())
            r.insert(u"out_of_hours"_s, a.outOfHoursCalendar);
        return {{u"reply"_s, r}};
    }
    }
    return {};
}

std::optional<Rule> parse(const QJsonObject &json, QString *error)
{
    Rule rule;
    rule.name = json.value(u"name"_s).toString().trimmed();
    if (rule.name.isEmpty()) {
        fail(error, u"name"_s, RuleJsonText::tr("a rule needs a name"));
        return std::nullopt;
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        static const QStringList known{u"name"_s, u"enabled"_s, u"trigger"_s, u"when"_s,
                                       u"then"_s, u"id"_s,      u"position"_s};
        if (!known.contains(it.key())) {
            fail(error, it.key(), RuleJsonText::tr("unknown field"));
            return std::nullopt;
        }
    }
    rule.enabled = json.value(u"enabled"_s).toBool(false);
    rule.id = json.value(u"id"_s).toInteger();
    rule.position = json.value(u"position"_s).toInt();
    if (json.contains(u"trigger"_s)) {
        const auto trigger = triggerFromWord(json.value(u"trigger"_s).toString());
        if (!trigger) {
            fail(error, u"trigger"_s,
                 RuleJsonText::tr("\"ingest\", \"timer\" or \"both\" is expected"));
            return std::nullopt;
        }
        rule.trigger = *trigger;
    }
    if (json.contains(u"when"_s)) {
        auto when = parseAt(json.value(u"when"_s), u"when"_s, error);
        if (!when)
            return std::nullopt;
        rule.when = *when;
    }
    const QJsonValue then = json.value(u"then"_s);
    if (!then.isArray() || then.toArray().isEmpty()) {
        fail(error, u"then"_s, RuleJsonText::tr("a rule needs at least one action"));
        return std::nullopt;
    }
    const QJsonArray actions = then.toArray();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        QString why;
        auto action = parseAction(actions.at(i), &why);
        if (!action) {
            fail(error, u"then["_s + QString::number(i) + u']', why);
            return std::nullopt;
        }
        rule.actions.append(*action);
    }
    return rule;
}

std::optional<Rule> parse(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(error, QString(),
             pe.error != QJsonParseError::NoError
                 ? RuleJsonText::tr("not valid JSON at character %1: %2")
                       .arg(pe.offset)
                       .arg(pe.errorString())
                 : RuleJsonText::tr("a rule is a JSON object"));
        return std::nullopt;
    }
    return parse(doc.object(), error);
}

QJsonObject toJson(const Rule &rule)
{
    QJsonObject o{{u"name"_s, rule.name},
                  {u"enabled"_s, rule.enabled},
                  {u"trigger"_s, triggerWord(rule.trigger)}};
    if (rule.id > 0)
        o.insert(u"id"_s, rule.id);
    if (rule.when.type != Type::All || !rule.when.children.isEmpty())
        o.insert(u"when"_s, toJson(rule.when));
    QJsonArray then;
    for (const RuleAction &a : rule.actions)
        then.append(toJson(a));
    o.insert(u"then"_s, then);
    return o;
}

} // namespace fd::core::ruleJson
