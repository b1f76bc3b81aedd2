#include "io/csvreader.h"

#include "util/parallel.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

namespace dd::io {

namespace {

// Splits text into records; a quote only opens a quoted field at the start of a field, as
// Excel does, so a stray quote inside a field ("12" TV) is kept as text. Fields are cut out of
// the text in one piece (a list of 100,000 rows is read in a blink); only a quoted field with
// doubled quotes inside is built up character by character.
QList<QStringList> parsePiece(QStringView text, QChar delimiter)
{
    QList<QStringList> rows;
    QStringList row;
    const char16_t *const data = text.utf16();
    const qsizetype n = text.size();
    const char16_t delim = delimiter.unicode();
    auto isEnd = [&](char16_t c) {
        return c == delim || c == u'\r' || c == u'\n';
    };
    qsizetype i = 0;
    bool rowOpen = false; // something (even one empty field) was read for this row
    while (i < n) {
        QString field;
        if (data[i] == u'"') {
            // A quoted field: up to the closing quote, "" standing for one quote. Whatever
            // follows the closing quote up to the delimiter is kept, as Excel does.
            qsizetype j = i + 1;
            qsizetype from = j;
            bool built = false;
            for (;;) {
                while (j < n && data[j] != u'"')
                    ++j;
                if (j + 1 < n && data[j + 1] == u'"') { // a doubled quote
                    field.append(QStringView(data + from, j + 1 - from));
                    built = true;
                    j += 2;
                    from = j;
                    continue;
                }
                break;
            }
            const QStringView last(data + from, std::min(j, n) - from);
            if (built)
                field.append(last);
            else
                field = last.toString();
            i = std::min(j + 1, n);
            const qsizetype tail = i;
            while (i < n && !isEnd(data[i]))
                ++i;
            if (i > tail)
                field.append(QStringView(data + tail, i - tail));
        } else {
            const qsizetype from = i;
            while (i < n && !isEnd(data[i]))
                ++i;
            field = QStringView(data + from, i - from).toString();
        }
        row.append(std::move(field));
        rowOpen = true;
        if (i >= n)
            break;
        const char16_t end = data[i++];
        if (end == delim) {
            if (i == n) // a delimiter at the very end opens one more, empty field
                row.append(QString());
            continue;
        }
        if (end == u'\r' && i < n && data[i] == u'\n')
            ++i;
        rows.append(std::move(row));
        row = QStringList();
        row.reserve(rows.constLast().size());
        rowOpen = false;
    }
    if (rowOpen)
        rows.append(std::move(row));
    return rows;
}

// A long file without any quote can be cut at line ends and its pieces read on every core;
// with quotes, a line end may lie inside a field, and it is read in one go.
QList<QStringList> parseCsv(const QString &text, QChar delimiter)
{
    const QStringView all(text);
    constexpr qsizetype kPieces = 8;
    if (all.size() < 1024 * 1024 || all.contains(u'"'))
        return parsePiece(all, delimiter);
    std::array<qsizetype, kPieces + 1> cut {};
    for (qsizetype k = 1; k < kPieces; ++k) {
        const qsizetype lineEnd
            = all.indexOf(u'\n', std::max(cut[k - 1], k * all.size() / kPieces));
        cut[k] = lineEnd < 0 ? all.size() : lineEnd + 1;
    }
    cut[kPieces] = all.size();
    std::array<QList<QStringList>, kPieces> pieces;
    parallelChunks(kPieces, 1, [&](qsizetype begin, qsizetype end) {
        for (qsizetype k = begin; k < end; ++k)
            if (cut[k + 1] > cut[k])
                pieces[k] = parsePiece(all.sliced(cut[k], cut[k + 1] - cut[k]), delimiter);
    });
    QList<QStringList> rows;
    qsizetype total = 0;
    for (const QList<QStringList> &piece : pieces)
        total += piece.size();
    rows.reserve(total);
    for (QList<QStringList> &piece : pieces)
        for (QStringList &row : piece)
            rows.append(std::move(row));
    return rows;
}

} // namespace

QChar detectCsvDelimiter(const QString &text)
{
    // Count each candidate per line outside quotes over the first lines; the delimiter is
    // the one that appears on most lines with the most consistent count. Title rows above
    // the table have none, so lines without any candidate do not vote.
    constexpr std::array<char16_t, 3> candidates = { u',', u';', u'\t' };
    std::array<QList<int>, 3> perLine;
    std::array<int, 3> current = { 0, 0, 0 };
    bool inQuotes = false;
    int lines = 0;
    auto flushLine = [&] {
        for (size_t k = 0; k < candidates.size(); ++k) {
            perLine[k].append(current[k]);
            current[k] = 0;
        }
        ++lines;
    };
    for (qsizetype i = 0; i < text.size() && lines < 200; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            flushLine();
        } else if (!inQuotes) {
            for (size_t k = 0; k < candidates.size(); ++k)
                current[k] += c == candidates[k];
        }
    }
    flushLine();

