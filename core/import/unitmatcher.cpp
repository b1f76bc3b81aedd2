// Unit names as lists write them, matched to the directory.
#include "import/unitmatcher.h"

#include "text/vietnamese.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace dd::import {

namespace {

// The kinds of district-level union, and the words a place name may carry after them.
constexpr const char *kUnionKinds[] = { "huyen doan", "thi doan", "thanh doan" };
constexpr const char *kPlaceWords[] = { "thanh pho ", "thi xa ", "huyen ", "thi tran " };

// "huyen doan|duong minh chau" for a district union's key, empty for anything else.
QString kindAndPlace(const QString &key)
{
    for (const char *kind : kUnionKinds) {
        const QLatin1String k(kind);
        if (!key.startsWith(k) || key.size() <= k.size() || key.at(k.size()) != QLatin1Char(' '))
            continue;
        QString place = key.mid(k.size() + 1);
        for (const char *w : kPlaceWords)
            if (place.startsWith(QLatin1String(w)))
                place = place.mid(qstrlen(w));
        return place.isEmpty() ? QString() : QString(k) + QLatin1Char('|') + place;
    }
    return {};
}

bool isSenderKind(UnitKind kind)
{
    return kind == UnitKind::District || kind == UnitKind::Affiliated;
}

// The kinds of union a name may abbreviate, as bits.
enum KindBit { kHuyen = 1, kThi = 2, kThanh = 4, kTinh = 8, kAnyDistrict = kHuyen | kThi | kThanh };

struct KindWords
{
    const char *words;
    int kinds;
};

// The words naming a union's kind at the front of a name, written out or shortened ("H.", "HĐ",
// "TĐ"), longest first. A place word ("thị xã", "thành phố", "huyện") says the kind too.
constexpr KindWords kKindWords[] = {
    { "huyen doan", kHuyen }, { "thi doan", kThi },    { "thanh doan", kThanh },
    { "tinh doan", kTinh },   { "thanh pho", kThanh }, { "thi xa", kThi },
    { "thi tran", kHuyen },   { "huyen", kHuyen },     { "tinh", kTinh },
    { "hd", kHuyen },         { "h", kHuyen },         { "td", kThi | kThanh | kTinh },
    { "doan", kAnyDistrict },
};

// The kind words `words` start with from `from` and the kinds they allow; `*next` is the first
// word after them. 0 when they start with none.
int kindAt(const QStringList &words, qsizetype from, qsizetype *next)
{
    static const QList<std::pair<QStringList, int>> kinds = [] {
        QList<std::pair<QStringList, int>> out;
        for (const KindWords &k : kKindWords)
            out.append({ QString::fromLatin1(k.words).split(QLatin1Char(' ')), k.kinds });
        return out;
    }();
    for (const auto &[kw, bits] : kinds) {
        if (from + kw.size() > words.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; i < kw.size() && same; ++i)
            same = words.at(from + i) == kw.at(i);
        if (same) {
            *next = from + kw.size();
            return bits;
        }
    }
    return 0;
}

// The place word ("thành phố", "thị xã", "thị trấn", "huyện") at `from` and the kind of union
// it says, as kindAt().
int placeWordAt(const QStringList &words, qsizetype from, qsizetype *next)
{
    static const QList<std::pair<QStringList, int>> kPlaces = {
        { { QStringLiteral("thanh"), QStringLiteral("pho") }, kThanh },
        { { QStringLiteral("thi"), QStringLiteral("xa") }, kThi },
        { { QStringLiteral("thi"), QStringLiteral("tran") }, kHuyen },
        { { QStringLiteral("huyen") }, kHuyen },
    };
    for (const auto &[place, kinds] : kPlaces)
        if (words.mid(from, place.size()) == place) {
            *next = from + place.size();
            return kinds;
        }
    return 0;
}

// Whether the words `said` name all of `words` in order, each said word being one of them or
// the initials of two or more in a row (one or more when `singleInitial`); `initialLetters`
// counts the letters said as initials, `whole` the words said whole.
bool spells(const QStringList &said, qsizetype i, const QStringList &words, qsizetype j,
            bool singleInitial, int *initialLetters, int *whole)
{
    if (i == said.size() || j == words.size())
        return i == said.size() && j == words.size();
    const QString &w = said.at(i);
    if (w == words.at(j)
        && spells(said, i + 1, words, j + 1, singleInitial, initialLetters, whole)) {
        ++*whole;
        return true;
    }
    const qsizetype least = singleInitial ? 1 : 2;
    if (w.size() < least || w.size() > words.size() - j)
        return false;
    for (qsizetype k = 0; k < w.size(); ++k)
        if (words.at(j + k).isEmpty() || words.at(j + k).at(0) != w.at(k))
            return false;
    if (!spells(said, i + 1, words, j + w.size(), singleInitial, initialLetters, whole))
        return false;
    *initialLetters += int(w.size());
    return true;
}

} // namespace

