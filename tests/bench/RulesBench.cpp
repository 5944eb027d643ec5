// bench rules: what automation at ingest costs. The same generated items go into fresh stores
// four ways — no hook, the hook with no rules (classifiers only), the hook with K enabled rules
// of a dense set (rules that act on nearly every item) and of a narrow set (rules that each act
// on a small share, as most of a shop's rules do) — and the items/s of each, their ratios and
// what the rules did are printed. What rules cost is mostly what they write (tags, journal rows,
// outbox rows, status changes), so both sets are shown with their writes per item.
#include "BenchSupport.h"
#include "IngestBenchRun.h"

#include "rules/AutomationHook.h"
#include "rules/RuleJson.h"
#include "rules/RuleStore.h"
#include "store/Connection.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::bench {
namespace {

// Rules both sets hold.
const char kSpamIsHidden[] = R"({"name": "Spam is hidden", "when": {"spam": true},
    "then": [{"tag": "spam"}, {"hide": true}, {"stop": true}]})";
const char kOrderNumber[] =
    R"({"name": "Order number", "when": {"text_regex": "#\\d{6}\\b"}, "then": [{"tag": "order"}]})";
const char kAngryVip[] = R"({"name": "Angry VIP",
    "when": {"all": [{"sentiment": "negative"}, {"followers": {"min": 10000}}]},
    "then": [{"priority": "urgent"}, {"notify": "An unhappy customer with a large audience"}]})";
const char kBadReviews[] =
    R"({"name": "Bad reviews", "when": {"all": [{"kind": "review"}, {"sentiment": "negative"}]},
    "then": [{"tag": "bad-review"}, {"priority": "high"}]})";
const char kStoreReviewsToAnna[] = R"({"name": "Store reviews to Anna",
    "when": {"all": [{"platform": "google_play"}, {"kind": "review"}]},
    "then": [{"assign": "anna"}]})";
const char kTelegramChatsShared[] = R"({"name": "Telegram chats shared",
    "when": {"all": [{"platform": "telegram"}, {"kind": "dm"}, {"not": {"spam": true}}]},
    "then": [{"assign": {"round_robin": ["anna", "boris"], "cap": 500}}]})";
const char kInfluencers[] = R"({"name": "Influencers", "when": {"followers": {"min": 50000}},
    "then": [{"tag": "influencer"}, {"priority": "high"}]})";
const char kWarranty[] =
    R"({"name": "Warranty", "when": {"keywords": ["warranty", "гарантия", "гарантию",
    "gwarancja", "gwarancję"]}, "then": [{"tag": "warranty"}]})";
const char kBrokenGoods[] =
    R"({"name": "Broken goods", "when": {"keywords": ["broke", "scratched", "сломался",
    "царапинами", "zepsuł", "porysowany"]},
    "then": [{"tag": "defect"}, {"priority": "high"}]})";
const char kInStock[] =
    R"({"name": "In stock", "when": {"keywords": ["available", "в наличии", "dostępny"]},
    "then": [{"tag": "stock"}]})";
const char kCompetitors[] = R"({"name": "Competitors", "when": {"any": [{"text_contains": "ozon"},
    {"text_contains": "allegro"}, {"text_contains": "amazon"}]},
    "then": [{"tag": "competitor"}]})";
const char kEscalation[] =
    R"({"name": "Escalation", "when": {"keywords": ["nobody answers", "no reply",
    "третий раз", "молчит", "trzeci raz", "brak odpowiedzi"]},
    "then": [{"tag": "escalation"}, {"priority": "urgent"}]})";
const char kEditedComplaints[] = R"({"name": "Edited complaints",
    "when": {"all": [{"event": "edited"}, {"sentiment": "negative"}]},
    "then": [{"tag": "edited-complaint"}]})";
const char kRudeWords[] =
    R"({"name": "Rude words", "when": {"keywords": ["damn", "чёрт", "cholera"]},
    "then": [{"tag": "rude"}]})";
