#pragma once
// Fills an empty database with the demo marketplace of API.md "Demo mode": 4 shops,
// 8 categories, 200 items with generated pictures, 30 days of past orders and reviews,
// and the demo accounts (password demo1234). Deterministic apart from image file names.
#include "server/protocol/Result.h"

#include <QSqlDatabase>

namespace emporium::demo {

struct DemoSummary
{
    int shops = 0;
    int categories = 0;
    int items = 0;
    int orders = 0;
};

class DemoSeeder
{
public:
    static constexpr int kItemsPerCategory = 25;

    DemoSeeder(QSqlDatabase db, QString imagesDir) : m_db(std::move(db)), m_imagesDir(std::move(imagesDir)) {}

    // Does nothing (and says so) when the database already has items.
    Result<DemoSummary> seedIfEmpty();

private:
    QSqlDatabase m_db;
    QString m_imagesDir;
};

} // namespace emporium::demo
