#include "io/csvreader.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace dd::io {

namespace {

// Splits text into records; a quote only opens a quoted field at the start of a field, as
// Excel does, so a stray quote inside a field ("12" TV) is kept as text.
QList<QStringList> parseCsv(const QString &text, QChar delimiter)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false; // something (even "") was read for this field
    const qsizetype n = text.size();
    auto endField = [&] {
        row.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        rows.append(row);
        row.clear();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty())
        endRow();
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
