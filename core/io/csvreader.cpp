#include "io/csvreader.h"

#include "io/readlimits.h"
#include "util/parallel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <array>
#include <atomic>
#include <optional>

namespace dd::io {

namespace {

// Why a parse stopped early. Rows are 0-based within what was parsed.
struct ParseStop
{
    enum class Kind { None, Columns, Rows, Cells, QuoteNeverClosed, QuoteTooLong };
    Kind kind = Kind::None;
    qsizetype row = 0;
    qsizetype column = 0;
};

struct Parsed
{
    QList<QStringList> rows;
    ParseStop stop;
};

// A quoted field may hold line breaks (an address, a note), but not many: beyond this a
// closing quote is surely missing and the rest of the file would become one cell.
constexpr int kMaxQuotedLines = 20;

// Splits text into records; a quote only opens a quoted field at the start of a field, as
// Excel does, so a stray quote inside a field ("12" TV) is kept as text. Fields are cut out of
// the text in one piece (a list of 100,000 rows is read in a blink); only a quoted field with
// doubled quotes inside is built up character by character. Empty fields after a row's last
// filled one are not kept (a row of 50,000 commas is an empty row, and costs nothing); a
// filled field past kMaxColumns, more than kMaxRows rows or more than kMaxCells cells (counted
// with `cells`, shared by the pieces read at once) stop the parse.
Parsed parsePiece(QStringView text, QChar delimiter, std::atomic<qsizetype> &cells)
{
    Parsed out;
    QList<QStringList> &rows = out.rows;
    QStringList row;
    qsizetype pendingEmpty = 0; // empty fields not appended yet: kept only before a filled one
    qsizetype column = 0;
    qsizetype counted = 0; // cells of this piece not yet added to `cells`
    const char16_t *const data = text.utf16();
    const qsizetype n = text.size();
    const char16_t delim = delimiter.unicode();
    auto isEnd = [&](char16_t c) {
        return c == delim || c == u'\r' || c == u'\n';
    };
    auto stop = [&](ParseStop::Kind kind) {
        out.stop = { kind, rows.size(), column };
        return out;
    };
    qsizetype lastWidth = 0; // cells of the last row that had any
    auto endRow = [&] {
        if (!row.isEmpty())
            lastWidth = row.size();
        rows.append(std::move(row));
        row = QStringList();
        pendingEmpty = 0;
        column = 0;
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
            int lines = 0;
            for (;;) {
                while (j < n && data[j] != u'"') {
                    if (data[j] == u'\n'
                        || (data[j] == u'\r' && (j + 1 == n || data[j + 1] != u'\n')))
                        if (++lines > kMaxQuotedLines)
                            return stop(ParseStop::Kind::QuoteTooLong);
                    ++j;
                }
                if (j == n)
                    return stop(ParseStop::Kind::QuoteNeverClosed);
                if (j + 1 < n && data[j + 1] == u'"') { // a doubled quote
                    field.append(QStringView(data + from, j + 1 - from));
                    built = true;
                    j += 2;
                    from = j;
                    continue;
                }
                break;
            }
            const QStringView last(data + from, j - from);
            if (built)
                field.append(last);
            else
                field = last.toString();
            i = j + 1;
            const qsizetype tail = i;
            while (i < n && !isEnd(data[i]))
                ++i;
            if (i > tail)
                field.append(QStringView(data + tail, i - tail));
        } else {
            const qsizetype from = i;
            while (i < n && !isEnd(data[i]))
                ++i;
            if (i > from)
                field = QStringView(data + from, i - from).toString();
        }
        if (field.isEmpty()) {
            ++pendingEmpty;
        } else {
            if (column >= kMaxColumns)
                return stop(ParseStop::Kind::Columns);
            counted += pendingEmpty + 1;
            // A row is most likely as wide as the one before: room for its cells at once
            // (within reason), not grown cell by cell.
            if (row.isEmpty())
                row.reserve(std::min<qsizetype>(std::max(lastWidth, pendingEmpty + 1), 256));
            for (; pendingEmpty > 0; --pendingEmpty)
                row.append(QString());
            row.append(std::move(field));
        }
        ++column;
        rowOpen = true;
        if (i >= n)
            break;
        const char16_t end = data[i++];
        if (end == delim)
            continue;
        if (end == u'\r' && i < n && data[i] == u'\n')
            ++i;
        endRow();
        rowOpen = false;
        if (rows.size() > kMaxRows)
            return stop(ParseStop::Kind::Rows);
        if (counted > 4096) {
            if (cells.fetch_add(counted) + counted > kMaxCells)
                return stop(ParseStop::Kind::Cells);
            counted = 0;
        }
    }
    if (rowOpen)
        endRow();
    if (cells.fetch_add(counted) + counted > kMaxCells)
        return stop(ParseStop::Kind::Cells);
    return out;
}

// Rows of the text, not counting the empty lines at its end.
qsizetype lineCount(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && (text[end - 1] == u'\n' || text[end - 1] == u'\r'))
        --end;
    if (end == 0)
        return 0;
    qsizetype lines = 1;
    for (qsizetype i = 0; i < end; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\n' || (c == u'\r' && text[i + 1] != u'\n'))
            ++lines;
    }
    return lines;
}

