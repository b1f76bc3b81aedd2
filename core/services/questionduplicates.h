#pragma once

#include "domain/question.h"

#include <QList>
#include <QStringList>

namespace dd {

// Questions that say the same thing: the same words after folding (accents, case and word
// order ignored) or nearly the same (Jaccard similarity of the word sets ≥ threshold).
struct DuplicatePair
{
    qint64 firstId = 0; // received first (kept when merging)
    qint64 secondId = 0;
    double similarity = 0; // 1.0 for the same words in another order
};

// The words compared: folded, split on anything but letters and digits, words of one
// character dropped.
QStringList duplicateWords(const QString &text);

// Pairs among the open questions (merged and withdrawn ones are skipped), most similar first.
QList<DuplicatePair> findNearDuplicates(const QList<Question> &questions, double threshold = 0.8);

} // namespace dd