const char kWholesale[] =
    R"({"name": "Wholesale", "when": {"text_regex": "\\b\\d{2,} ?(pcs|шт|szt)\\b"},
    "then": [{"tag": "wholesale"}, {"priority": "high"}]})";
const char kGifts[] =
    R"({"name": "Gifts", "when": {"keywords": ["gift", "подарок", "подарка", "prezent"]},
    "then": [{"tag": "gift"}]})";
const char kCancelledOrders[] =
    R"({"name": "Cancelled orders", "when": {"keywords": ["cancelled", "отменили",
    "anulowane"]}, "then": [{"tag": "cancelled"}, {"priority": "high"}]})";
const char kPickUp[] =
    R"({"name": "Pick-up", "when": {"keywords": ["pick up", "забрать", "odebrać"]},
    "then": [{"tag": "pickup"}]})";
const char kAfterHoursComplaints[] =
    R"({"name": "After-hours complaints", "when": {"all": [{"platform": ["telegram", "vk"]},
    {"sentiment": "negative"}, {"time_of_day": {"from": "20:00", "to": "09:00"}}]},
    "then": [{"notify": "A complaint came in after hours"}]})";

// A dense rule set, in the order it runs: spam and noise first (stopping there), then triage by
// topic in three languages, regexes, channel routing, reach and history, posts, time of day;
// with rules that tag nearly every item (language queues, first contact, night, praise).
const char *const kRules[] = {
    kSpamIsHidden,
    R"({"name": "Emoji only closes", "when": {"only_emoji": true},
        "then": [{"tag": "emoji"}, {"close": true}, {"stop": true}]})",
    R"({"name": "Thanks closes itself",
        "when": {"all": [{"kind": ["comment", "dm", "review"]}, {"words": {"max": 8}},
                         {"keywords": ["thanks", "thank you", "спасибо", "dziękuję", "dzięki"]},
                         {"not": {"sentiment": "negative"}}]},
        "then": [{"tag": "thanks"}, {"close": true}]})",
    R"({"name": "Refunds", "when": {"keywords": ["refund", "return", "возврат", "верните деньги",
                                                 "zwrot", "zwrócić"]},
        "then": [{"tag": "refund"}, {"priority": "high"}]})",
    R"({"name": "Delivery", "when": {"keywords": ["delivery", "shipping", "courier", "доставка",
        "доставку", "курьер", "dostawa", "dostawę", "wysyłka", "kurier"]},
        "then": [{"tag": "delivery"}]})",
    R"({"name": "Prices and sales", "when": {"keywords": ["price", "sale", "discount", "цена",
        "скидка", "promocja", "cena", "rabat"]}, "then": [{"tag": "price"}]})",
    R"({"name": "Login problems", "when": {"keywords": ["login", "log in", "password", "войти",
        "пароль", "zalogować", "hasło"]}, "then": [{"tag": "login"}, {"priority": "high"}]})",
    kOrderNumber,
    R"({"name": "Phone number", "when": {"text_regex": "\\+?\\d[\\d ()-]{8,}\\d"},
        "then": [{"tag": "phone"}]})",
    R"({"name": "E-mail address", "when": {"text_regex": "[\\w.+-]+@[\\w-]+\\.[a-z]{2,}"},
        "then": [{"tag": "email"}]})",
    kAngryVip,
    kBadReviews,
    kStoreReviewsToAnna,
    kTelegramChatsShared,
    R"({"name": "VK mentions", "when": {"all": [{"platform": "vk"}, {"kind": "mention"}]},
        "then": [{"tag": "mention"}]})",
    R"({"name": "Channel comments",
        "when": {"all": [{"account": "Bench channel"}, {"kind": "comment"}]},
        "then": [{"tag": "youtube"}]})",
    R"({"name": "Polish queue", "when": {"language": "pl"}, "then": [{"tag": "pl"}]})",
    R"({"name": "Russian queue", "when": {"language": "ru"}, "then": [{"tag": "ru"}]})",
    R"({"name": "English queue", "when": {"language": "en"}, "then": [{"tag": "en"}]})",
    R"({"name": "Needs a translator", "when": {"language": "other"},
        "then": [{"tag": "translate"}]})",
    R"({"name": "Praise", "when": {"all": [{"sentiment": "positive"},
        {"not": {"keywords": ["thanks", "спасибо", "dziękuję"]}}]}, "then": [{"tag": "praise"}]})",
    R"({"name": "Long messages", "when": {"words": {"min": 25}}, "then": [{"tag": "long"}]})",
    R"({"name": "Short questions",
        "when": {"all": [{"words": {"max": 6}}, {"text_contains": "?"}]},
        "then": [{"tag": "short-question"}]})",
    kInfluencers,
    R"({"name": "Micro influencers", "when": {"followers": {"min": 5000, "max": 50000}},
        "then": [{"tag": "micro-influencer"}]})",
    R"({"name": "Repeat complaints",
        "when": {"all": [{"author_history": "returning"}, {"sentiment": "negative"}]},
        "then": [{"tag": "repeat-complaint"}, {"priority": "high"}]})",
    R"({"name": "First contact", "when": {"author_history": "new"},
        "then": [{"tag": "first-contact"}]})",
    R"({"name": "Giveaway post", "when": {"any": [{"post_contains": "розыгрыш"},
        {"post_contains": "giveaway"}, {"post_contains": "konkurs"}]},
        "then": [{"tag": "giveaway"}, {"priority": "low"}]})",
    R"({"name": "Sale post", "when": {"any": [{"post_contains": "sale"},
        {"post_contains": "promocja"}, {"post_contains": "скидк"}]},
        "then": [{"tag": "sale-post"}]})",
    R"({"name": "Night", "when": {"time_of_day": {"from": "22:00", "to": "08:00",
        "zone": "Europe/Moscow"}}, "then": [{"tag": "night"}]})",
    kWarranty,
    R"({"name": "Payments", "when": {"keywords": ["charged twice", "pay", "списали", "оплатить",
        "zapłacić", "dwa razy"]}, "then": [{"tag": "payment"}, {"priority": "high"}]})",
    kBrokenGoods,
    R"({"name": "Order status", "when": {"keywords": ["track", "статус", "status"]},
        "then": [{"tag": "order-status"}]})",
    kInStock,
    R"({"name": "Opening hours", "when": {"keywords": ["weekends", "open late", "выходные",
        "weekend", "otwarci"]}, "then": [{"tag": "hours"}]})",
    kCompetitors,
    kEscalation,
    kEditedComplaints,
    R"({"name": "Buzz", "when": {"all": [{"kind": "mention"},
        {"not": {"sentiment": "negative"}}]}, "then": [{"tag": "buzz"}]})",
    R"({"name": "Complaints to Boris", "when": {"all": [{"sentiment": "negative"},
        {"kind": ["dm", "comment"]}, {"not": {"platform": "telegram"}}]},
        "then": [{"assign": "boris"}]})",
    kRudeWords,
    R"({"name": "Links in chats", "when": {"all": [{"kind": "dm"}, {"has_link": true}]},
        "then": [{"tag": "link"}]})",
    kWholesale,
    kGifts,
    kCancelledOrders,
    kPickUp,
    R"({"name": "Small voices", "when": {"all": [{"kind": "mention"},
        {"sentiment": "neutral"}, {"followers": {"max": 100}}]},
        "then": [{"priority": "low"}]})",
    kAfterHoursComplaints,
    R"({"name": "Hot topics", "when": {"any": [{"all": [{"language": "ru"},
        {"keywords": ["доставка", "возврат"]}]}, {"all": [{"language": ["en", "pl"]},
        {"not": {"words": {"max": 3}}}, {"keywords": ["order", "zamówienie"]}]}]},
        "then": [{"tag": "hot"}]})",
};
// A narrow rule set: fifty different rules as a shop writes them. Spam, noise and thanks first,
// routing by channel and reach, then topics in three languages that each concern a few items.
const char *const kNarrowRules[] = {
    kSpamIsHidden,
    R"({"name": "Emoji only closes", "when": {"only_emoji": true},
        "then": [{"close": true}, {"stop": true}]})",
    R"({"name": "Thanks closes itself",
        "when": {"all": [{"words": {"max": 8}},
                         {"keywords": ["thanks", "thank you", "спасибо", "dziękuję", "dzięki"]},
                         {"not": {"sentiment": "negative"}}]},
        "then": [{"tag": "thanks"}, {"close": true}]})",
    R"({"name": "Refunds", "when": {"keywords": ["refund", "возврат", "верните деньги", "zwrot"]},
        "then": [{"tag": "refund"}, {"priority": "high"}]})",
    R"({"name": "Delivery", "when": {"keywords": ["courier", "курьер", "kurier"]},
        "then": [{"tag": "delivery"}]})",
    R"({"name": "Login problems", "when": {"keywords": ["password", "пароль", "hasło"]},
        "then": [{"tag": "login"}, {"priority": "high"}]})",
    kOrderNumber,
    kAngryVip,
    kBadReviews,
    kStoreReviewsToAnna,
    kTelegramChatsShared,
    kInfluencers,
    R"({"name": "Repeat complaints",
        "when": {"all": [{"author_history": "returning"}, {"sentiment": "negative"},
                         {"kind": "review"}]},
        "then": [{"tag": "repeat-complaint"}]})",
    R"({"name": "Giveaway post", "when": {"any": [{"post_contains": "розыгрыш"},
        {"post_contains": "giveaway"}, {"post_contains": "konkurs"}]},
        "then": [{"priority": "low"}]})",
    kWarranty,
    R"({"name": "Charged twice", "when": {"keywords": ["charged twice", "списали дважды",
        "dwa razy"]}, "then": [{"tag": "payment"}, {"priority": "urgent"}]})",
    kBrokenGoods,
    kInStock,
    R"({"name": "Opening hours", "when": {"keywords": ["weekends", "open late", "выходные",
        "otwarci"]}, "then": [{"tag": "hours"}]})",
    kCompetitors,
    kEscalation,
    kEditedComplaints,
    kRudeWords,
    kWholesale,
    kGifts,
    kCancelledOrders,
    kPickUp,
    kAfterHoursComplaints,
    R"({"name": "Partnership offers", "when": {"keywords": ["collaboration", "partnership",
        "сотрудничество", "współpraca"]}, "then": [{"tag": "partner"}, {"assign": "boris"}]})",
    R"({"name": "Job seekers", "when": {"keywords": ["vacancy", "job", "вакансия", "praca"]},
        "then": [{"tag": "jobs"}, {"close": true}]})",
    R"({"name": "Press", "when": {"keywords": ["journalist", "interview", "журналист",
        "dziennikarz"]}, "then": [{"tag": "press"}, {"priority": "high"}]})",
    R"({"name": "Legal threats", "when": {"keywords": ["lawyer", "court", "суд", "юрист",
        "prawnik", "sąd"]}, "then": [{"tag": "legal"}, {"priority": "urgent"}]})",
    R"({"name": "Sizes", "when": {"keywords": ["size", "размер", "rozmiar"]},
        "then": [{"tag": "size"}]})",
    R"({"name": "Colours", "when": {"keywords": ["colour", "color", "цвет", "kolor"]},
        "then": [{"tag": "colour"}]})",
    R"({"name": "Exchanges", "when": {"keywords": ["exchange", "обмен", "wymiana"]},
        "then": [{"tag": "exchange"}]})",
    R"({"name": "Invoices", "when": {"keywords": ["invoice", "счёт", "faktura", "fakturę"]},
        "then": [{"tag": "invoice"}]})",
    R"({"name": "Loyalty card", "when": {"keywords": ["loyalty", "бонусы", "karta stałego"]},
        "then": [{"tag": "loyalty"}]})",
    R"({"name": "App problems", "when": {"keywords": ["app crashes", "приложение",
        "aplikacja"]}, "then": [{"tag": "app"}]})",
    R"({"name": "Promo codes", "when": {"keywords": ["promo code", "промокод",
        "kod rabatowy"]}, "then": [{"tag": "promo"}]})",
    R"({"name": "Unsubscribe", "when": {"keywords": ["unsubscribe", "отписаться", "wypisać"]},
        "then": [{"tag": "unsubscribe"}, {"close": true}]})",
    R"({"name": "Suggestions", "when": {"keywords": ["suggestion", "предлагаю", "sugestia",
        "propozycja"]}, "then": [{"tag": "idea"}]})",
    R"({"name": "Store addresses", "when": {"keywords": ["address", "адрес", "adres"]},
        "then": [{"tag": "location"}]})",
    R"({"name": "Allergies", "when": {"keywords": ["allergy", "аллергия", "alergia"]},
        "then": [{"tag": "allergy"}, {"priority": "high"}]})",
    R"({"name": "Gift cards", "when": {"keywords": ["gift card", "сертификат", "bon"]},
        "then": [{"tag": "gift-card"}]})",
    R"({"name": "Timestamps in video comments",
        "when": {"all": [{"account": "Bench channel"}, {"kind": "comment"},
                         {"text_regex": "\\b\\d{1,2}:\\d{2}\\b"}]},
        "then": [{"tag": "timestamp"}]})",
    R"({"name": "Mentions with reach", "when": {"all": [{"kind": "mention"},
        {"followers": {"min": 10000}}]}, "then": [{"priority": "high"}]})",
    R"({"name": "Long reviews", "when": {"all": [{"kind": "review"}, {"words": {"min": 60}}]},
        "then": [{"tag": "long-review"}]})",
    R"({"name": "Russian reviews to Boris", "when": {"all": [{"kind": "review"},
        {"language": "ru"}, {"sentiment": "negative"}]}, "then": [{"assign": "boris"}]})",
    R"({"name": "Unknown language", "when": {"all": [{"language": "other"},
        {"not": {"only_emoji": true}}]}, "then": [{"tag": "translate"}]})",
    R"({"name": "Wrong channel", "when": {"all": [{"kind": "comment"}, {"keywords": ["dm me",
        "напишите в личку", "napiszcie prywatnie"]}]}, "then": [{"tag": "to-dm"}]})",
};

