#include "util/fastkey.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <vector>

using dd::fastHash;
using dd::FastKey;

TEST_CASE("FastKey: the same text hashes alike wherever it is stored, the seed changes it",
          "[text]")
{
    const QString a = QStringLiteral("Nguyễn Thị Ánh");
    const QString b = QStringLiteral("Nguyễn Thị ") + QStringLiteral("Ánh"); // another buffer
    CHECK(a.constData() != b.constData());
    CHECK(qHash(FastKey(a), 7) == qHash(FastKey(b), 7));
    CHECK(fastHash(a, 7) != fastHash(a, 8));
    // Every length up to two words of four units, so that the tail is mixed in too.
    QSet<size_t> seen;
    const QString text = QStringLiteral("abcdefghij");
    for (qsizetype n = 0; n <= text.size(); ++n)
        seen.insert(fastHash(QStringView(text).first(n), 1));
    CHECK(seen.size() == text.size() + 1);
    CHECK(fastHash(QStringLiteral("an"), 1) != fastHash(QStringLiteral("na"), 1));
}

TEST_CASE("FastKey spreads 100,000 names that differ in one word over the table", "[text]")
{
    QStringList names;
    for (int i = 0; i < 100000; ++i)
        names << QStringLiteral("le thi %1 anh").arg(i);
    std::vector<int> low(1 << 16, 0); // what a table of 65,536 buckets sees
    QSet<size_t> full;
    for (const QString &n : names) {
        const size_t h = fastHash(n, 12345);
        full.insert(h);
        ++low[h & 0xFFFF];
    }
    CHECK(full.size() == names.size());
    // 1.5 names per bucket on average; a poor hash piles them up.
    CHECK(*std::max_element(low.begin(), low.end()) < 16);

    QHash<FastKey, int> table;
    for (int i = 0; i < names.size(); ++i)
        table.insert(names.at(i), i);
    CHECK(table.size() == names.size());
    CHECK(table.value(QStringLiteral("le thi 4711 anh"), -1) == 4711);
    CHECK(table.value(QStringLiteral("le thi 100000 anh"), -1) == -1);
}
