// rule add | list | show | enable | disable | move | remove | dry-run: the automation rules of
// the store, as JSON in and out (see core/rules/RuleJson.h for the form).
#include "Cli.h"

#include "console/InboxActions.h"
#include "rules/DryRun.h"
#include "rules/RuleJson.h"
#include "rules/RuleStore.h"
#include "rules/RuleSummary.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <variant>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::ctl {
namespace {

const QString kUsage = u"usage: frontdeskctl rule VERB …\n"
                       u"  add [--file F | -] [--enable]   add rules from JSON (one rule or an "
                       u"array)\n"
                       u"  list [--json]                   the rules in the order they run\n"
                       u"  show NAME                       a rule's JSON\n"
                       u"  enable NAME | disable NAME      switch a rule on or off\n"
                       u"  move NAME --to N                put a rule at position N (1: first)\n"
                       u"  remove NAME                     delete a rule\n"
                       u"  dry-run NAME | --file F [--since DAYS] [--limit N] [--json]\n"
                       u"                                  what a rule would have done to the "
                       u"stored items\n"_s;

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// The JSON from --file F, a lone "-" or (neither given) standard input.
std::optional<QByteArray> readInput(const QCommandLineParser &p, CommandContext &ctx)
{
    const QStringList pos = p.positionalArguments();
    const QString path = p.isSet(u"file"_s) ? p.value(u"file"_s) : pos.value(0, u"-"_s);
    QFile f;
    const bool opened = path == u"-"_s ? f.open(stdin, QIODevice::ReadOnly)
                                       : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!opened) {
        ctx.err << u"Cannot read %1: %2\n"_s.arg(path, f.errorString());
        return std::nullopt;
    }
    return f.readAll();
}

// One rule or an array of rules; nothing after printing where the JSON is wrong.
std::optional<QList<Rule>> parseRules(const QByteArray &data, CommandContext &ctx)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        ctx.err << u"Not valid JSON at character %1: %2\n"_s.arg(pe.offset).arg(pe.errorString());
        return std::nullopt;
    }
    QList<QJsonValue> values;
    if (doc.isArray()) {
        const QJsonArray array = doc.array();
        values = QList<QJsonValue>(array.begin(), array.end());
    } else {
        values.append(doc.object());
    }
    QList<Rule> rules;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString where = doc.isArray() ? u"[%1] "_s.arg(i) : QString();
        if (!values[i].isObject()) {
            ctx.err << where << u"a rule is a JSON object\n"_s;
            return std::nullopt;
        }
        QString error;
        const auto rule = ruleJson::parse(values[i].toObject(), &error);
        if (!rule) {
            ctx.err << where << error << u"\n"_s;
            return std::nullopt;
        }
        rules.append(*rule);
    }
    return rules;
}

std::optional<RuleRecord> findRule(CommandContext &ctx, RuleStore &rules, const QString &name)
{
    const auto found = rules.byName(name);
    if (!found.ok()) {
        ctx.err << found.error().message << u"\n"_s;
        return std::nullopt;
    }
    return *found;
}

// The store, a RuleStore on it and the rule named by the one NAME argument.
struct Target
{
    Store *store = nullptr;
    std::optional<RuleStore> rules;
    std::optional<RuleRecord> rule;
};

// A verb on one rule (`rule VERB NAME …`): parses `p` (given its description and any options of
// its own), opens the store and finds the rule; or the exit code after saying what is wrong.
std::variant<int, Target> namedRule(CommandContext &ctx, QCommandLineParser &p,
                                    const QStringList &args, const QString &verb,
                                    const QString &more = {})
{
    p.addHelpOption();
    p.addPositionalArgument(u"name"_s, u"The rule's name."_s);
    if (const auto done = parseOrExit(p, args, ctx, u"rule "_s + verb))
        return *done;
    if (p.positionalArguments().size() != 1) {
        ctx.err << u"usage: frontdeskctl rule %1 NAME%2\n"_s.arg(verb, more);
        return int(Usage);
    }
    Target t;
    t.store = ctx.store();
    if (!t.store)
        return int(Failure);
    t.rules.emplace(*t.store, Actor::local());
    t.rule = findRule(ctx, *t.rules, p.positionalArguments().constFirst());
    if (!t.rule)
        return int(Failure);
    return t;
}

int storeFailure(CommandContext &ctx, const StoreError &error)
{
    ctx.err << error.message << u"\n"_s;
    return Failure;
}

