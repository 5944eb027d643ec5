#include "TrafficGenerator.h"

#include <QTimeZone>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

using Lang = TrafficGenerator::Language;
using Cat = TrafficGenerator::Category;

// Surnames agree with the first name's gender where the language wants it.
struct Names
{
    QList<QString> female, male;
    QList<QString> lastFemale, lastMale;
    QList<QString> cities;
};

const Names &namesFor(Lang lang)
{
    static const Names ru{
        {u"Анна"_s, u"Мария"_s, u"Ольга"_s, u"Екатерина"_s, u"Наталья"_s, u"Юлия"_s, u"Ксения"_s},
        {u"Дмитрий"_s, u"Алексей"_s, u"Иван"_s, u"Сергей"_s, u"Павел"_s, u"Артём"_s, u"Никита"_s},
        {u"Иванова"_s, u"Смирнова"_s, u"Кузнецова"_s, u"Попова"_s, u"Соколова"_s, u"Лебедева"_s,
         u"Козлова"_s, u"Новикова"_s, u"Морозова"_s, u"Фёдорова"_s},
        {u"Иванов"_s, u"Смирнов"_s, u"Кузнецов"_s, u"Попов"_s, u"Соколов"_s, u"Лебедев"_s,
         u"Козлов"_s, u"Новиков"_s, u"Морозов"_s, u"Фёдоров"_s},
        {u"Москва"_s, u"Санкт-Петербург"_s, u"Казань"_s, u"Новосибирск"_s, u"Екатеринбург"_s,
         u"Нижний Новгород"_s, u"Самара"_s, u"Краснодар"_s, u"Пермь"_s, u"Воронеж"_s}};
    static const Names en{
        {u"Emma"_s, u"Olivia"_s, u"Sophia"_s, u"Mia"_s, u"Chloe"_s, u"Grace"_s},
        {u"James"_s, u"Liam"_s, u"Noah"_s, u"Lucas"_s, u"Ethan"_s, u"Daniel"_s},
        {u"Smith"_s, u"Johnson"_s, u"Brown"_s, u"Taylor"_s, u"Wilson"_s, u"Davies"_s, u"Evans"_s,
         u"Clarke"_s, u"Walker"_s, u"Wright"_s, u"Hughes"_s, u"Green"_s},
        {u"Smith"_s, u"Johnson"_s, u"Brown"_s, u"Taylor"_s, u"Wilson"_s, u"Davies"_s, u"Evans"_s,
         u"Clarke"_s, u"Walker"_s, u"Wright"_s, u"Hughes"_s, u"Green"_s},
        {u"London"_s, u"Manchester"_s, u"Dublin"_s, u"Toronto"_s, u"Berlin"_s, u"New York"_s,
         u"Austin"_s, u"Edinburgh"_s, u"Sydney"_s, u"Riga"_s}};
    static const Names pl{
        {u"Zofia"_s, u"Łucja"_s, u"Małgorzata"_s, u"Agnieszka"_s, u"Katarzyna"_s, u"Joanna"_s},
        {u"Paweł"_s, u"Michał"_s, u"Łukasz"_s, u"Grzegorz"_s, u"Wojciech"_s, u"Jędrzej"_s},
        {u"Kowalska"_s, u"Nowak"_s, u"Wiśniewska"_s, u"Wójcik"_s, u"Kamińska"_s, u"Lewandowska"_s,
         u"Zielińska"_s, u"Szymańska"_s, u"Woźniak"_s, u"Dąbrowska"_s, u"Kozłowska"_s},
        {u"Kowalski"_s, u"Nowak"_s, u"Wiśniewski"_s, u"Wójcik"_s, u"Kamiński"_s, u"Lewandowski"_s,
         u"Zieliński"_s, u"Szymański"_s, u"Woźniak"_s, u"Dąbrowski"_s, u"Kozłowski"_s},
        {u"Warszawa"_s, u"Kraków"_s, u"Łódź"_s, u"Wrocław"_s, u"Poznań"_s, u"Gdańsk"_s,
         u"Szczecin"_s, u"Białystok"_s, u"Toruń"_s, u"Rzeszów"_s}};
    switch (lang) {
    case Lang::Ru:
        return ru;
    case Lang::En:
        return en;
    case Lang::Pl:
        return pl;
    }
    return en;
}

