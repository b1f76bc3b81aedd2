#pragma once

#include "domain/unit.h"
#include "util/fastkey.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Which unit of the directory a text names, as district lists write them: accents and case
// ignored ("HUYỆN ĐOÀN DƯƠNG MINH CHÂU"), the short name ("Hòa Thành"), punctuation and the
// usual shortenings ("H.Đoàn Gò Dầu", "Thành đoàn TP Tây Ninh", "BCH Thị đoàn Hòa Thành"), and
// a district union's kind and place without the city or town word ("Thành đoàn Tây Ninh" is
// "Thành đoàn thành phố Tây Ninh"). A company or a branch that is not in the directory names
// no unit.
namespace dd::import {

class UnitMatcher
{
public:
    explicit UnitMatcher(const QList<Unit> &units);

    // The unit `text` names, 0 when none. Safe to call from several threads at once.
    qint64 find(const QString &text) const;
    // The units a shortened name may be, for a text find() gives none: the kind of union
    // abbreviated ("HĐ", "H.", "TĐ", "TX", "TP", "Thị đoàn" …) and the place by its name or its
    // initials ("HĐ DMC", "H.DMC", "Thành đoàn TN", "Thị đoàn HT"), or a unit's name or short
    // name with some of its words by their initials ("DMC", "LĐLĐ tỉnh"); accents and case
    // ignored. "TĐ" is a thị, thành or tỉnh đoàn, so "TĐ Tây Ninh" gives both Tây Ninh unions.
    // A text of initials alone needs three letters or more ("CT", "GD" are Chủ tịch and Giám
    // đốc more often than Châu Thành and Gò Dầu). One id: find() takes it; several: the text is
    // ambiguous and they are the candidates, in the directory's order; none: no unit.
    QList<qint64> candidates(const QString &text) const;
    // Looks these texts up once, before the rows are read on several threads: a unit column
    // repeats a few names on every row. Not to be called while find() runs elsewhere.
    void remember(const QSet<QString> &texts);
    QString name(qint64 id) const { return m_names.value(id); }
    const QList<Unit> &units() const { return m_units; }

    // The district or affiliated union a title line names ("Đơn vị: Huyện đoàn Dương Minh
    // Châu", "BCH HUYỆN ĐOÀN DƯƠNG MINH CHÂU", "DANH SÁCH ĐẠI BIỂU THỊ ĐOÀN HÒA THÀNH"), 0 when
    // none or more than one does.
    qint64 senderIn(const QString &line) const;
    // The union a file's name names, as clerks name the files they send: words run together
    // and without accents ("DS_HuyenDoan_TrangBang.xlsx", "DanhSach-HD-TanChau-2021.xls") or
    // written out ("Danh sách Huyện đoàn Gò Dầu.xlsx"). A place alone is taken only after a
    // union's kind ("HuyenDoan", "HD", "TD", "Doan"), whichever kind the name says, since the
    // file may call the Thị đoàn a Huyện đoàn; 0 when none or more than one union is named.
    qint64 senderInFileName(const QString &fileName) const;

    // Whether a text is written as a district-level union's name ("Huyện đoàn Bến Cầu", "Đoàn
    // khối …", "Đoàn trường …"), whether or not the directory has it: a province-wide list's
    // unit column names such unions, never companies or branches.
    static bool looksLikeUnion(const QString &text);

    // The text a unit name is compared by: folded, punctuation as spaces, the shortenings
    // written out and the "BCH" / "Ban Chấp hành" in front dropped.
    static QString key(const QString &text);

private:
    QList<Unit> m_units;
    qint64 lookUp(const QString &text) const;
    QList<qint64> abbreviated(const QString &key) const;

    // A unit's name or short name as words, and for a union its kind and place apart.
    struct Form
    {
        qint64 id = 0;
        QStringList words; // key() of the name, split
        int kinds = 0; // the union kinds (bits) the unit is, 0 for any other unit
        QStringList place; // a union's place, without "thành phố", "thị xã" …
        bool sender = false; // a district or affiliated union
    };
    QList<Form> m_forms;

    QHash<FastKey, qint64> m_remembered; // texts as written, from remember()
    QHash<FastKey, qint64> m_byFolded; // the names and short names as folded: the quick way
    QHash<QString, qint64> m_byKey; // key() of names and short names
    QHash<QString, qint64> m_byPlace; // "huyen doan|duong minh chau": kind and place
    QHash<QString, qint64> m_byPlaceOnly; // "duong minh chau"; 0 when two unions share it
    QHash<qint64, QString> m_names;
    QList<std::pair<QString, qint64>> m_senderKeys; // the unions' keys, longest first
};

} // namespace dd::import
