#include "server/storage/demo/DemoSeeder.h"

#include "server/storage/Database.h"
#include "server/storage/QueryPlanner.h"
#include "server/storage/SqlValues.h"

#include "server/domain/ImageStore.h"
#include "server/domain/PasswordHasher.h"
#include "server/storage/demo/DemoCatalog.h"
#include "server/storage/demo/DemoPictures.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <atomic>
#include <mutex>
#include <optional>
#include <random>
#include <thread>

Q_LOGGING_CATEGORY(lcDemo, "emporium.server.demo")

namespace emporium::demo {
namespace {

constexpr const char *kPassword = "demo1234";

struct Account
{
    const char *email;
    const char *name;
    const char *role;
    const char *shop; // sellers only
};

constexpr Account kAccounts[] = {
    {"buyer@demo.test", "Demo Buyer", "buyer", nullptr},
    {"seller@demo.test", "Demo Seller", "seller", "Demo Goods"},
    {"admin@demo.test", "Demo Admin", "admin", nullptr},
    {"northwind@demo.test", "Nora West", "seller", "Northwind Traders"},
    {"acme@demo.test", "Adam Acme", "seller", "Acme Outfitters"},
    {"bluebird@demo.test", "Bea Bird", "seller", "Bluebird & Co"},
    {"alice@demo.test", "Alice", "buyer", nullptr},
    {"bob@demo.test", "Bob", "buyer", nullptr},
    {"carol@demo.test", "Carol", "buyer", nullptr},
    {"dave@demo.test", "Dave", "buyer", nullptr},
};

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

class Seed
{
public:
    Seed(QSqlDatabase db, domain::ImageStore &images) : m_db(db), m_images(images), m_rng(20261121u) {}