QString UnitMatcher::key(const QString &text)
{
    QString f = text::fold(text);
    for (QChar &c : f)
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    f = QLatin1Char(' ') + f.simplified() + QLatin1Char(' ');
    // The shortenings district lists use.
    static const std::pair<const char *, const char *> kShort[] = {
        { " h doan ", " huyen doan " }, { " h d ", " huyen doan " }, // "H.Đ Tân Châu"
        { " tp ", " thanh pho " },      { " tx ", " thi xa " },      { " tt ", " thi tran " },
    };
    for (const auto &[from, to] : kShort)
        f.replace(QLatin1String(from), QLatin1String(to));
    // "BCH Đoàn huyện Gò Dầu", "Ban Chấp hành Đoàn thị xã Hòa Thành": the union named by its
    // place after "Đoàn" (not the "đoàn" of "Thành đoàn thành phố …" or "Chi đoàn …").
    if (f.contains(QLatin1String(" doan "))) {
        static const std::pair<QRegularExpression, const char *> kByPlace[] = {
            { QRegularExpression(QStringLiteral("(?<!huyen|thi|chi|tinh)(?<!thanh) doan huyen ")),
              " huyen doan " },
            { QRegularExpression(QStringLiteral("(?<!huyen|thi|chi|tinh)(?<!thanh) doan thi xa ")),
              " thi doan " },
            { QRegularExpression(
                  QStringLiteral("(?<!huyen|thi|chi|tinh)(?<!thanh) doan thanh pho ")),
              " thanh doan thanh pho " },
        };
        for (const auto &[re, to] : kByPlace)
            f.replace(re, QLatin1String(to));
    }
    f = f.simplified();
    // What stands in front of the union's name in a letterhead.
    for (const char *lead : { "doan tncs ho chi minh ", "ban chap hanh ", "bch " })
        if (f.startsWith(QLatin1String(lead)))
            f = f.mid(qstrlen(lead));
    return f;
}

bool UnitMatcher::looksLikeUnion(const QString &text)
{
    const QString k = key(text);
    for (const char *kind : kUnionKinds)
        if (k.startsWith(QLatin1String(kind) + QLatin1Char(' ')))
            return true;
    for (const char *kind : { "doan khoi ", "doan truong ", "doan co so " })
        if (k.startsWith(QLatin1String(kind)))
            return true;
    return false;
}

