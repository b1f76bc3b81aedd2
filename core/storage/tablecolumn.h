#pragma once

#include "domain/inputrules.h"
#include "storage/sqlstatement.h"
#include "text/vietnamese.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>

#include <functional>
#include <optional>
#include <type_traits>

namespace dd {

// How a text value is tidied before it is stored, the same for every writer.
enum class Tidy {
    None,
    Line, // text::clean: NFC, one line, single spaces
    Block, // text::cleanBlock: NFC, paragraphs kept
    Trim, // spaces around only (e-mail addresses, links)
    Phone, // inputrules::storablePhone: the digits of a phone number as typed
};

// One column of a described table (SqlTable): its name, how a record's value is bound, how
// it is read back into a record and how it is tidied first. `Written` is what a repository
// writes when it differs from the record (a person with the derived columns computed once:
// AttendeeRepository::Prepared); it gives its record through recordOf(written).
//
// A column is made by one of the factories below from a member of the record, e.g.
//   TableColumn<Task>::text<&Task::description, Tidy::Block>("description")
// so that the name, the binding, the reading and the tidying of a column are one line.
template<typename Record, typename Written = Record>
struct TableColumn
{
    using Bind = void (*)(const Written &, SqlStatement &);
    using Read = void (*)(Record &, const SqlStatement &, int column);
    using Clean = void (*)(Record &);
    using KeyOf = qint64 (*)(const Written &);

    QString name;
    Bind bind = nullptr;
    Read read = nullptr; // none: written only (a derived column that nothing reads back)
    Clean clean = nullptr; // none: stored as it is
    KeyOf keyOf = nullptr; // the key column's value
    KeyOf versionOf = nullptr; // the row_version column's value (SqlTable checks and bumps it)
    bool inKey = false; // part of the table's key (the key columns come first)

    static const Record &recordIn(const Written &w)
    {
        if constexpr (std::is_same_v<Record, Written>)
            return w;
        else
            return recordOf(w);
    }
    template<auto M>
    static const auto &field(const Written &w)
    {
        return std::invoke(M, recordIn(w));
    }
    template<auto M>
    using FieldType = std::remove_cvref_t<decltype(std::declval<Record &>().*M)>;

    // The key (an integer the store may choose: 0 until then).
    template<auto M>
    static TableColumn key(const char *name)
    {
        TableColumn c = integer<M>(name);
        c.keyOf = [](const Written &w) {
            return qint64(field<M>(w));
        };
        c.inKey = true;
        return c;
    }

    // Another column of a key of several columns (event_units: the event, then the unit), e.g.
    //   TableColumn<EventUnit>::keyPart(TableColumn<EventUnit>::integer<&EventUnit::eventId>(…))
    // The key column (key(), whose value names the row in a RowConflict) may follow it.
    static TableColumn keyPart(TableColumn c)
    {
        c.inKey = true;
        return c;
    }

    // The version of the row (row_version): written on insert as the record has it (a new
    // record's 0, "never stored", as 1); an update writes only over the version the record was
    // read with, and bumps it.
    template<auto M>
    static TableColumn version(const char *name)
    {
        TableColumn c = integer<M>(name);
        c.bind = [](const Written &w, SqlStatement &s) {
            s.bindInteger(qMax<qint64>(1, field<M>(w)));
        };
        c.versionOf = [](const Written &w) {
            return qint64(field<M>(w));
        };
        return c;
    }

    template<auto M, Tidy T = Tidy::None>
    static TableColumn text(const char *name)
    {
        return { QLatin1String(name),
                 [](const Written &w, SqlStatement &s) { s.bindText(field<M>(w)); },
                 [](Record &r, const SqlStatement &s, int c) { r.*M = s.text(c); },
                 T == Tidy::None ? Clean(nullptr) : +[](Record &r) {
                     QString &v = r.*M;
                     if constexpr (T == Tidy::Line)
                         v = text::clean(v);
                     else if constexpr (T == Tidy::Block)
                         v = text::cleanBlock(v);
                     else if constexpr (T == Tidy::Trim)
                         v = v.trimmed();
                     else if constexpr (T == Tidy::Phone)
                         v = inputrules::storablePhone(v);
                 } };
    }

    // Lines of a list, stored one per line; empty lines are dropped.
    template<auto M>
    static TableColumn lines(const char *name)
    {
        return { QLatin1String(name),
                 [](const Written &w, SqlStatement &s) {
                     s.bindText(field<M>(w).join(QLatin1Char('\n')));
                 },
                 [](Record &r, const SqlStatement &s, int c) {
                     r.*M = s.text(c).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                 },
                 [](Record &r) {
                     QStringList kept;
                     for (const QString &line : std::as_const(r.*M))
                         if (!line.trimmed().isEmpty())
                             kept << text::clean(line);
                     r.*M = kept;
                 } };
    }

    template<auto M>
    static TableColumn integer(const char *name)
    {
        return { QLatin1String(name),
                 [](const Written &w, SqlStatement &s) { s.bindInteger(qint64(field<M>(w))); },
                 [](Record &r, const SqlStatement &s, int c) {
                     r.*M = static_cast<FieldType<M>>(s.integer(c));
                 } };
    }