// A long file without any quote can be cut at line ends and its pieces read on every core;
// with quotes, a line end may lie inside a field, and it is read in one go.
Parsed parseCsv(const QString &text, QChar delimiter)
{
    const QStringView all(text);
    std::atomic<qsizetype> cells { 0 };
    constexpr qsizetype kPieces = 8;
    if (all.size() < 1024 * 1024 || all.contains(u'"'))
        return parsePiece(all, delimiter, cells);
    // Without quotes every line is a row: too many are refused before any is read.
    if (lineCount(all) > kMaxRows)
        return { {}, { ParseStop::Kind::Rows, kMaxRows, 0 } };
    std::array<qsizetype, kPieces + 1> cut {};
    for (qsizetype k = 1; k < kPieces; ++k) {
        const qsizetype lineEnd
            = all.indexOf(u'\n', std::max(cut[k - 1], k * all.size() / kPieces));
        cut[k] = lineEnd < 0 ? all.size() : lineEnd + 1;
    }
    cut[kPieces] = all.size();
    std::array<Parsed, kPieces> pieces;
    parallelChunks(kPieces, 1, [&](qsizetype begin, qsizetype end) {
        for (qsizetype k = begin; k < end; ++k)
            if (cut[k + 1] > cut[k])
                pieces[k] = parsePiece(all.sliced(cut[k], cut[k + 1] - cut[k]), delimiter, cells);
    });
    Parsed out;
    qsizetype total = 0;
    for (const Parsed &piece : pieces) {
        if (piece.stop.kind != ParseStop::Kind::None) {
            // Rows are counted from the start of the file; a cell count passed in any piece
            // is passed for the file.
            out.stop = piece.stop;
            out.stop.row += total;
            for (const Parsed &other : pieces)
                if (other.stop.kind == ParseStop::Kind::Cells)
                    out.stop.kind = ParseStop::Kind::Cells;
            return out;
        }
        total += piece.rows.size();
    }
    out.rows.reserve(total);
    for (Parsed &piece : pieces)
        for (QStringList &row : piece.rows)
            out.rows.append(std::move(row));
    return out;
}

QString shortEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16:
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16");
    case TextEncoding::Windows1258:
        return QStringLiteral("Windows-1258");
    case TextEncoding::Tcvn3:
        return QStringLiteral("TCVN3");
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        break;
    }
    return QStringLiteral("UTF-8");
}

Error notReadableAs(const QString &fileName, TextEncoding encoding, const QString &why)
{
    return Error(QCoreApplication::translate(
                     "Import",
                     "%1 is not readable as %2: %3. If you know which encoding it was saved "
                     "in, choose it (--encoding utf-8|utf-16|windows-1258|tcvn3 on the command "
                     "line, the Encoding list in the import window).")
                     .arg(fileLabel(fileName), shortEncodingName(encoding), why));
}

Error binaryData(const QString &fileName)
{
    return Error(QCoreApplication::translate(
                     "Import",
                     "%1 is not a text (CSV) file: it contains binary data. If it is a "
                     "spreadsheet, save it as XLSX, ODS or CSV and import that file.")
                     .arg(fileLabel(fileName)));
}

// Text a person typed holds no control characters (tab and line ends aside) and nothing the
// decoder could not read (U+FFFD).
bool isNonText(char16_t c)
{
    if (c >= 0xA0)
        return c == 0xFFFD;
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c >= 0x7F;
}

