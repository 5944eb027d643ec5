#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace fd::core {

// When a rule is looked at: as items arrive (new or edited), on the minute timer (for
// conditions on time: "unanswered for 15 minutes"), or both.
enum class RuleTrigger { Ingest, Timer, Both };

// One test on an item, or a group of tests combined with all / any / not. Which fields matter
// depends on the type; see RuleJson.h for the written form of each.
struct RuleCondition
{
    enum class Type {
        All,
        Any,
        Not,
        Platform,          // values: platform words (telegram, vk, …)
        Account,           // values: account names
        Kind,              // values: dm, comment, mention, review
        Status,            // values: new, open, waiting, closed, …
        Event,             // values: new, edited, timer
        TextContains,      // text: folded substring
        TextRegex,         // regex, on the text as written (case-insensitive)
        Keywords,          // values: any of these folded words or phrases, matched whole
        Language,          // values: ru, en, pl, other
        Sentiment,         // values: positive, neutral, negative
        Spam,              // flag: the spam classifier's verdict
        HasLink,           // flag
        OnlyEmoji,         // flag
        Words,             // min / max word count
        AuthorHandle,      // values: handles or names (folded, without @)
        Followers,         // min / max
        AuthorHistory,     // values: new (the author's first item on this account) or returning
        PostId,            // values: the post's platform ids
        PostContains,      // text: folded substring of the post's text
        TimeOfDay,         // from / to, in zone (the station's zone when empty); may wrap midnight
        BusinessHours,     // flag: inside (true) or outside (false) the calendar named in `text`
        Tags,              // values: the item has any of these tags
        AgeMinutes,        // min / max minutes since the item was created
        UnansweredMinutes, // min / max minutes since the thread's oldest customer message
                           // after our last reply (no unanswered message: never matches)
        Priority,          // values: low, normal, high, urgent
    };

    Type type = Type::All;
    QList<RuleCondition> children; // All, Any, Not (one child)
    QStringList values;            // folded where the type compares folded text
    // Keywords: the values split once, as they are read, into single words (looked up in the
    // item's set of words) and phrases or symbols (looked for in its folded text).
    QStringList words, phrases;
    QStringList phraseHeads; // phraseHead() of each phrase, in the same order
    QString text;
    QRegularExpression regex;
    bool flag = true;
    std::optional<double> min, max;
    QTime from, to;
    QString zone;
};

// What a rule does to an item that matched.
struct RuleAction
{
    enum class Type {
        Tag,      // text: tag name (made when missing)
        Untag,    // text: tag name
        Close,    // auto-close
        Hide,     // on the platform, through the outbox
        Delete,   // on the platform, through the outbox
        Assign,   // text: operator login; or roundRobin among `operators` (none: all on shift)
        Priority, // text: low, normal, high, urgent
        Reply,    // text: template title or shortcode; firstContactOnly / outOfHoursCalendar
        Notify,   // text: what the tray alert says (may use the template placeholders)
        Stop,     // no further rules for this item
    };

    Type type = Type::Tag;
    QString text;
    bool roundRobin = false;
    QStringList operators;
    int cap = 0; // round robin: skip operators with this many open items (0: no cap)
    bool firstContactOnly = false;
    QString outOfHoursCalendar; // reply only outside this calendar's hours
};

struct Rule
{
    qint64 id = 0;
    QString name;
    bool enabled = false;
    int position = 0; // rules run in ascending position
    RuleTrigger trigger = RuleTrigger::Ingest;
    RuleCondition when; // an empty All matches everything
    QList<RuleAction> actions;
};

} // namespace fd::core