int addRules(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Add rules from JSON: one rule or an array of rules, from a file "
                                u"or standard input. Rules are added last, disabled unless "
                                u"--enable."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"file"_s, u"\"-\" for standard input (the default)."_s, u"[-]"_s);
    p.addOptions({{u"file"_s, u"Read the JSON from this file."_s, u"F"_s},
                  {u"enable"_s, u"Enable the rules at once."_s}});
    if (const auto done = parseOrExit(p, args, ctx, u"rule add"_s))
        return *done;
    if (p.positionalArguments().size() > 1 ||
        (p.isSet(u"file"_s) && !p.positionalArguments().isEmpty())) {
        ctx.err << u"usage: frontdeskctl rule add [--file F | -] [--enable]\n"_s;
        return Usage;
    }
    const auto data = readInput(p, ctx);
    if (!data)
        return Usage;
    auto parsed = parseRules(*data, ctx);
    if (!parsed)
        return Usage;
    Store *store = ctx.store();
    if (!store)
        return Failure;
    RuleStore rules(*store, Actor::local());
    for (Rule &rule : *parsed) {
        // Adding never overwrites: an id in the JSON (from `rule show` of another store) is
        // not this store's.
        rule.id = 0;
        if (p.isSet(u"enable"_s))
            rule.enabled = true;
        const auto id = rules.save(rule).result();
        if (!id.ok())
            return storeFailure(ctx, id.error());
        ctx.out << u"Added rule \"%1\" (%2).\n"_s.arg(rule.name,
                                                      rule.enabled ? u"enabled"_s : u"disabled"_s);
    }
    return Ok;
}

int listRules(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"List the rules in the order they run."_s);
    p.addHelpOption();
    p.addOption({u"json"_s, u"One JSON object per line."_s});
    if (const auto done = parseOrExit(p, args, ctx, u"rule list"_s))
        return *done;
    Store *store = ctx.store();
    if (!store)
        return Failure;
    const auto list = RuleStore(*store, Actor::local()).list();
    if (!list.ok())
        return storeFailure(ctx, list.error());
    const bool json = p.isSet(u"json"_s);
    if (!json && !list->isEmpty())
        ctx.out << u"  #  on  %1  %2  %3  %4  %5\n"_s.arg(u"name"_s, -28)
                       .arg(u"trigger"_s, -7)
                       .arg(u"firings"_s, 7)
                       .arg(u"last fired"_s, -16)
                       .arg(u"what"_s);
    int position = 0;
    for (const RuleRecord &r : *list) {
        ++position;
        const QString summary =
            r.problem.isEmpty() ? describeRule(r.rule) : u"cannot be read: "_s + r.problem;
        const QString lastFired =
            r.lastFiredAt.isValid() ? r.lastFiredAt.toUTC().toString(Qt::ISODate) : QString();
        if (json) {
            QJsonObject o{
                {u"id"_s, r.rule.id},
                {u"position"_s, position},
                {u"enabled"_s, r.rule.enabled},
                {u"name"_s, r.rule.name},
                {u"trigger"_s, ruleJson::triggerWord(r.rule.trigger)},
                {u"firings"_s, r.firings},
                {u"last_fired"_s, lastFired.isEmpty() ? QJsonValue() : QJsonValue(lastFired)},
                {u"summary"_s, summary}};
            if (!r.problem.isEmpty())
                o.insert(u"problem"_s, r.problem);
            ctx.out << compact(o) << u"\n"_s;
        } else {
            ctx.out << u"%1  %2  %3  %4  %5  %6  %7\n"_s.arg(position, 3)
                           .arg(r.rule.enabled ? u"on"_s : u"--"_s)
                           .arg(oneLine(r.rule.name, 28), -28)
                           .arg(ruleJson::triggerWord(r.rule.trigger), -7)
                           .arg(r.firings, 7)
                           .arg(lastFired.isEmpty() ? u"never"_s : lastFired.left(16), -16)
                           .arg(oneLine(summary, 100));
        }
    }
    if (!json && list->isEmpty())
        ctx.out << u"No rules yet. Add one with: frontdeskctl rule add --file rule.json\n"_s;
    return Ok;
}

int showRule(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Print a rule's JSON, as `frontdeskctl rule add` reads it back."_s);
    auto target = namedRule(ctx, p, args, u"show"_s);
    if (const int *code = std::get_if<int>(&target))
        return *code;
    const RuleRecord &r = *std::get<Target>(target).rule;
    if (!r.problem.isEmpty()) {
        ctx.err << u"The rule \"%1\" cannot be read: %2\n"_s.arg(r.rule.name, r.problem);
        return Failure;
    }
    QJsonObject json = ruleJson::toJson(r.rule);
    json.remove(u"id"_s);
    ctx.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return Ok;
}