    Result<DemoSummary> run();

private:
    int uni(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool exec(QSqlQuery &q)
    {
        if (q.exec())
            return true;
        m_error = q.lastError().text() + QStringLiteral(" in ") + q.lastQuery();
        return false;
    }
    bool accounts();
    bool categoriesAndItems();
    bool pastOrders();
    bool orderParts();
    bool shipping();
    bool derivedTables();
    bool questionsAndAnswers();
    struct StoredPicture
    {
        qint64 itemId;
        int variant;
        domain::StoredImage picture;
    };
    std::optional<QList<StoredPicture>> storePictures();

    QSqlDatabase m_db;
    domain::ImageStore &m_images;
    std::mt19937 m_rng;
    QString m_error;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    QList<qint64> m_shopIds, m_buyerIds;
    struct ItemRow
    {
        qint64 id;
        QString title;
        qint64 price;
        qint64 shop;
    };
    QList<ItemRow> m_items;
    QList<std::pair<qint64, int>> m_pictureJobs; // item id, hue
    DemoSummary m_summary;
};

bool Seed::accounts()
{
    QSqlQuery user(m_db), shop(m_db);
    user.prepare(
        QStringLiteral("INSERT INTO users(email, email_norm, password_hash, display_name, role, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    shop.prepare(
        QStringLiteral("INSERT INTO shops(owner_id, name, name_norm, created_at) VALUES (?, ?, ?, ?)"));
    for (const Account &a : kAccounts) {
        const QString email = QString::fromLatin1(a.email);
        user.addBindValue(email);
        user.addBindValue(email.toLower());
        user.addBindValue(domain::PasswordHasher::hash(QString::fromLatin1(kPassword)));
        user.addBindValue(QString::fromUtf8(a.name));
        user.addBindValue(QString::fromLatin1(a.role));
        user.addBindValue(iso(m_now.addDays(-90)));
        if (!exec(user))
            return false;
        const qint64 userId = user.lastInsertId().toLongLong();
        if (a.shop) {
            const QString name = QString::fromUtf8(a.shop);
            shop.addBindValue(userId);
            shop.addBindValue(name);
            shop.addBindValue(name.toLower());
            shop.addBindValue(iso(m_now.addDays(-90)));
            if (!exec(shop))
                return false;
            m_shopIds << shop.lastInsertId().toLongLong();
        } else if (QLatin1String(a.role) == u"buyer") {
            m_buyerIds << userId;
        }
    }
    m_summary.shops = int(m_shopIds.size());
    return true;
}

bool Seed::categoriesAndItems()
{
    QSqlQuery cat(m_db), item(m_db), image(m_db), thumb(m_db);
    cat.prepare(QStringLiteral("INSERT INTO categories(name, slug, position) VALUES (?, ?, ?)"));
    item.prepare(QStringLiteral("INSERT INTO items(shop_id, category_id, title, description, price_cents, "
                                "stock, low_stock_threshold, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, 5, ?)"));
    image.prepare(
        QStringLiteral("INSERT INTO item_images(item_id, position, name, thumb_name) VALUES (?, ?, ?, ?)"));
    thumb.prepare(QStringLiteral("UPDATE items SET thumbnail = ? WHERE id = ?"));
    int position = 0;
    for (const DemoCategory &c : kDemoCategories) {
        cat.addBindValue(QString::fromUtf8(c.name));
        cat.addBindValue(QString::fromLatin1(c.slug));
        cat.addBindValue(position++);
        if (!exec(cat))
            return false;
        const qint64 categoryId = cat.lastInsertId().toLongLong();
        const int basePrice = uni(800, 6000);
        for (int k = 0; k < DemoSeeder::kItemsPerCategory; ++k) {
            const QString noun = QString::fromUtf8(c.nouns[size_t(k % 10)]);
            const QString adjective = QString::fromLatin1(
                kDemoAdjectives[size_t((k / 10) * 3 + (position + k) % 3) % kDemoAdjectives.size()]);
            const QString title = adjective + u' ' + noun;
            const QString description =
                QStringLiteral("The %1 %2 from our %3 range. %4 Ships within two working days.")
                    .arg(adjective.toLower(), noun.toLower(), QString::fromUtf8(c.name).toLower(),
                         QString::fromUtf8(c.blurb));
            const qint64 price = qint64(basePrice) * uni(40, 300) / 100 / 50 * 50 + 99; // e.g. 24.99
            const int stock = uni(0, 99) < 6 ? 0 : uni(1, 150);
            const qint64 shopId = m_shopIds[uni(0, int(m_shopIds.size()) - 1)];
            item.addBindValue(shopId);
            item.addBindValue(categoryId);
            item.addBindValue(title);
            item.addBindValue(description);
            item.addBindValue(price);
            item.addBindValue(stock);
            item.addBindValue(iso(m_now.addSecs(-qint64(uni(0, 60 * 24 * 60)) * 60)));
            if (!exec(item))
                return false;
            const qint64 itemId = item.lastInsertId().toLongLong();
            m_items.append({itemId, title, price, shopId});
            m_pictureJobs.append({itemId, c.hue});
        }
    }
    // Drawing and encoding pictures is the slow part: spread it over the cores.
    const auto stored = storePictures();
    if (!stored)
        return false;
    for (const auto &[itemId, variant, picture] : stored.value()) {
        image.addBindValue(itemId);
        image.addBindValue(variant);
        image.addBindValue(picture.name);
        image.addBindValue(picture.thumbName);
        if (!exec(image))
            return false;
        if (variant == 0) {
            thumb.addBindValue(picture.thumbName);
            thumb.addBindValue(itemId);
            if (!exec(thumb))
                return false;
        }
    }
    m_summary.categories = int(kDemoCategories.size());
    m_summary.items = int(m_items.size());
    return true;
}

std::optional<QList<Seed::StoredPicture>> Seed::storePictures()
{
    QList<StoredPicture> jobs;
    for (const auto &[itemId, hue] : std::as_const(m_pictureJobs))
        for (int v = 0; v < 1 + int(itemId % 3); ++v)
            jobs.append({itemId, v, {QString::number(hue), {}}});
    std::atomic<qsizetype> next{0};
    std::atomic<bool> failed{false};
    QString failure;
    std::mutex failureMutex;
    const auto work = [&] {
        for (qsizetype i = next++; i < jobs.size(); i = next++) {
            StoredPicture &job = jobs[i];
            auto stored =
                m_images.store(demoPicture(job.picture.name.toInt(), unsigned(job.itemId), job.variant),
                               QStringLiteral("i%1-%2").arg(job.itemId).arg(job.variant));
            if (!stored) {
                std::lock_guard lock(failureMutex);
                failure = stored.error().message;
                failed = true;
                return;
            }
            job.picture = stored.value();
        }
    };
    std::vector<std::thread> threads;
    for (int t = 0; t < std::max(1, QThread::idealThreadCount()); ++t)
        threads.emplace_back(work);
    for (auto &t : threads)
        t.join();
    if (failed) {
        m_error = failure;
        return std::nullopt;
    }
    return jobs;
}

bool Seed::pastOrders()
{
    QSqlQuery order(m_db), line(m_db), sold(m_db), review(m_db), rating(m_db);
    order.prepare(QStringLiteral(
        "INSERT INTO orders(buyer_id, status, total_cents, currency, shipping_json, card_brand, "
        "card_last4, created_at) VALUES (?, 'paid', ?, 'USD', ?, 'visa', '4242', ?)"));
    line.prepare(QStringLiteral(
        "INSERT INTO order_lines(order_id, item_id, shop_id, title, unit_price_cents, quantity, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    sold.prepare(QStringLiteral("UPDATE items SET sold_count = sold_count + ? WHERE id = ?"));
    review.prepare(QStringLiteral("INSERT INTO reviews(item_id, user_id, rating, body, created_at) "
                                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    rating.prepare(
        QStringLiteral("UPDATE items SET rating_sum = rating_sum + ?, rating_count = rating_count + 1 "
                       "WHERE id = ?"));
    const QString shipping = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Demo Buyer")},
                                  {QStringLiteral("line1"), QStringLiteral("1 Market Street")},
                                  {QStringLiteral("city"), QStringLiteral("Springfield")},
                                  {QStringLiteral("postal_code"), QStringLiteral("12345")},
                                  {QStringLiteral("country"), QStringLiteral("US")}})
            .toJson(QJsonDocument::Compact));
    static const int ratingWeights[] = {3, 7, 20, 35, 35};
    std::discrete_distribution<int> stars(std::begin(ratingWeights), std::end(ratingWeights));
    static const char *reviewBodies[] = {"Not what I hoped for.", "Could be better.", "Does the job.",
                                         "Very happy with it.", "Excellent, would buy again!"};
    // Popularity is skewed, as in a real shop: a few items sell far more than the rest.
    std::vector<double> weights;
    for (int i = 0; i < m_items.size(); ++i)
        weights.push_back(1.0 / (1.0 + (i * 37 % m_items.size()) / 8.0));
    std::discrete_distribution<int> pick(weights.begin(), weights.end());

    const int orders = 420;
    for (int o = 0; o < orders; ++o) {
        // most over the month; a busy last day and last hour, so the live dashboards open filled
        const qint64 window = o < 45 ? 3600 : o < 110 ? 24 * 3600 : 30 * 24 * 3600;
        const QDateTime at = m_now.addSecs(-qint64(uni(30, int(window))));
        const qint64 buyer = m_buyerIds[uni(0, int(m_buyerIds.size()) - 1)];
        const int lines = uni(1, 3);
        QList<std::pair<int, int>> chosen; // item index, quantity
        qint64 total = 0;
        for (int l = 0; l < lines; ++l) {
            const int idx = pick(m_rng);
            if (std::any_of(chosen.begin(), chosen.end(), [&](auto &c) { return c.first == idx; }))
                continue;
            const int qty = uni(0, 9) < 7 ? 1 : uni(2, 3);
            chosen.append({idx, qty});
            total += m_items[idx].price * qty;
        }
        order.addBindValue(buyer);
        order.addBindValue(total);
        order.addBindValue(shipping);
        order.addBindValue(iso(at));
        if (!exec(order))
            return false;
        const qint64 orderId = order.lastInsertId().toLongLong();
        for (const auto &[idx, qty] : chosen) {
            const ItemRow &it = m_items[idx];
            line.addBindValue(orderId);
            line.addBindValue(it.id);
            line.addBindValue(it.shop);
            line.addBindValue(it.title);
            line.addBindValue(it.price);
            line.addBindValue(qty);
            line.addBindValue(iso(at));
            sold.addBindValue(qty);
            sold.addBindValue(it.id);
            if (!exec(line) || !exec(sold))
                return false;
            if (uni(0, 9) < 4) {
                const int s = stars(m_rng) + 1;
                review.addBindValue(it.id);
                review.addBindValue(buyer);
                review.addBindValue(s);
                review.addBindValue(QString::fromLatin1(reviewBodies[s - 1]));
                review.addBindValue(iso(std::min(at.addDays(2), m_now))); // never in the future
                if (!exec(review))
                    return false;
                if (review.numRowsAffected() == 1) {
                    rating.addBindValue(s);
                    rating.addBindValue(it.id);
                    if (!exec(rating))
                        return false;
                }
            }
        }
    }
    m_summary.orders = orders;
    return true;
}

// What the order and search paths keep up to date as they go: sale events and search terms.
// Each shop's part of the past orders: a week old and more delivered, a day old and more on the
// way, the rest waiting in the shops' queues (none late yet).
bool Seed::orderParts()
{
    QSqlQuery parts(m_db), q(m_db);
    if (!parts.exec(QStringLiteral("SELECT DISTINCT l.order_id, l.shop_id, o.created_at FROM order_lines l "
                                   "JOIN orders o ON o.id = l.order_id ORDER BY l.order_id, l.shop_id"))) {
        m_error = parts.lastError().text();
        return false;
    }
    struct Part
    {
        qint64 order, shop;
        QDateTime at;
    };
    QList<Part> all;
    while (parts.next())
        all.append({parts.value(0).toLongLong(), parts.value(1).toLongLong(),
                    QDateTime::fromString(storage::isoText(parts.value(2)), Qt::ISODate)});
    q.prepare(QStringLiteral("INSERT INTO order_parts(order_id, shop_id, status, carrier, tracking_number, "
                             "shipped_at, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const Part &p : std::as_const(all)) {
        const bool delivered = p.at < m_now.addDays(-7);
        const bool shipped = delivered || p.at < m_now.addDays(-1);
        const QVariant none(QMetaType::fromType<QString>());
        q.addBindValue(p.order);
        q.addBindValue(p.shop);
        q.addBindValue(delivered ? QStringLiteral("delivered")
                       : shipped ? QStringLiteral("shipped")
                                 : QStringLiteral("paid"));
        q.addBindValue(shipped ? QVariant(QStringLiteral("UPS")) : none);
        q.addBindValue(shipped ? QVariant(QStringLiteral("1Z%1%2")
                                              .arg(p.order, 6, 10, QChar(u'0'))
                                              .arg(p.shop, 4, 10, QChar(u'0')))
                               : none);
        q.addBindValue(shipped ? QVariant(iso(p.at.addDays(1))) : none);
        q.addBindValue(delivered ? QVariant(iso(p.at.addDays(4))) : none);
        if (!exec(q))
            return false;
    }
    q.prepare(
        QStringLiteral("UPDATE orders SET status = CASE WHEN (SELECT COUNT(*) FROM order_parts p WHERE "
                       "p.order_id = orders.id AND p.status <> 'delivered') = 0 THEN 'delivered' WHEN "
                       "(SELECT COUNT(*) FROM order_parts p WHERE p.order_id = orders.id AND p.status = "
                       "'paid') = 0 THEN 'shipped' ELSE 'paid' END"));
    return exec(q);
}

// How the demo shops ship: free at home (the US) after a day or three, paid abroad (free above an
// amount to Canada and Europe), and everywhere else at a flat price.
bool Seed::shipping()
{
    struct Rate
    {
        const char *country;
        int flatCents;
        int freeOverCents; // 0: never free
        int transitDays;
    };
    constexpr Rate kRates[] = {{"US", 0, 0, 3},        {"CA", 899, 7500, 6},   {"GB", 1299, 15000, 7},
                               {"DE", 1299, 15000, 7}, {"FR", 1299, 15000, 8}, {"*", 1999, 0, 12}};
    constexpr int kHandlingDays[] = {1, 2, 1, 3};
    QSqlQuery handling(m_db), rate(m_db);
    handling.prepare(QStringLiteral("INSERT INTO shop_shipping(shop_id, handling_days) VALUES (?, ?)"));
    rate.prepare(QStringLiteral("INSERT INTO shipping_rates(shop_id, country, flat_cents, free_over_cents, "
                                "transit_days) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < m_shopIds.size(); ++i) {
        handling.addBindValue(m_shopIds[i]);
        handling.addBindValue(kHandlingDays[i % std::size(kHandlingDays)]);
        if (!exec(handling))
            return false;
        for (const Rate &r : kRates) {
            rate.addBindValue(m_shopIds[i]);
            rate.addBindValue(QString::fromLatin1(r.country));
            rate.addBindValue(r.flatCents);
            rate.addBindValue(r.freeOverCents ? QVariant(r.freeOverCents)
                                              : QVariant(QMetaType::fromType<int>()));
            rate.addBindValue(r.transitDays + int(i % 2)); // the shops are not all as quick
            if (!exec(rate))
                return false;
        }
    }
    return true;
}

bool Seed::derivedTables()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sale_events(order_id, item_id, category_id, shop_id, quantity, "
                             "amount_cents, created_at) "
                             "SELECT l.order_id, l.item_id, i.category_id, l.shop_id, l.quantity, l.quantity "
                             "* l.unit_price_cents, "
                             "l.created_at FROM order_lines l JOIN items i ON i.id = l.item_id"));
    if (!exec(q))
        return false;
    // SQLite's vocabulary for spelling corrections (PostgreSQL's is the search index's, in memory)
    if (storage::Database::backendOf(m_db) == storage::Backend::SQLite &&
        !storage::QueryPlanner::refreshTerms(m_db)) {
        m_error = QStringLiteral("search terms");
        return false;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO co_purchases(item_id, other_id, count) SELECT a.item_id, b.item_id, COUNT(*) "
        "FROM order_lines a JOIN order_lines b ON b.order_id = a.order_id AND b.item_id <> a.item_id "
        "GROUP BY a.item_id, b.item_id"));
    if (!exec(q))
        return false;
    // what shoppers searched for over the last day (a few favourites, a long tail, some typos)
    static const char *queries[] = {"headphones", "coffee", "yoga mat",  "lamp",        "backpack",
                                    "charger",    "puzzle", "sunscreen", "knife",       "hedphones",
                                    "jacket",     "tea",    "keybord",   "watering can"};
    std::vector<double> popularity;
    for (size_t i = 0; i < std::size(queries); ++i)
        popularity.push_back(1.0 / double(i + 1));
    std::discrete_distribution<int> which(popularity.begin(), popularity.end());
    q.prepare(QStringLiteral("INSERT INTO search_log(query, created_at) VALUES (?, ?)"));
    for (int i = 0; i < 240; ++i) {
        const qint64 ago = i < 30 ? uni(5, 3600) : uni(3700, 24 * 3600);
        q.addBindValue(QString::fromLatin1(queries[which(m_rng)]));
        q.addBindValue(iso(m_now.addSecs(-ago)));
        if (!exec(q))
            return false;
    }
    return true;
}

// Buyers ask about the popular items; their shops (and other buyers) answer; some answers got votes.
bool Seed::questionsAndAnswers()
{
    static const char *questions[] = {"Does it come with a warranty?", "How big is it exactly?",
                                      "Is it suitable as a gift?",     "Does it ship in its original box?",
                                      "What is it made of?",           "Is this the newest version?"};
    static const char *sellerAnswers[] = {"Yes, two years from the date of purchase.",
                                          "See the description for every measure; happy to help further.",
                                          "Absolutely, and we can add a gift note.",
                                          "Yes, always in the original packaging.",
                                          "Solid materials only, as listed in the description.",
                                          "Yes, this is the current model."};
    static const char *buyerAnswers[] = {"Mine arrived well packed.", "I bought two, both perfect.",
                                         "Worked for me as described."};
    QSqlQuery owner(m_db), question(m_db), answer(m_db), vote(m_db), helpful(m_db), q(m_db);
    owner.prepare(QStringLiteral("SELECT owner_id FROM shops WHERE id = ?"));
    question.prepare(QStringLiteral(
        "INSERT INTO questions(item_id, user_id, body, helpful_count, created_at) VALUES (?, ?, ?, 0, ?)"));
    answer.prepare(QStringLiteral(
        "INSERT INTO answers(question_id, user_id, body, by_seller, helpful_count, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    vote.prepare(QStringLiteral("INSERT INTO answer_votes(answer_id, user_id) VALUES (?, ?)"));
    helpful.prepare(QStringLiteral("UPDATE questions SET helpful_count = helpful_count + ? WHERE id = ?"));
    for (int i = 0; i < m_items.size(); i += 3) {
        const ItemRow &item = m_items[i];
        owner.addBindValue(item.shop);
        if (!exec(owner) || !owner.next())
            return false;
        const qint64 seller = owner.value(0).toLongLong();
        owner.finish();
        const int count = uni(0, 3);
        for (int n = 0; n < count; ++n) {
            const int which = uni(0, int(std::size(questions)) - 1);
            const QDateTime asked = m_now.addSecs(-qint64(uni(3600, 20 * 24 * 3600)));
            for (const QVariant &v : QVariantList{item.id, m_buyerIds[uni(0, int(m_buyerIds.size()) - 1)],
                                                  QString::fromLatin1(questions[which]), iso(asked)})
                question.addBindValue(v);
            if (!exec(question))
                return false;
            const qint64 questionId = question.lastInsertId().toLongLong();
            const int answers = uni(0, 2);
            for (int a = 0; a < answers; ++a) {
                const bool bySeller = a == 0;
                const qint64 author = bySeller ? seller : m_buyerIds[uni(0, int(m_buyerIds.size()) - 1)];
                const QString body =
                    QString::fromLatin1(bySeller ? sellerAnswers[which] : buyerAnswers[uni(0, 2)]);
                // the votes of some buyers, each at most once
                QList<qint64> voters;
                for (qint64 buyer : std::as_const(m_buyerIds))
                    if (uni(0, 2) == 0)
                        voters.append(buyer);
                for (const QVariant &v :
                     QVariantList{questionId, author, body, bySeller, qint64(voters.size()),
                                  iso(asked.addSecs(uni(600, 48 * 3600)))})
                    answer.addBindValue(v);
                if (!exec(answer))
                    return false;
                const qint64 answerId = answer.lastInsertId().toLongLong();
                for (qint64 voter : voters) {
                    vote.addBindValue(answerId);
                    vote.addBindValue(voter);
                    if (!exec(vote))
                        return false;
                }
                helpful.addBindValue(qint64(voters.size()));
                helpful.addBindValue(questionId);
                if (!exec(helpful))
                    return false;
            }
        }
    }
    q.prepare(QStringLiteral(
        "UPDATE items SET question_count = (SELECT COUNT(*) FROM questions q WHERE q.item_id = items.id)"));
    return exec(q);
}

Result<DemoSummary> Seed::run()
{
    if (!m_db.transaction())
        return Error::internal(m_db.lastError().text());
    if (!accounts() || !categoriesAndItems() || !pastOrders() || !orderParts() || !shipping() ||
        !derivedTables() || !questionsAndAnswers()) {
        m_db.rollback();
        return Error::internal(QStringLiteral("demo data: %1").arg(m_error));
    }
    if (!m_db.commit())
        return Error::internal(m_db.lastError().text());
    QSqlQuery analyze(m_db); // statistics for the query planner
    analyze.exec(QStringLiteral("ANALYZE"));
    return m_summary;
}

} // namespace

Result<DemoSummary> DemoSeeder::seedIfEmpty()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM items) + (SELECT COUNT(*) FROM users)")) ||
        !q.next())
        return Error::internal(q.lastError().text());
    if (q.value(0).toLongLong() > 0)
        return DemoSummary{};
    q.finish();
    domain::ImageStore images(m_imagesDir);
    Seed seed(m_db, images);
    auto result = seed.run();
    if (result)
        qCInfo(lcDemo) << "demo marketplace created:" << result->shops << "shops," << result->categories
                       << "categories," << result->items << "items," << result->orders << "past orders";
    return result;
}

} // namespace emporium::demo