// Bodies per category and language. {p} is a product, {o} an order number, {d} a number of
// days, {c} a city, {l} a link.
const QList<QString> &bodies(Cat cat, Lang lang)
{
    static const std::array<std::array<QList<QString>, 3>, 5> all{{
        // Question
        {{{u"Подскажите, есть ли {p} в наличии в городе {c}?"_s,
           u"Сколько идёт доставка {p} в {c}?"_s, u"Можно ли оплатить {p} картой при получении?"_s,
           u"Когда будет скидка на {p}? Жду уже {d} дней"_s, u"Как оформить возврат заказа {o}?"_s,
           u"Где посмотреть статус заказа {o}?"_s, u"А {p} подойдёт для подарка? Какая гарантия?"_s,
           u"Работаете ли вы в выходные? Хочу забрать {p} сам"_s},
          {u"Is {p} available in {c}?"_s, u"How long does shipping {p} to {c} take?"_s,
           u"Can I pay for {p} on delivery?"_s, u"When is the next sale on {p}?"_s,
           u"How do I return order {o}?"_s, u"Where can I track order {o}?"_s,
           u"Does {p} come with a warranty?"_s,
           u"Are you open on weekends? I'd like to pick up {p}"_s},
          {u"Czy {p} jest dostępny w mieście {c}?"_s, u"Ile trwa wysyłka {p} do {c}?"_s,
           u"Czy mogę zapłacić za {p} przy odbiorze?"_s, u"Kiedy będzie promocja na {p}?"_s,
           u"Jak zwrócić zamówienie {o}?"_s, u"Gdzie sprawdzę status zamówienia {o}?"_s,
           u"Czy {p} ma gwarancję?"_s, u"Czy jesteście otwarci w weekend? Chcę odebrać {p}"_s}}},
        // Complaint
        {{{u"Заказ {o} не пришёл уже {d} дней, поддержка молчит!"_s,
           u"{p} сломался через неделю. Верните деньги"_s,
           u"Курьер не приехал, заказ {o} отменили без объяснений"_s,
           u"Ужасный сервис, {p} пришёл с царапинами"_s,
           u"Третий раз пишу про заказ {o}, ответа нет"_s,
           u"Списали деньги дважды за {p}, разберитесь"_s},
          {u"Order {o} still hasn't arrived after {d} days and nobody answers!"_s,
           u"My {p} broke after a week. I want a refund"_s,
           u"The courier never came and order {o} was cancelled"_s,
           u"Terrible service, {p} arrived scratched"_s,
           u"Third message about order {o}, still no reply"_s,
           u"I was charged twice for {p}, please fix this"_s},
          {u"Zamówienie {o} nie dotarło od {d} dni, nikt nie odpowiada!"_s,
           u"{p} zepsuł się po tygodniu. Chcę zwrot pieniędzy"_s,
           u"Kurier nie przyjechał, zamówienie {o} anulowane"_s,
           u"Fatalna obsługa, {p} przyszedł porysowany"_s,
           u"Piszę trzeci raz w sprawie zamówienia {o}, brak odpowiedzi"_s,
           u"Pobraliście opłatę dwa razy za {p}, proszę to wyjaśnić"_s}}},
        // Thanks
        {{{u"Спасибо за быструю доставку, {p} отличный!"_s, u"Огромное спасибо поддержке!"_s,
           u"{p} пришёл за {d} дня, всё супер"_s, u"Спасибо, вопрос решён 👍"_s,
           u"Лучший магазин в городе {c}!"_s},
          {u"Thanks for the fast delivery, {p} is great!"_s, u"Huge thanks to your support team!"_s,
           u"{p} arrived in {d} days, all good"_s, u"Thank you, all sorted 👍"_s,
           u"Best shop in {c}!"_s},
          {u"Dziękuję za szybką dostawę, {p} jest świetny!"_s, u"Wielkie dzięki dla obsługi!"_s,
           u"{p} dotarł w {d} dni, wszystko super"_s, u"Dzięki, sprawa załatwiona 👍"_s,
           u"Najlepszy sklep w mieście {c}!"_s}}},
        // Mention
        {{{u"Купила {p} в @frontshop, посмотрим как будет"_s,
           u"Кто-нибудь брал {p} у @frontshop?"_s,
           u"@frontshop опять открыли точку в городе {c}"_s},
          {u"Just got {p} from @frontshop, let's see"_s, u"Anyone tried {p} from @frontshop?"_s,
           u"@frontshop opened a new store in {c}"_s},
          {u"Kupiłam {p} w @frontshop, zobaczymy"_s, u"Ktoś kupował {p} w @frontshop?"_s,
           u"@frontshop otworzył nowy sklep w mieście {c}"_s}}},
        // Spam
        {{{u"Заработок от 5000 в день без вложений {l}"_s, u"Лучшие ставки тут {l} 🔥🔥🔥"_s,
           u"Бесплатные подписчики {l}"_s},
          {u"Earn $500 a day from home {l}"_s, u"Free followers here {l} 🔥🔥🔥"_s,
           u"Crypto giveaway, claim now {l}"_s},
          {u"Zarabiaj 500 zł dziennie {l}"_s, u"Darmowi obserwujący {l} 🔥🔥🔥"_s,
           u"Kryptowaluty za darmo {l}"_s}}},
    }};
    return all[std::size_t(cat)][std::size_t(lang)];
}