int switchRule(CommandContext &ctx, const QStringList &args, bool enable)
{
    QCommandLineParser p;
    p.setApplicationDescription(enable ? u"Enable a rule: it acts on items from now on."_s
                                       : u"Disable a rule: it stops acting on items."_s);
    auto target = namedRule(ctx, p, args, enable ? u"enable"_s : u"disable"_s);
    if (const int *code = std::get_if<int>(&target))
        return *code;
    Target &t = std::get<Target>(target);
    const StoreError err = t.rules->setEnabled(t.rule->rule.id, enable).result();
    if (!err.ok())
        return storeFailure(ctx, err);
    ctx.out << (enable ? u"Enabled \"%1\".\n"_s : u"Disabled \"%1\".\n"_s).arg(t.rule->rule.name);
    return Ok;
}

int enableRule(CommandContext &ctx, const QStringList &args)
{
    return switchRule(ctx, args, true);
}

int disableRule(CommandContext &ctx, const QStringList &args)
{
    return switchRule(ctx, args, false);
}

int moveRule(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Move a rule to another place in the order the rules run."_s);
    p.addOption({u"to"_s, u"The new position (1: runs first)."_s, u"N"_s});
    auto target = namedRule(ctx, p, args, u"move"_s, u" --to N"_s);
    if (const int *code = std::get_if<int>(&target))
        return *code;
    bool ok = false;
    const int to = p.value(u"to"_s).toInt(&ok);
    if (!ok || to < 1) {
        ctx.err << u"usage: frontdeskctl rule move NAME --to N (N from 1)\n"_s;
        return Usage;
    }
    Target &t = std::get<Target>(target);
    const auto list = t.rules->list();
    if (!list.ok())
        return storeFailure(ctx, list.error());
    QList<qint64> order;
    for (const RuleRecord &r : *list) {
        if (r.rule.id != t.rule->rule.id)
            order.append(r.rule.id);
    }
    const qsizetype at = std::min<qsizetype>(to - 1, order.size());
    order.insert(at, t.rule->rule.id);
    const StoreError err = t.rules->reorder(order).result();
    if (!err.ok())
        return storeFailure(ctx, err);
    ctx.out
        << u"\"%1\" is now rule %2 of %3.\n"_s.arg(t.rule->rule.name).arg(at + 1).arg(order.size());
    return Ok;
}

int removeRule(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Delete a rule. What it did stays in the journal."_s);
    auto target = namedRule(ctx, p, args, u"remove"_s);
    if (const int *code = std::get_if<int>(&target))
        return *code;
    Target &t = std::get<Target>(target);
    const StoreError err = t.rules->remove(t.rule->rule.id).result();
    if (!err.ok())
        return storeFailure(ctx, err);
    ctx.out << u"Removed \"%1\".\n"_s.arg(t.rule->rule.name);
    return Ok;
}

// Action type words as the JSON writes them ("close", "tag", …).
QString actionWord(RuleAction::Type type)
{
    RuleAction a;
    a.type = type;
    return ruleJson::toJson(a).keys().value(0);
}