    double bestScore = 0;
    QChar best = u',';
    for (size_t k = 0; k < candidates.size(); ++k) {
        // The most frequent non-zero count (the table's column count - 1) and on how many
        // lines it occurs.
        QHash<int, int> histogram;
        for (int count : perLine[k])
            if (count > 0)
                ++histogram[count];
        int modeLines = 0;
        int mode = 0;
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
            if (it.value() > modeLines || (it.value() == modeLines && it.key() > mode)) {
                modeLines = it.value();
                mode = it.key();
            }
        const double score = modeLines * 1000.0 + mode;
        if (score > bestScore) {
            bestScore = score;
            best = QChar(candidates[k]);
        }
    }
    return best;
}

Result<Sheet> readCsv(const QByteArray &bytes, const CsvOptions &opts, TextEncoding *detected)
{
    if (bytes.contains('\0') && opts.encoding != TextEncoding::Utf16LE
        && opts.encoding != TextEncoding::Utf16BE) {
        // UTF-16 is recognised by its NULs; other NULs mean a binary file.
        const DecodedText probe = decodeText(bytes.left(4096), opts.encoding);
        if (probe.encoding != TextEncoding::Utf16LE && probe.encoding != TextEncoding::Utf16BE)
            return Error(QCoreApplication::translate(
                "Import",
                "The file is not a text (CSV) file: it contains binary data. If it is a "
                "spreadsheet, save it as XLSX, ODS or CSV and import that file."));
    }
    const DecodedText decoded = decodeText(bytes, opts.encoding);
    if (detected)
        *detected = decoded.encoding;
    // Control characters do not occur in text a person typed; many of them mean binary data.
    qsizetype controls = 0;
    const qsizetype sample = std::min<qsizetype>(decoded.text.size(), 65536);
    for (qsizetype i = 0; i < sample; ++i) {
        const char16_t c = decoded.text.at(i).unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != 0x1A)
            || c == 0x7F || c == 0xFFFD)
            ++controls;
    }
    if (controls * 100 > sample)
        return Error(QCoreApplication::translate(
            "Import",
            "The file is not a text (CSV) file: it contains binary data. If it is a "
            "spreadsheet, save it as XLSX, ODS or CSV and import that file."));

    const QChar delimiter
        = opts.delimiter.isNull() ? detectCsvDelimiter(decoded.text) : opts.delimiter;
    Sheet sheet;
    sheet.rows = parseCsv(decoded.text, delimiter);
    // Trailing empty lines are not rows of the table.
    while (!sheet.rows.isEmpty() && sheet.rows.last().size() == 1
           && sheet.rows.last().first().isEmpty())
        sheet.rows.removeLast();
    qsizetype columns = 0;
    for (const QStringList &row : std::as_const(sheet.rows))
        columns = std::max(columns, row.size());
    for (QStringList &row : sheet.rows)
        while (row.size() < columns)
            row.append(QString());
    return sheet;
}

} // namespace dd::io