const QList<QString> &products(Lang lang)
{
    static const QList<QString> ru{u"чайник"_s,   u"пылесос"_s,    u"рюкзак"_s, u"кроссовки"_s,
                                   u"наушники"_s, u"кофемашина"_s, u"термос"_s, u"смартфон"_s};
    static const QList<QString> en{u"kettle"_s,   u"vacuum"_s,     u"backpack"_s,
                                   u"sneakers"_s, u"headphones"_s, u"coffee machine"_s,
                                   u"thermos"_s,  u"phone"_s};
    static const QList<QString> pl{u"czajnik"_s,   u"odkurzacz"_s, u"plecak"_s, u"buty"_s,
                                   u"słuchawki"_s, u"ekspres"_s,   u"termos"_s, u"telefon"_s};
    return lang == Lang::Ru ? ru : lang == Lang::En ? en : pl;
}

const QList<QString> &postTexts()
{
    static const QList<QString> all{
        u"Новая коллекция уже в магазинах! Что вам нравится больше всего?"_s,
        u"Розыгрыш: оставьте комментарий и выиграйте кофемашину"_s,
        u"We're open late this Friday — see you there!"_s,
        u"Our spring sale starts tomorrow: up to 40% off"_s,
        u"Nowy sklep w Gdańsku już otwarty!"_s,
        u"Изменился график работы пунктов выдачи"_s,
        u"Promocja: druga para butów za pół ceny"_s,
    };
    return all;
}

