#pragma once

#include "model/Enums.h"
#include "store/IngestBatch.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>

namespace fd::core {

// A seeded source of realistic customer traffic: questions, complaints, thanks, neutral
// mentions and link spam in Russian, English and Polish, from a population of authors with
// names, handles, cities and follower counts, spread over the day like real traffic.
// The same seed gives the same traffic.
class TrafficGenerator
{
public:
    enum class Category { Question, Complaint, Thanks, Mention, Spam };
    enum class Language { Ru, En, Pl };

    explicit TrafficGenerator(quint32 seed, Platform platform = Platform::Telegram);

    // One item created at `at`.
    IncomingItem next(const QDateTime &at);
    // `count` items spread over the 24 hours from `start` along the daily volume curve, oldest
    // first.
    QList<IncomingItem> spread(const QDateTime &start, int count);
    // The relative volume of hour `h` (0-23, local time of the audience); sums to 1.
    static double hourWeight(int hour);

    // What the last item from next() was, for tests and the sandbox's scenarios.
    Category lastCategory() const { return m_lastCategory; }
    Language lastLanguage() const { return m_lastLanguage; }

private:
    struct Person
    {
        Author author;
        Language language;
    };
    struct Post
    {
        QString externalId;
        QString text;
        QList<QString> commentIds;
    };

    Person &pickPerson();
    QString textFor(Category category, Language language);
    QString pick(const QList<QString> &options);
    Post &pickPost(const QDateTime &at);

    QRandomGenerator m_rng;
    Platform m_platform;
    QList<Person> m_people;
    QList<Post> m_posts;
    qint64 m_nextMessageId = 1000;
    qint64 m_nextPostId = 100;
    Category m_lastCategory = Category::Question;
    Language m_lastLanguage = Language::Ru;
};

} // namespace fd::core