constexpr int kRuleCount = int(std::size(kRules));
constexpr int kNarrowRuleCount = int(std::size(kNarrowRules));

void removeDb(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

StoreError waitFor(QFuture<StoreError> f)
{
    f.waitForFinished();
    return f.result();
}

// The first `count` rules of a set (repeated, renamed, past its end), enabled.
StoreResult<QList<Rule>> ruleSet(const char *const *set, int size, int count)
{
    QList<Rule> rules;
    for (int i = 0; i < count; ++i) {
        QString error;
        auto rule = ruleJson::parse(QByteArray(set[i % size]), &error);
        if (!rule)
            return StoreError::invalid(u"rule %1: %2"_s.arg(i).arg(error));
        if (i >= size)
            rule->name += u" (%1)"_s.arg(i / size + 1);
        rule->enabled = true;
        rules.append(*rule);
    }
    return rules;
}

// Two operators for the assign rules, the rules, then the hook.
StoreError installRules(Store &store, const QList<Rule> &rules)
{
    StoreError err = waitFor(store.write([](const QSqlDatabase &db) {
        for (const QString &login : {u"anna"_s, u"boris"_s}) {
            auto q = Connection::exec(
                db, u"INSERT INTO operators (login, display_name, created_at) VALUES (?, ?, 0)"_s,
                {login, login});
            if (!q.ok())
                return q.error();
        }
        return StoreError{};
    }));
    if (!err.ok())
        return err;
    RuleStore ruleStore(store, Actor{0, u"bench"_s, u"Bench"_s, u"bench"_s});
    for (const Rule &rule : rules) {
        auto saved = ruleStore.save(rule);
        saved.waitForFinished();
        if (!saved.result().ok())
            return saved.result().error();
    }
    AutomationHook::install(store, u"bench"_s);
    return StoreError{};
}

struct RuleEffects
{
    qint64 tags = 0;
    qint64 firings = 0;
    qint64 firingRows = 0; // the firings kept one by one (notices, timer rules, stops)
    qint64 journalRows = 0;
    qint64 itemsActedOn = 0;
    qint64 customerItems = 0;
    qint64 outboxRows = 0;
    qint64 spam = 0;
};

StoreResult<RuleEffects> effectsIn(const QString &path)
{
    auto opened = Store::open(path);
    if (!opened.ok())
        return opened.error();
    auto reader = (*opened)->reader();
    if (!reader.ok())
        return reader.error();
    RuleEffects e;
    const std::pair<qint64 *, QString> counts[] = {
        {&e.tags, u"SELECT count(*) FROM item_tags"_s},
        {&e.firings, u"SELECT coalesce(sum(fired), 0) FROM rule_counts"_s},
        {&e.firingRows, u"SELECT count(*) FROM rule_firings"_s},
        {&e.journalRows, u"SELECT count(*) FROM journal WHERE actor_kind = 'rule'"_s},
        {&e.itemsActedOn, u"SELECT count(*) FROM (SELECT item_id FROM journal WHERE actor_kind = "
                          u"'rule' UNION SELECT item_id FROM rule_firings)"_s},
        {&e.customerItems, u"SELECT count(*) FROM items WHERE direction = 'in'"_s},
        {&e.outboxRows, u"SELECT count(*) FROM outbox"_s},
        {&e.spam, u"SELECT count(*) FROM items WHERE direction = 'in' AND spam"_s},
    };
    QSqlQuery q(*reader);
    for (const auto &[into, sql] : counts) {
        if (!q.exec(sql) || !q.next())
            return StoreError::fromSql(q.lastError(), sql);
        *into = q.value(0).toLongLong();
    }
    return e;
}

} // namespace

int rulesBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({
        {u"items"_s, u"How many items (default 100000)."_s, u"N"_s, u"100000"_s},
        {u"batch"_s, u"Items per ingest batch (default 1000)."_s, u"B"_s, u"1000"_s},
        {u"runs"_s, u"Repeat and report medians (default 3)."_s, u"R"_s, u"3"_s},
        {u"rules"_s, u"How many enabled rules (default 50)."_s, u"K"_s, u"50"_s},
        {u"dir"_s, u"Folder for the bench databases (default: a temporary folder)."_s, u"DIR"_s},
    });
    if (!p.parse(args)) {
        err << p.errorText() << u"\n"_s;
        return 2;
    }
    if (p.isSet(u"help"_s)) {
        out << p.helpText();
        return 0;
    }
    const qint64 items = p.value(u"items"_s).toLongLong();
    const int batch = p.value(u"batch"_s).toInt();
    const int runs = qMax(1, p.value(u"runs"_s).toInt());
    const int ruleCount = p.value(u"rules"_s).toInt();
    if (items <= 0 || batch <= 0 || ruleCount <= 0) {
        err << u"--items, --batch and --rules take positive numbers.\n"_s;
        return 2;
    }
    auto dense = ruleSet(kRules, kRuleCount, ruleCount);
    auto narrow = ruleSet(kNarrowRules, kNarrowRuleCount, ruleCount);
    if (!dense.ok() || !narrow.ok()) {
        err << (dense.ok() ? narrow : dense).error().message << u"\n"_s;
        return 1;
    }
    QTemporaryDir tmp;
    const QString dir = p.isSet(u"dir"_s) ? p.value(u"dir"_s) : tmp.path();
    QDir().mkpath(dir);

    out << u"bench rules: %1 generated items (ru/en/pl, 4 accounts), batches of %2, %3 runs, "
           u"%4 rules\n"_s.arg(items)
               .arg(batch)
               .arg(runs)
               .arg(ruleCount);
    constexpr int kSetups = 4;
    const QList<std::pair<QString, StoreSetup>> setups{
        {u"plain"_s, {}},
        {u"classifiers"_s,
         [](Store &store) {
             AutomationHook::install(store, u"bench"_s);
             return StoreError{};
         }},
        {u"dense"_s, [&](Store &store) { return installRules(store, *dense); }},
        {u"narrow"_s, [&](Store &store) { return installRules(store, *narrow); }},
    };
    QList<double> rates[kSetups];
    RuleEffects effects[kSetups];
    for (int run = 0; run < runs; ++run) {
        double rate[kSetups] = {};
        for (int s = 0; s < kSetups; ++s) {
            const QString path = QDir(dir).filePath(u"bench-rules-%1.db"_s.arg(setups[s].first));
            QString discarded; // progress lines only for the first set-up
            QTextStream quiet(&discarded);
            auto fig =
                runIngest(path, items, batch, 42, true, s == 0 ? out : quiet, setups[s].second);
            if (!fig.ok()) {
                err << fig.error().message << u"\n"_s;
                return 1;
            }
            rate[s] = double(fig->inserted) / fig->ingestSeconds;
            rates[s] << rate[s];
            if (s >= 2 && run == 0) {
                auto e = effectsIn(path);
                if (!e.ok()) {
                    err << e.error().message << u"\n"_s;
                    return 1;
                }
                effects[s] = *e;
            }
            removeDb(path);
        }
        out << u"  run %1: plain %2, classifiers %3, %4 dense rules %5, %4 narrow rules %6 "
               u"items/s\n"_s.arg(run + 1)
                   .arg(fmt(rate[0], 0), fmt(rate[1], 0))
                   .arg(ruleCount)
                   .arg(fmt(rate[2], 0), fmt(rate[3], 0));
        out.flush();
    }
    const double a = median(rates[0]), b = median(rates[1]);
    out << u"median: (a) plain %1 items/s, (b) classifiers %2 items/s\n"_s.arg(fmt(a, 0),
                                                                               fmt(b, 0));
    out << u"  classifiers cost 1 - b/a = %1%\n"_s.arg(fmt(100 * (1 - b / a), 1));
    const QString names[kSetups] = {{}, {}, u"dense"_s, u"narrow"_s};
    for (int s = 2; s < kSetups; ++s) {
        const double c = median(rates[s]);
        const RuleEffects &e = effects[s];
        const double n = e.customerItems ? double(e.customerItems) : 1.0;
        out << u"(%1) %2 %3 rules: %4 items/s\n"_s.arg(QChar(u'a' + s))
                   .arg(ruleCount)
                   .arg(names[s], fmt(c, 0));
        out << u"  rules cost 1 - %1/b = %2% (target < 20%), all automation 1 - %1/a = %3%\n"_s
                   .arg(QChar(u'a' + s))
                   .arg(fmt(100 * (1 - c / b), 1), fmt(100 * (1 - c / a), 1));
        out << u"  %1 us per item per rule\n"_s.arg(fmt((1.0 / c - 1.0 / b) / ruleCount * 1e6, 3));
        out << u"  writes per customer item: %1 rules fired (%7 kept one by one), %2 journal rows, "
               u"%3 tags; %4 outbox rows in all; %5% of items fired at least one rule; %6 spam\n"_s
                   .arg(fmt(double(e.firings) / n, 2), fmt(double(e.journalRows) / n, 2),
                        fmt(double(e.tags) / n, 2))
                   .arg(e.outboxRows)
                   .arg(fmt(100.0 * double(e.itemsActedOn) / n, 1))
                   .arg(e.spam)
                   .arg(fmt(double(e.firingRows) / n, 2));
    }
    return 0;
}

} // namespace fd::bench