QString translit(const QString &s)
{
    static const QHash<QChar, QString> map = [] {
        QHash<QChar, QString> m;
        const QString from = u"абвгдеёжзийклмнопрстуфхцчшщъыьэюяąćęłńóśźż"_s;
        const QStringList to{u"a"_s,  u"b"_s, u"v"_s,  u"g"_s,  u"d"_s,  u"e"_s,   u"e"_s,
                             u"zh"_s, u"z"_s, u"i"_s,  u"y"_s,  u"k"_s,  u"l"_s,   u"m"_s,
                             u"n"_s,  u"o"_s, u"p"_s,  u"r"_s,  u"s"_s,  u"t"_s,   u"u"_s,
                             u"f"_s,  u"h"_s, u"ts"_s, u"ch"_s, u"sh"_s, u"sch"_s, u""_s,
                             u"y"_s,  u""_s,  u"e"_s,  u"yu"_s, u"ya"_s, u"a"_s,   u"c"_s,
                             u"e"_s,  u"l"_s, u"n"_s,  u"o"_s,  u"s"_s,  u"z"_s,   u"z"_s};
        for (int i = 0; i < from.size(); ++i)
            m.insert(from.at(i), to.at(i));
        return m;
    }();
    QString out;
    for (QChar c : s.toLower())
        out += map.contains(c) ? map.value(c) : (c.isLetterOrNumber() ? QString(c) : QString());
    return out;
}

} // namespace

TrafficGenerator::TrafficGenerator(quint32 seed, Platform platform)
    : m_rng(seed)
    , m_platform(platform)
{
    // A population with a long tail: a few people write a lot.
    for (int i = 0; i < 400; ++i) {
        const double r = m_rng.generateDouble();
        const Lang lang = r < 0.5 ? Lang::Ru : r < 0.8 ? Lang::En : Lang::Pl;
        const Names &n = namesFor(lang);
        Person p;
        p.language = lang;
        const bool female = m_rng.bounded(2) == 0;
        const QList<QString> &firsts = female ? n.female : n.male;
        const QList<QString> &lasts = female ? n.lastFemale : n.lastMale;
        const QString first = firsts.at(m_rng.bounded(int(firsts.size())));
        const QString last = lasts.at(m_rng.bounded(int(lasts.size())));
        p.author.platform = toString(platform);
        p.author.externalId = QString::number(100000000 + qint64(m_rng.bounded(900000000)));
        p.author.name = first + u' ' + last;
        p.author.handle =
            translit(first) + u'_' + translit(last) + QString::number(m_rng.bounded(100));
        p.author.city = n.cities.at(m_rng.bounded(int(n.cities.size())));
        // Followers: mostly tens to hundreds, a few with tens of thousands.
        p.author.followers = qint64(std::exp(m_rng.generateDouble() * 11.0));
        m_people.append(p);
    }
}

double TrafficGenerator::hourWeight(int hour)
{
    // Quiet nights, a late-morning peak and an evening peak.
    static constexpr std::array<double, 24> w{1,   0.6, 0.4, 0.3, 0.3, 0.5, 1.2, 2.5,
                                              4,   5.5, 6.5, 7,   7,   6.5, 6,   5.5,
                                              5.5, 6,   6.5, 7,   6.5, 5,   3.5, 2};
    static const double total = [] {
        double t = 0;
        for (double v : w)
            t += v;
        return t;
    }();
    return w[std::size_t(qBound(0, hour, 23))] / total;
}

TrafficGenerator::Person &TrafficGenerator::pickPerson()
{
    // Squaring the uniform draw favours the first people: regulars write more often.
    const double r = m_rng.generateDouble();
    return m_people[qMin(qsizetype(r * r * m_people.size()), m_people.size() - 1)];
}

QString TrafficGenerator::pick(const QList<QString> &options)
{
    return options.at(m_rng.bounded(int(options.size())));
}

TrafficGenerator::Post &TrafficGenerator::pickPost(const QDateTime &at)
{
    if (m_posts.isEmpty() || m_rng.bounded(40) == 0) {
        Post p;
        p.externalId = QString::number(m_nextPostId++);
        p.text = pick(postTexts());
        m_posts.append(p);
        if (m_posts.size() > 12)
            m_posts.removeFirst();
    }
    Q_UNUSED(at);
    // Newer posts draw most comments.
    const double r = m_rng.generateDouble();
    return m_posts[m_posts.size() - 1 -
                   qMin(qsizetype(r * r * m_posts.size()), m_posts.size() - 1)];
}