int dryRunRule(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Show what a rule would have done to the stored items, "
                                u"changing nothing: a stored rule by name, or a rule from a "
                                u"file not yet added."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"name"_s, u"The rule's name (or --file)."_s, u"[NAME]"_s);
    p.addOptions({
        {u"file"_s, u"Try the rule in this JSON file (\"-\": standard input)."_s, u"F"_s},
        {u"since"_s, u"Only items of the last DAYS days (default: all)."_s, u"DAYS"_s},
        {u"limit"_s, u"List at most N items (default 50; all are counted)."_s, u"N"_s, u"50"_s},
        {u"json"_s, u"One JSON object: the counts and the items."_s},
    });
    if (const auto done = parseOrExit(p, args, ctx, u"rule dry-run"_s))
        return *done;
    const QString usage = u"usage: frontdeskctl rule dry-run NAME | --file F [--since DAYS] "
                          u"[--limit N] [--json]\n"_s;
    const bool fromFile = p.isSet(u"file"_s);
    if (p.positionalArguments().size() != (fromFile ? 0 : 1)) {
        ctx.err << usage;
        return Usage;
    }
    bool ok = true;
    const int limit = p.value(u"limit"_s).toInt(&ok);
    bool sinceOk = true;
    const int days = p.isSet(u"since"_s) ? p.value(u"since"_s).toInt(&sinceOk) : 0;
    if (!ok || limit < 0 || !sinceOk || days < 0) {
        ctx.err << u"--limit and --since take whole numbers.\n"_s << usage;
        return Usage;
    }
    Rule rule;
    if (fromFile) {
        const auto data = readInput(p, ctx);
        if (!data)
            return Usage;
        const auto parsed = parseRules(*data, ctx);
        if (!parsed)
            return Usage;
        if (parsed->size() != 1) {
            ctx.err << u"A dry run tries one rule; the file holds %1.\n"_s.arg(parsed->size());
            return Usage;
        }
        rule = parsed->constFirst();
        rule.id = 0;
    }
    Store *store = ctx.store();
    if (!store)
        return Failure;
    RuleStore rules(*store, Actor::local());
    const auto list = rules.list();
    if (!list.ok())
        return storeFailure(ctx, list.error());
    if (fromFile) {
        // Not stored yet: it would run after every stored rule.
        rule.position = list->isEmpty() ? 1 : list->constLast().rule.position + 1;
    } else {
        const auto found = findRule(ctx, rules, p.positionalArguments().constFirst());
        if (!found)
            return Failure;
        if (!found->problem.isEmpty()) {
            ctx.err << u"The rule \"%1\" cannot be read: %2\n"_s.arg(found->rule.name,
                                                                     found->problem);
            return Failure;
        }
        rule = found->rule;
    }
    const auto reader = store->reader();
    if (!reader.ok())
        return storeFailure(ctx, reader.error());
    DryRunOptions options;
    options.listLimit = limit;
    if (days > 0)
        options.since = QDateTime::currentDateTimeUtc().addDays(-days);
    const auto report = dryRun(*reader, rule, options);
    if (!report.ok())
        return storeFailure(ctx, report.error());

    if (p.isSet(u"json"_s)) {
        QJsonObject counts;
        for (auto it = report->counts.begin(); it != report->counts.end(); ++it)
            counts.insert(actionWord(it.key()), it.value());
        QJsonArray items;
        for (const DryRunItem &item : report->items) {
            items.append(QJsonObject{
                {u"id"_s, item.itemId},
                {u"account"_s, item.account},
                {u"author"_s, item.author},
                {u"created_at"_s, item.createdAt.toUTC().toString(Qt::ISODate)},
                {u"actions"_s, QJsonArray::fromStringList(item.actions)},
                {u"text"_s, item.text},
            });
        }
        ctx.out << compact({{u"rule"_s, rule.name},
                            {u"summary"_s, report->summary()},
                            {u"examined"_s, report->examined},
                            {u"matched"_s, report->matched},
                            {u"counts"_s, counts},
                            {u"items"_s, items}})
                << u"\n"_s;
        return Ok;
    }
    ctx.out << report->summary() << u"\n"_s;
    if (report->items.isEmpty())
        return Ok;
    ctx.out << u"\n%1  %2  %3  %4  %5  %6\n"_s.arg(u"id"_s, 8)
                   .arg(u"account"_s, -16)
                   .arg(u"author"_s, -20)
                   .arg(u"created"_s, -16)
                   .arg(u"actions"_s, -24)
                   .arg(u"text"_s);
    for (const DryRunItem &item : report->items) {
        ctx.out << u"%1  %2  %3  %4  %5  %6\n"_s.arg(item.itemId, 8)
                       .arg(oneLine(item.account, 16), -16)
                       .arg(oneLine(item.author, 20), -20)
                       .arg(item.createdAt.toUTC().toString(Qt::ISODate).left(16), -16)
                       .arg(oneLine(item.actions.join(u", "_s), 24), -24)
                       .arg(oneLine(item.text, 60));
    }
    if (report->matched > report->items.size())
        ctx.out << u"… and %1 more.\n"_s.arg(report->matched - report->items.size());
    return Ok;
}

} // namespace

int ruleCommand(CommandContext &ctx)
{
    return runVerb(ctx,
                   {{u"add"_s, &addRules},
                    {u"list"_s, &listRules},
                    {u"show"_s, &showRule},
                    {u"enable"_s, &enableRule},
                    {u"disable"_s, &disableRule},
                    {u"move"_s, &moveRule},
                    {u"remove"_s, &removeRule},
                    {u"dry-run"_s, &dryRunRule}},
                   kUsage);
}

} // namespace fd::ctl
