#include "services/questionduplicates.h"

#include "text/vietnamese.h"

#include <QSet>

#include <algorithm>

namespace dd {

QStringList duplicateWords(const QString &text)
{
    const QString folded = text::fold(text);
    QStringList words;
    QString word;
    auto flush = [&] {
        if (word.size() > 1)
            words << word;
        word.clear();
    };
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            word.append(c);
        else
            flush();
    }
    flush();
    return words;
}

QList<DuplicatePair> findNearDuplicates(const QList<Question> &questions, double threshold)
{
    struct Entry
    {
        const Question *q;
        QStringList sorted; // the multiset, in order
        QSet<QString> set;
    };
    QList<Entry> entries;
    for (const Question &q : questions) {
        if (q.status == QuestionStatus::Merged || q.status == QuestionStatus::Withdrawn)
            continue;
        Entry e { &q, duplicateWords(q.text), {} };
        if (e.sorted.isEmpty())
            continue;
        std::sort(e.sorted.begin(), e.sorted.end());
        e.set = QSet<QString>(e.sorted.cbegin(), e.sorted.cend());
        entries << e;
    }
    QList<DuplicatePair> out;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        for (qsizetype j = i + 1; j < entries.size(); ++j) {
            const Entry &a = entries.at(i);
            const Entry &b = entries.at(j);
            double similarity = 0;
            if (a.sorted == b.sorted) {
                similarity = 1.0;
            } else {
                // Sets of very different sizes cannot reach the threshold: skip the work.
                const auto small = std::min(a.set.size(), b.set.size());
                const auto large = std::max(a.set.size(), b.set.size());
                if (double(small) / double(large) < threshold)
                    continue;
                qsizetype common = 0;
                for (const QString &w : a.set)
                    common += b.set.contains(w);
                const qsizetype unionSize = a.set.size() + b.set.size() - common;
                similarity = unionSize ? double(common) / double(unionSize) : 0;
            }
            if (similarity + 1e-9 < threshold)
                continue;
            const Question *first = a.q;
            const Question *second = b.q;
            const auto earlier = [](const Question *x, const Question *y) {
                if (x->receivedOn.isValid() && y->receivedOn.isValid()
                    && x->receivedOn != y->receivedOn)
                    return x->receivedOn < y->receivedOn;
                return x->id < y->id;
            };
            if (earlier(second, first))
                std::swap(first, second);
            out << DuplicatePair { first->id, second->id, similarity };
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const DuplicatePair &x, const DuplicatePair &y) {
        return x.similarity > y.similarity;
    });
    return out;
}

} // namespace dd
