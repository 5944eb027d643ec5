#include "Cli.h"
#include "ItemJson.h"

#include "store/ItemQueries.h"

#include <QCommandLineParser>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::ctl {
namespace {

QStringList listOption(const QCommandLineParser &p, const QString &name)
{
    QStringList out;
    const auto values = p.values(name);
    for (const QString &v : values) {
        const auto parts = v.split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts)
            out << part.trimmed();
    }
    return out;
}

} // namespace

int itemsCommand(CommandContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"List items of the inbox, newest first."_s);
    p.addHelpOption();
    p.addOptions({
        {u"status"_s,
         u"Only these statuses (new, open, waiting, closed, hidden, deleted; comma-separated)."_s,
         u"S"_s},
        {u"platform"_s, u"Only these platforms (telegram, vk, …; comma-separated)."_s, u"P"_s},
        {u"account"_s, u"Only these accounts, by name or id (comma-separated)."_s, u"A"_s},
        {u"kind"_s, u"Only these kinds (dm, comment, mention, review; comma-separated)."_s, u"K"_s},
        {u"tag"_s, u"Only items with one of these tags (comma-separated)."_s, u"T"_s},
        {u"assignee"_s, u"Only items assigned to this operator (login), or \"none\"."_s,
         u"LOGIN"_s},
        {u"search"_s, u"Only items whose text or author matches these words."_s, u"Q"_s},
        {u"unread"_s, u"Only unread items."_s},
        {u"outgoing"_s, u"Include our own replies."_s},
        {u"limit"_s, u"At most N items (default 50; 0 for all)."_s, u"N"_s, u"50"_s},
        {u"json"_s, u"One JSON object per line."_s},
    });
    if (const auto done = parseOrExit(p, ctx.args, ctx))
        return *done;
    bool limitOk = false;
    const int limit = p.value(u"limit"_s).toInt(&limitOk);
    if (!limitOk || limit < 0) {
        ctx.err << u"--limit takes a whole number, 0 for all.\n"_s;
        return Usage;
    }

    Store *store = ctx.store();
    if (!store)
        return Failure;
    auto reader = store->reader();
    if (!reader.ok()) {
        ctx.err << reader.error().message << u"\n"_s;
        return Failure;
    }
    ItemQueries queries(*reader);

    ItemFilter f;
    for (const QString &s : listOption(p, u"status"_s)) {
        const auto st = itemStatusFromString(s.toLower());
        if (!st) {
            ctx.err
                << u"Unknown status \"%1\". Choose from new, open, waiting, closed, hidden, deleted.\n"_s
                       .arg(s);
            return Usage;
        }
        f.statuses << *st;
    }
    for (const QString &s : listOption(p, u"platform"_s)) {
        const auto pl = parsePlatform(s, ctx.err);
        if (!pl)
            return Usage;
        f.platforms << *pl;
    }
    for (const QString &s : listOption(p, u"kind"_s)) {
        const auto k = itemKindFromString(s.toLower());
        if (!k) {
            ctx.err << u"Unknown kind \"%1\". Choose from dm, comment, mention, review.\n"_s.arg(s);
            return Usage;
        }
        f.kinds << *k;
    }
    if (p.isSet(u"account"_s)) {
        const auto accounts = queries.accounts();
        if (!accounts.ok()) {
            ctx.err << accounts.error().message << u"\n"_s;
            return Failure;
        }
        for (const QString &s : listOption(p, u"account"_s)) {
            auto it = std::find_if(accounts->cbegin(), accounts->cend(), [&](const Account &a) {
                return a.name.compare(s, Qt::CaseInsensitive) == 0 || QString::number(a.id) == s;
            });
            if (it == accounts->cend()) {
                ctx.err << u"There is no account \"%1\". See: frontdeskctl account list\n"_s.arg(s);
                return Usage;
            }
            f.accountIds << it->id;
        }
    }
    if (p.isSet(u"tag"_s)) {
        const auto tags = queries.tags();
        if (!tags.ok()) {
            ctx.err << tags.error().message << u"\n"_s;
            return Failure;
        }
        for (const QString &s : listOption(p, u"tag"_s)) {
            auto it = std::find_if(tags->cbegin(), tags->cend(), [&](const Tag &t) {
                return t.name.compare(s, Qt::CaseInsensitive) == 0;
            });
            if (it == tags->cend()) {
                ctx.err << u"There is no tag \"%1\".\n"_s.arg(s);
                return Usage;
            }
            f.tagIds << it->id;
        }
    }
    if (p.isSet(u"assignee"_s)) {
        const QString who = p.value(u"assignee"_s);
        if (who.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            f.assigneeId = 0;
        } else {
            const auto ops = queries.operators();
            if (!ops.ok()) {
                ctx.err << ops.error().message << u"\n"_s;
                return Failure;
            }
            auto it = std::find_if(ops->cbegin(), ops->cend(), [&](const Operator &o) {
                return o.login.compare(who, Qt::CaseInsensitive) == 0;
            });
            if (it == ops->cend()) {
                ctx.err << u"There is no operator \"%1\".\n"_s.arg(who);
                return Usage;
            }
            f.assigneeId = it->id;
        }
    }
    f.search = p.value(u"search"_s);
    f.unreadOnly = p.isSet(u"unread"_s);
    f.includeOutgoing = p.isSet(u"outgoing"_s);

    const bool json = p.isSet(u"json"_s);
    constexpr int kPage = 500;
    int printed = 0;
    qint64 before = 0;
    for (;;) {
        const int want = limit == 0 ? kPage : qMin(kPage, limit - printed);
        if (want <= 0)
            break;
        auto page = queries.page(f, want, before);
        if (!page.ok()) {
            ctx.err << page.error().message << u"\n"_s;
            return Failure;
        }
        for (const ItemRow &row : *page) {
            if (json) {
                ctx.out << QString::fromUtf8(
                               QJsonDocument(itemToJson(row)).toJson(QJsonDocument::Compact))
                        << u"\n"_s;
            } else {
                const Item &it = row.item;
                QString who = it.author.name;
                if (!it.author.handle.isEmpty())
                    who += u" @"_s + it.author.handle;
                ctx.out << u"%1  %2  %3  %4  %5  %6  %7\n"_s.arg(it.id)
                               .arg(it.createdAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s))
                               .arg(oneLine(toString(row.platform) + u'/' + row.accountName, 24),
                                    -24)
                               .arg(toString(it.kind), -7)
                               .arg(toString(it.status), -7)
                               .arg(oneLine(who, 28), -28)
                               .arg(oneLine(it.text, 80));
            }
        }
        printed += int(page->size());
        if (page->size() < want)
            break;
        before = page->last().item.id;
    }
    if (!json && printed == 0)
        ctx.err << u"No items match.\n"_s;
    ctx.out.flush();
    return Ok;
}

} // namespace fd::ctl