QString TrafficGenerator::textFor(Category category, Language language)
{
    QString text = pick(bodies(category, language));
    text.replace(u"{p}"_s, pick(products(language)));
    text.replace(u"{o}"_s, u"#"_s + QString::number(100000 + m_rng.bounded(900000)));
    text.replace(u"{d}"_s, QString::number(2 + m_rng.bounded(12)));
    text.replace(u"{c}"_s, pick(namesFor(language).cities));
    text.replace(u"{l}"_s, u"https://"_s + pick({u"bit.ly/"_s, u"clck.ru/"_s, u"t.me/"_s}) +
                               QString::number(m_rng.bounded(1u << 30), 36));
    return text;
}

IncomingItem TrafficGenerator::next(const QDateTime &at)
{
    IncomingItem in;
    Person &person = pickPerson();
    const double c = m_rng.generateDouble();
    const Cat category = c < 0.38   ? Cat::Question
                         : c < 0.58 ? Cat::Complaint
                         : c < 0.75 ? Cat::Thanks
                         : c < 0.90 ? Cat::Mention
                                    : Cat::Spam;
    m_lastCategory = category;
    m_lastLanguage = person.language;

    Item &item = in.item;
    item.author = person.author;
    item.createdAt = at;
    item.text = textFor(category, person.language);
    const qint64 messageId = m_nextMessageId++;

    if (category == Cat::Mention) {
        item.kind = ItemKind::Mention;
        item.externalId = u"mention:"_s + QString::number(messageId);
    } else if (category == Cat::Thanks && m_rng.bounded(4) == 0) {
        item.kind = ItemKind::Review;
        item.rating = 4 + int(m_rng.bounded(2));
        item.externalId = u"review:"_s + QString::number(messageId);
    } else if (category == Cat::Complaint && m_rng.bounded(6) == 0) {
        item.kind = ItemKind::Review;
        item.rating = 1 + int(m_rng.bounded(2));
        item.externalId = u"review:"_s + QString::number(messageId);
    } else if (m_rng.bounded(100) < 48) {
        item.kind = ItemKind::Dm;
        item.externalId = person.author.externalId + u':' + QString::number(messageId);
        in.threadExternalId = u"dm:"_s + person.author.externalId;
        in.threadTitle = person.author.name;
    } else {
        item.kind = ItemKind::Comment;
        Post &post = pickPost(at);
        item.externalId = u"c:"_s + post.externalId + u'_' + QString::number(messageId);
        in.post.externalId = post.externalId;
        in.post.text = post.text;
        in.threadExternalId = u"post:"_s + post.externalId;
        if (!post.commentIds.isEmpty() && m_rng.bounded(3) == 0)
            item.parentExternalId = post.commentIds.at(m_rng.bounded(int(post.commentIds.size())));
        post.commentIds.append(item.externalId);
        if (post.commentIds.size() > 50)
            post.commentIds.removeFirst();
    }
    if (m_rng.bounded(20) == 0)
        item.attachments = pick({u"photo"_s, u"video"_s, u"file"_s, u"sticker"_s});
    return in;
}

QList<IncomingItem> TrafficGenerator::spread(const QDateTime &start, int count)
{
    QList<IncomingItem> out;
    out.reserve(count);
    // Draw each item's time from the daily curve, then hand them out oldest first.
    QList<qint64> offsets;
    offsets.reserve(count);
    for (int i = 0; i < count; ++i) {
        double r = m_rng.generateDouble();
        int hour = 0;
        while (hour < 23 && r > hourWeight(hour)) {
            r -= hourWeight(hour);
            ++hour;
        }
        offsets.append(qint64(hour) * 3600 * 1000 + qint64(m_rng.bounded(3600 * 1000)));
    }
    std::sort(offsets.begin(), offsets.end());
    for (qint64 off : std::as_const(offsets))
        out.append(next(start.addMSecs(off)));
    return out;
}

} // namespace fd::core
