#pragma once

#include "ItemClassifier.h"
#include "ItemFacts.h"
#include "RuleApplier.h"
#include "RuleEngine.h"
#include "model/Rule.h"
#include "store/IngestHook.h"
#include "store/SqliteStatement.h"

#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>

namespace fd::core {

class Store;

// The automation of a standalone store (or a gateway's): classifies each incoming item as it is
// stored and runs the enabled rules, in order, on every new or edited customer item — in the
// batch's own transaction, so an item and what the rules did to it are committed together.
// A new item is decided on before its row is written, so the status, priority and assignee the
// rules give it are written with it (an update rewrote most of the items table's indexes); the
// rest of what they do is written after the batch's items. Timer rules run from runTimer() on the
// open items. The rules are read again whenever the store's rules revision moved (an edit in the
// console, or `frontdeskctl rule` in another process). Used on the writer thread, except
// preview(), which works out what the classifiers and rules derive from each text on the store's
// preview thread while the writer is busy with earlier batches.
class AutomationHook final : public IngestHook
{
public:
    explicit AutomationHook(QString station);
    ~AutomationHook() override;

    // Makes a hook for the store and hands it to the store's writer.
    static std::shared_ptr<AutomationHook> install(Store &store, const QString &station);

    std::shared_ptr<const IngestPreview> preview(const IngestBatch &batch) const override;
    StoreError begin(const QSqlDatabase &db, const IngestPreview *preview) override;
    StoreResult<ItemDecision> decide(const QSqlDatabase &db, const NewItem &item,
                                     IngestResult &result) override;
    StoreError ingested(const QSqlDatabase &db, const IngestBatch &batch,
                        const QList<IngestedItem> &items, IngestResult &result) override;
    void rolledBack() override;
    void connectionClosing() override;

    // Runs the timer rules over the open customer items (inside a write job). A timer rule acts
    // on an item once. `fired` counts the items acted on. A team's station runs them only as a
    // gateway, on the items of the accounts it polls (`teamAccounts`); what they do goes to the
    // server as ops.
    StoreError runTimer(const QSqlDatabase &db, qint64 nowMs, int *fired = nullptr,
                        const QSet<qint64> *teamAccounts = nullptr);
    // Runs the ingest rules on items (id, event: new or edited) a team's gateway polled, once
    // they are in this station's copy of the team's data (inside a write job); what the rules
    // do goes to the server as ops.
    StoreError runPulled(const QSqlDatabase &db, const QList<std::pair<qint64, QString>> &items,
                         qint64 nowMs, QStringList &warnings, int *fired = nullptr);

private:
    StoreError ready(const QSqlDatabase &db);
    void dropStatements();
    // Runs a prepared statement to its end and lets go of it.
    static StoreError step(SqliteStatement &st);
    static void warnRules(qint64 itemId, const StoreError &err, QStringList &warnings);
    // Runs `rules` on the items (id, event), writing what they do; `fired` counts the items
    // some rule acted on.
    StoreError runItems(const QList<Rule> &rules, const QList<std::pair<qint64, QString>> &items,
                        qint64 nowMs, RuleTrigger trigger, QStringList &warnings,
                        int *fired = nullptr);

    const QString m_station;
    QString m_connection;
    std::unique_ptr<FactSource> m_facts;
    std::unique_ptr<RuleEngine> m_engine;
    std::unique_ptr<RuleApplier> m_applier;
    std::unique_ptr<SqliteStatement> m_savepoint, m_release, m_rollback; // rules_item
    std::unique_ptr<SqliteStatement> m_restore; // a new item's row back to how it came
    // What the rules decided for the batch's new items before they were written; the rest of
    // it (tags, journal, outbox, firings) is written after the batch's items.
    struct Decided
    {
        ItemFacts item;
        ItemPlan plan;
        qint64 nowMs = 0;
        QString cameAs; // the status it came with
    };
    QList<Decided> m_decided;
    QSet<qint64> m_decidedIds; // the batch's new items the rules were run on before writing
    bool m_team = false;
    qint64 m_revision = -1;
    QList<Rule> m_rules; // enabled, in order
    bool m_anyIngest = false;
    bool m_anyTimer = false;
    // Whether previews should hold each text's words (some rule runs at ingest): written on
    // the writer thread, read on the preview thread.
    std::atomic<bool> m_wordsAhead{true};
    ItemClassifier m_classifier;
    // What preview() worked out for the batch under way (held by its job until it ends).
    const IngestPreview *m_preview = nullptr;
};

} // namespace fd::core