// Where the first character that is not text is (isNonText), or -1. A long text is looked
// through in pieces on every core, a block at a time without a branch per character: this runs
// over every character of the file before anything else can start.
qsizetype firstNonText(QStringView text)
{
    auto scan = [](const char16_t *p, qsizetype from, qsizetype to) -> qsizetype {
        constexpr qsizetype kBlock = 1024;
        for (qsizetype b = from; b < to; b += kBlock) {
            const qsizetype e = std::min(to, b + kBlock);
            bool any = false;
            for (qsizetype i = b; i < e; ++i)
                any |= isNonText(p[i]);
            if (any)
                for (qsizetype i = b; i < e; ++i)
                    if (isNonText(p[i]))
                        return i;
        }
        return -1;
    };
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    constexpr qsizetype kPieces = 8;
    if (n < 1024 * 1024)
        return scan(p, 0, n);
    std::array<qsizetype, kPieces> found;
    found.fill(-1);
    parallelChunks(kPieces, 1, [&](qsizetype begin, qsizetype end) {
        for (qsizetype k = begin; k < end; ++k)
            found[size_t(k)] = scan(p, k * n / kPieces, (k + 1) * n / kPieces);
    });
    for (const qsizetype at : found)
        if (at >= 0)
            return at;
    return -1;
}

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

} // namespace

QChar detectCsvDelimiter(const QString &text);

