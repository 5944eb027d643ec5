#include "KpiDefinitions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

struct KpiText
{
    Q_DECLARE_TR_FUNCTIONS(fd::core::Stats)
};

} // namespace

QList<KpiDefinition> kpiDefinitions()
{
    return {
        {u"items"_s, KpiText::tr("Items"),
         KpiText::tr("Customer messages, comments, mentions and reviews written in the period. "
                     "Our own replies are not counted.")},
        {u"first_response"_s, KpiText::tr("First response time"),
         KpiText::tr("From a customer's first item in a conversation to the first reply an "
                     "operator sent there. Replies sent by automation rules do not count: the "
                     "customer still waits for a person.")},
        {u"next_response"_s, KpiText::tr("Next response time"),
         KpiText::tr("After an operator replied, from the customer's next item to the "
                     "operator's next reply. Further items before that reply wait in the same "
                     "stretch and are not counted again.")},
        {u"resolution"_s, KpiText::tr("Resolution time"),
         KpiText::tr("From the first unresolved customer item of a conversation until all its "
                     "items were closed, hidden or deleted, the last time if one was reopened.")},
        {u"reply_needed"_s, KpiText::tr("Needed a reply"),
         KpiText::tr("Share of handled items that an operator answered, against those closed, "
                     "hidden or deleted without a reply. Items still open are left out.")},
        {u"handle_time"_s, KpiText::tr("Handle time"),
         KpiText::tr("Time the reply editor had the keyboard focus in an active window, per "
                     "conversation, measured on the operators' stations.")},
        {u"sla_response"_s, KpiText::tr("Response SLA met"),
         KpiText::tr("Share of items answered (or closed) within their first or next response "
                     "target, among those answered late or still waiting past it.")},
        {u"sla_resolution"_s, KpiText::tr("Resolution SLA met"),
         KpiText::tr("Share of items resolved within their resolution target, among those "
                     "resolved late or still unresolved past it.")},
        {u"replies"_s, KpiText::tr("Replies"),
         KpiText::tr("Replies operators sent in the period; replies of automation rules are "
                     "counted apart.")},
        {u"actions"_s, KpiText::tr("Actions"),
         KpiText::tr("Everything operators did in the period as the journal records it: "
                     "replies, closing, tagging, assigning, hiding, deleting, notes.")},
        {u"statistics"_s, KpiText::tr("Mean, median, 90th percentile"),
         KpiText::tr("Mean: the average. Median: half the values are at most this. 90th "
                     "percentile: nine in ten values are at most this. Calendar time counts "
                     "every hour; business time only the open hours of the SLA calendar.")},
    };
}

} // namespace fd::core