UnitMatcher::UnitMatcher(const QList<Unit> &units)
    : m_units(units)
{
    for (const Unit &u : units) {
        m_names.insert(u.id, u.name);
        m_byFolded.insert(text::fold(u.name), u.id);
        m_byKey.insert(key(u.name), u.id);
        const QString place = kindAndPlace(key(u.name));
        if (!place.isEmpty() && !m_byPlace.contains(place))
            m_byPlace.insert(place, u.id);
        if (!place.isEmpty() && isSenderKind(u.kind)) {
            const QString only = place.section(QLatin1Char('|'), 1);
            m_byPlaceOnly.insert(only, m_byPlaceOnly.contains(only) ? 0 : u.id);
        }
        if (isSenderKind(u.kind)) {
            m_senderKeys.append({ key(u.name), u.id });
            if (!place.isEmpty())
                m_senderKeys.append(
                    { QString(place).replace(QLatin1Char('|'), QLatin1Char(' ')), u.id });
        }
    }
    // A full name wins over another unit's short name.
    for (const Unit &u : units) {
        if (u.shortName.isEmpty())
            continue;
        if (!m_byFolded.contains(text::fold(u.shortName)))
            m_byFolded.insert(text::fold(u.shortName), u.id);
        if (!m_byKey.contains(key(u.shortName)))
            m_byKey.insert(key(u.shortName), u.id);
    }
    for (const Unit &u : units) {
        for (const QString &name : { u.name, u.shortName }) {
            Form form;
            form.id = u.id;
            form.sender = isSenderKind(u.kind);
            form.words = key(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (form.words.isEmpty())
                continue;
            qsizetype next = 0;
            // A union's own name: its kind (not a place word alone), then its place.
            for (const char *kind : { "huyen doan", "thi doan", "thanh doan", "tinh doan" }) {
                const QStringList kw = QString::fromLatin1(kind).split(QLatin1Char(' '));
                if (form.words.size() > 2 && form.words.mid(0, 2) == kw && name == u.name) {
                    form.kinds = kindAt(form.words, 0, &next);
                    form.place = form.words.mid(2);
                }
            }
            if (form.kinds && placeWordAt(form.place, 0, &next) && next < form.place.size())
                form.place = form.place.mid(next); // "thành phố Tây Ninh" is at "Tây Ninh"
            m_forms.append(form);
        }
    }
    std::sort(m_senderKeys.begin(), m_senderKeys.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

qint64 UnitMatcher::find(const QString &text) const
{
    if (const auto it = m_remembered.constFind(text); it != m_remembered.cend())
        return *it;
    return lookUp(text);
}

void UnitMatcher::remember(const QSet<QString> &texts)
{
    for (const QString &t : texts)
        m_remembered.insert(t, lookUp(t));
}

qint64 UnitMatcher::lookUp(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return 0;
    if (const auto it = m_byFolded.constFind(text::fold(text)); it != m_byFolded.cend())
        return *it;
    const QString k = key(text);
    if (k.isEmpty())
        return 0;
    if (const auto it = m_byKey.constFind(k); it != m_byKey.cend())
        return *it;
    if (const QString place = kindAndPlace(k); !place.isEmpty())
        if (const qint64 id = m_byPlace.value(place))
            return id;
    // "TĐ Hòa Thành" (thị, thành or tỉnh đoàn?), "Đoàn Gò Dầu", "HĐ DMC", "LĐLĐ tỉnh": one unit
    // when the shortened name fits one.
    const QList<qint64> found = abbreviated(k);
    return found.size() == 1 ? found.first() : 0;
}

QList<qint64> UnitMatcher::candidates(const QString &text) const
{
    if (const qint64 id = find(text))
        return { id };
    return abbreviated(key(text));
}

QList<qint64> UnitMatcher::abbreviated(const QString &k) const
{
    QList<qint64> out;
    const QStringList said = k.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Unit names are short: a longer text (a position, a company) is none, quickly.
    if (said.isEmpty() || said.size() > 8)
        return out;
    // The kind said in front, narrowed by a place word after it ("TĐ TP Tây Ninh" is the
    // Thành đoàn); and the words read as a district-level union's place alone ("DMC", or
    // "Tịnh Biên", whose first word is no "tỉnh").
    struct Reading
    {
        int kinds = 0; // 0: none said
        QStringList place;
    };
    QList<Reading> readings { { 0, said } };
    qsizetype placeFrom = 0;
    if (int kinds = kindAt(said, 0, &placeFrom); kinds && placeFrom < said.size()) {
        qsizetype after = 0;
        if (const int narrower = placeWordAt(said, placeFrom, &after);
            narrower && (narrower & kinds) && after < said.size()) {
            kinds &= narrower;
            placeFrom = after;
        }
        readings.prepend({ kinds, said.mid(placeFrom) });
    }
    const auto add = [&out](qint64 id) {
        if (!out.contains(id))
            out << id;
    };
    for (const Form &form : m_forms) {
        int initials = 0;
        int whole = 0;
        bool named = false;
        for (const Reading &r : std::as_const(readings)) {
            initials = 0;
            whole = 0;
            if (form.kinds && (r.kinds ? (form.kinds & r.kinds) != 0 : form.sender)
                && spells(r.place, 0, form.place, 0, true, &initials, &whole)
                && (r.kinds || whole > 0 || initials >= 3)) {
                named = true;
                break;
            }
        }
        if (named) {
            add(form.id);
            continue;
        }
        initials = 0;
        whole = 0;
        // The whole name with words by their initials: "LĐLĐ tỉnh", "DMC".
        if (said.first().at(0) == form.words.first().at(0)
            && spells(said, 0, form.words, 0, false, &initials, &whole) && initials > 0
            && (whole > 0 || initials >= 3))
            add(form.id);
    }
    return out;
}

qint64 UnitMatcher::senderIn(const QString &line) const
{
    const QString k = key(line);
    // "Đơn vị: …", "Đơn vị gửi: …": what follows is the unit, also by its short name.
    for (const char *label : { "don vi gui ", "don vi de cu ", "don vi cu ", "don vi " }) {
        if (!k.startsWith(QLatin1String(label)))
            continue;
        const qint64 id = find(k.mid(qstrlen(label)));
        for (const Unit &u : m_units)
            if (u.id == id && isSenderKind(u.kind))
                return id;
    }
    const QString padded = QLatin1Char(' ') + k + QLatin1Char(' ');
    qint64 found = 0;
    for (const auto &[senderKey, id] : m_senderKeys) {
        if (!padded.contains(QLatin1Char(' ') + senderKey + QLatin1Char(' ')))
            continue;
        if (found != 0 && found != id)
            return 0; // two unions named: not one sender
        found = id;
    }
    return found;
}

qint64 UnitMatcher::senderInFileName(const QString &fileName) const
{
    // "DS_HuyenDoan_TrangBang" → "DS Huyen Doan Trang Bang": separators and the capitals of
    // words run together become spaces.
    QString words = QFileInfo(fileName).completeBaseName();
    static const QRegularExpression camel(QStringLiteral("(\\p{Ll})(\\p{Lu})"));
    words.replace(camel, QStringLiteral("\\1 \\2"));
    static const QRegularExpression separators(QStringLiteral("[_\\-.+]+"));
    words.replace(separators, QStringLiteral(" "));
    if (const qint64 id = senderIn(words))
        return id;
    const QStringList k = key(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qint64 found = 0;
    for (qsizetype i = 0; i < k.size(); ++i) {
        // The words after a union's kind, the longest run that names one union's place.
        const bool kind = (i + 1 < k.size() && k.at(i + 1) == QLatin1String("doan")
                           && (k.at(i) == QLatin1String("huyen") || k.at(i) == QLatin1String("thi")
                               || k.at(i) == QLatin1String("thanh")))
            || k.at(i) == QLatin1String("hd") || k.at(i) == QLatin1String("td")
            || k.at(i) == QLatin1String("doan");
        if (!kind)
            continue;
        const qsizetype from
            = k.at(i) == QLatin1String("doan") || k.at(i).size() == 2 ? i + 1 : i + 2;
        for (qsizetype n = std::min<qsizetype>(k.size() - from, 5); n > 0; --n) {
            const qint64 id = m_byPlaceOnly.value(k.mid(from, n).join(QLatin1Char(' ')));
            if (id == 0)
                continue;
            if (found != 0 && found != id)
                return 0; // two unions named
            found = id;
            break;
        }
    }
    return found;
}

} // namespace dd::import