    // The id of another row; 0 (none) is stored as NULL.
    template<auto M>
    static TableColumn reference(const char *name)
    {
        return { QLatin1String(name),
                 [](const Written &w, SqlStatement &s) {
                     if (const qint64 id = field<M>(w); id > 0)
                         s.bindInteger(id);
                     else
                         s.bindNull();
                 },
                 [](Record &r, const SqlStatement &s, int c) {
                     r.*M = s.integer(c);
                 } };
    }

    // A number that may be not known yet (std::optional): stored as NULL then.
    template<auto M>
    static TableColumn optionalInteger(const char *name)
    {
        return { QLatin1String(name),
                 [](const Written &w, SqlStatement &s) {
                     if (const auto &v = field<M>(w))
                         s.bindInteger(qint64(*v));
                     else
                         s.bindNull();
                 },
                 [](Record &r, const SqlStatement &s, int c) {
                     if (s.isNull(c))
                         r.*M = std::nullopt;
                     else
                         r.*M = s.integer(c);
                 } };
    }

    template<auto M>
    static TableColumn flag(const char *name)
    {
        return { QLatin1String(name),
                 [](const Written &w, SqlStatement &s) { s.bindInteger(field<M>(w) ? 1 : 0); },
                 [](Record &r, const SqlStatement &s, int c) {
                     r.*M = s.integer(c) != 0;
                 } };
    }

    // Dates as ISO text (yyyy-MM-dd), times as HH:mm, date-times as yyyy-MM-ddTHH:mm:ss; not
    // set is NULL.
    template<auto M>
    static TableColumn date(const char *name)
    {
        return { QLatin1String(name),
                 [](const Written &w, SqlStatement &s) {
                     const QDate &d = field<M>(w);
                     d.isValid() ? s.bindText(d.toString(Qt::ISODate)) : s.bindNull();
                 },
                 [](Record &r, const SqlStatement &s, int c) {
                     r.*M = s.isNull(c) ? QDate() : QDate::fromString(s.text(c), Qt::ISODate);
                 } };
    }
    template<auto M>
    static TableColumn time(const char *name)
    {
        return { QLatin1String(name),
                 [](const Written &w, SqlStatement &s) {
                     const QTime &t = field<M>(w);
                     t.isValid() ? s.bindText(t.toString(QStringLiteral("HH:mm"))) : s.bindNull();
                 },
                 [](Record &r, const SqlStatement &s, int c) {
                     r.*M = s.isNull(c) ? QTime()
                                        : QTime::fromString(s.text(c), QStringLiteral("HH:mm"));
                 } };
    }
    template<auto M>
    static TableColumn dateTime(const char *name)
    {
        return { QLatin1String(name),
                 [](const Written &w, SqlStatement &s) {
                     const QDateTime &t = field<M>(w);
                     t.isValid() ? s.bindText(t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")))
                                 : s.bindNull();
                 },
                 [](Record &r, const SqlStatement &s, int c) {
                     r.*M = s.isNull(c)
                         ? QDateTime()
                         : QDateTime::fromString(s.text(c), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
                 } };
    }

    // An enum stored as its key (genderKey / genderFromKey). The keys are ASCII and few: they
    // are bound and compared as they are, without a string per row.
    template<auto M, auto ToKey, auto FromKey>
    static TableColumn enumKey(const char *name)
    {
        return { QLatin1String(name),
                 [](const Written &w, SqlStatement &s) {
                     const auto &keys = keysOf<ToKey, FieldType<M>>();
                     const int v = int(field<M>(w));
                     if (v >= 0 && v < keys.size())
                         s.bindAscii(QLatin1StringView(keys.at(v)));
                     else
                         s.bindText(ToKey(field<M>(w)));
                 },
                 [](Record &r, const SqlStatement &s, int c) {
                     const auto &keys = keysOf<ToKey, FieldType<M>>();
                     for (int i = 0; i < keys.size(); ++i) {
                         if (s.textEquals(c, QLatin1StringView(keys.at(i)))) {
                             r.*M = FieldType<M>(i);
                             return;
                         }
                     }
                     r.*M = FromKey(s.text(c)); // a key this version does not know
                 } };
    }

    // Bytes computed for writing (`Get` of the written form: a Vietnamese sort key), read
    // back into the record's member `M`.
    template<auto Get, auto M>
    static TableColumn bytes(const char *name)
    {
        return { QLatin1String(name),
                 [](const Written &w, SqlStatement &s) { s.bindBytes(std::invoke(Get, w)); },
                 [](Record &r, const SqlStatement &s, int c) {
                     r.*M = s.bytes(c);
                 } };
    }

    // Text computed for writing only (a folded twin for searching): `Get` is a member or a
    // function of the written form, applied after the record was tidied.
    template<auto Get>
    static TableColumn derived(const char *name)
    {
        return { QLatin1String(name), [](const Written &w, SqlStatement &s) {
                    s.bindText(std::invoke(Get, w));
                } };
    }

private:
    // The key of each value of an enum, in value order (an enum's values count from 0; the
    // first value without a key ends the list).
    template<auto ToKey, typename E>
    static const QList<QByteArray> &keysOf()
    {
        static const QList<QByteArray> keys = [] {
            QList<QByteArray> k;
            for (int i = 0; i < 64; ++i) {
                const QString key = ToKey(E(i));
                if (key.isNull())
                    break;
                k << key.toLatin1();
            }
            return k;
        }();
        return keys;
    }
};

} // namespace dd