namespace {

// The usual long list (UTF-8 found by itself, no quote, no NUL) read piece by piece on every
// core: each piece, cut at a line end, is decoded, checked for characters that are not text
// and cut into rows by the same core, without the decoded pieces being joined into one text
// and cut again. Anything else, or anything unusual on the way (bytes that are not UTF-8, a
// character that is not text, a limit passed, too few lines in the first piece to find the
// delimiter in), gives nothing, and readCsv() reads the file the general way, which gives the
// same rows and words the message.
std::optional<Sheet> readPlainUtf8(const QByteArray &bytes, const CsvOptions &opts)
{
    constexpr qsizetype kPieces = kTextPieces;
    if (opts.encoding != TextEncoding::Auto || bytes.size() < 1024 * 1024
        || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") || bytes.contains('"')
        || bytes.contains('\0'))
        return std::nullopt;
    QByteArrayView body(bytes);
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.sliced(3);
    const auto cut = lineEndCuts(body);
    std::array<QString, kPieces> text;
    std::array<bool, kPieces> ok {};
    std::array<qsizetype, kPieces> breaks {};
    parallelChunks(kPieces, 1, [&](qsizetype begin, qsizetype end) {
        for (qsizetype k = begin; k < end; ++k) {
            bool valid = false;
            text[k] = decodeUtf8Piece(body.sliced(cut[k], cut[k + 1] - cut[k]), &valid);
            // DOS's end-of-file mark, as readCsv() drops it.
            if (k == kPieces - 1 && text[k].endsWith(QChar(0x1A)))
                text[k].chop(1);
            ok[k] = valid && firstNonText(text[k]) < 0;
            breaks[k] = std::count_if(text[k].cbegin(), text[k].cend(),
                                      [](QChar c) { return isLineBreak(c.unicode()); });
        }
    });
    qsizetype chars = 0;
    qsizetype allBreaks = 0;
    for (qsizetype k = 0; k < kPieces; ++k) {
        if (!ok[k])
            return std::nullopt;
        chars += text[k].size();
        allBreaks += breaks[k];
    }
    // As parseCsv() reads: a short text in one go, and no more rows than allowed (the file
    // has at most one line more than line breaks). The delimiter is found within the first
    // 200 lines, which end within the first piece when it has 401 line breaks.
    if (chars < 1024 * 1024 || allBreaks + 1 > kMaxRows
        || (opts.delimiter.isNull() && breaks[0] < 401))
        return std::nullopt;
    const QChar delimiter = opts.delimiter.isNull() ? detectCsvDelimiter(text[0]) : opts.delimiter;
    std::atomic<qsizetype> cells { 0 };
    std::array<Parsed, kPieces> pieces;
    parallelChunks(kPieces, 1, [&](qsizetype begin, qsizetype end) {
        for (qsizetype k = begin; k < end; ++k) {
            if (!text[k].isEmpty())
                pieces[k] = parsePiece(text[k], delimiter, cells);
            text[k] = QString(); // the rows hold their own copies
        }
    });
    qsizetype total = 0;
    for (const Parsed &piece : pieces) {
        if (piece.stop.kind != ParseStop::Kind::None)
            return std::nullopt;
        total += piece.rows.size();
    }
    Sheet sheet;
    sheet.rows.reserve(total);
    for (Parsed &piece : pieces)
        for (QStringList &row : piece.rows)
            sheet.rows.append(std::move(row));
    // Trailing empty lines are not rows of the table.
    while (!sheet.rows.isEmpty() && sheet.rows.last().isEmpty())
        sheet.rows.removeLast();
    return sheet;
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

Result<Sheet> readCsv(const QByteArray &bytes, const CsvOptions &opts, TextEncoding *detected,
                      const QString &fileName)
{
    const bool utf16Chosen = opts.encoding == TextEncoding::Utf16
        || opts.encoding == TextEncoding::Utf16LE || opts.encoding == TextEncoding::Utf16BE;
    if (bytes.contains('\0') && !utf16Chosen) {
        // UTF-16 is recognised by its NULs; other NULs mean a binary file.
        const DecodedText probe = decodeText(bytes.left(4096), opts.encoding);
        if (probe.encoding != TextEncoding::Utf16LE && probe.encoding != TextEncoding::Utf16BE)
            return binaryData(fileName);
    }
    if (std::optional<Sheet> plain = readPlainUtf8(bytes, opts)) {
        if (detected)
            *detected = TextEncoding::Utf8;
        return std::move(*plain);
    }
    DecodedText decoded = decodeText(bytes, opts.encoding);
    if (detected)
        *detected = decoded.encoding;
    // DOS marked the end of a text file with Ctrl-Z; some old programs still write it.
    if (decoded.text.endsWith(QChar(0x1A)))
        decoded.text.chop(1);
    if (opts.encoding == TextEncoding::Auto) {
        // A guess that gives anything but text is no reading at all: the user is told, and
        // may say which encoding it is.
        const bool utf16 = decoded.encoding == TextEncoding::Utf16LE
            || decoded.encoding == TextEncoding::Utf16BE;
        if (utf16 && bytes.size() % 2 != 0)
            return notReadableAs(
                fileName, decoded.encoding,
                QCoreApplication::translate("Import",
                                            "its length is an odd number of bytes (one is "
                                            "missing, or it is not UTF-16 at all)"));
        if (const qsizetype at = firstNonText(decoded.text); at >= 0) {
            return notReadableAs(
                fileName, decoded.encoding,
                QCoreApplication::translate("Import",
                                            "line %1 holds a character that is not text (U+%2)")
                    .arg(QStringView(decoded.text).first(at).count(u'\n') + 1)
                    .arg(QStringLiteral("%1")
                             .arg(decoded.text.at(at).unicode(), 4, 16, QLatin1Char('0'))
                             .toUpper()));
        }
    } else {
        // The encoding the user chose is taken as it reads (names with control characters are
        // problems on their rows); only what is mostly not text is refused as binary data.
        qsizetype controls = 0;
        const qsizetype sample = std::min<qsizetype>(decoded.text.size(), 65536);
        for (qsizetype i = 0; i < sample; ++i)
            controls += isNonText(decoded.text.at(i).unicode());
        if (controls * 10 > sample)
            return binaryData(fileName);
    }

    const QChar delimiter
        = opts.delimiter.isNull() ? detectCsvDelimiter(decoded.text) : opts.delimiter;
    Parsed parsed = parseCsv(decoded.text, delimiter);
    decoded.text = QString(); // the rows hold their own copies
    switch (parsed.stop.kind) {
    case ParseStop::Kind::None:
        break;
    case ParseStop::Kind::Columns:
        return tooManyColumns(fileName, QString(), parsed.stop.row, parsed.stop.column);
    case ParseStop::Kind::Rows:
        return tooManyRows(fileName, QString());
    case ParseStop::Kind::Cells:
        return tooManyCells(fileName, QString());
    case ParseStop::Kind::QuoteNeverClosed:
        return Error(QCoreApplication::translate(
                         "Import",
                         "%1, row %2: a quotation mark opens a field that is never closed, so "
                         "the rest of the file would be one cell. Add the missing quotation "
                         "mark (\") or remove the stray one, and try again.")
                         .arg(fileLabel(fileName))
                         .arg(parsed.stop.row + 1));
    case ParseStop::Kind::QuoteTooLong:
        return Error(QCoreApplication::translate(
                         "Import",
                         "%1, row %2: a quotation mark opens a field that runs over more than "
                         "%3 lines; its closing quotation mark is surely missing. Add it (\") or "
                         "remove the stray one, and try again.")
                         .arg(fileLabel(fileName))
                         .arg(parsed.stop.row + 1)
                         .arg(kMaxQuotedLines));
    }
    Sheet sheet;
    sheet.rows = std::move(parsed.rows);
    // Trailing empty lines are not rows of the table.
    while (!sheet.rows.isEmpty() && sheet.rows.last().isEmpty())
        sheet.rows.removeLast();
    return sheet;
}

} // namespace dd::io
