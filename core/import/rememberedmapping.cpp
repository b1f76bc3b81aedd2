// What an import remembers between lists: the column mapping per unit, and which title lines
// name which union.
#include "import/rememberedmapping.h"

#include "import/unitmatcher.h"
#include "storage/importmappingrepository.h"

#include <QFileInfo>
#include <QJsonObject>

namespace dd::import {

namespace {
const QString kTarget = QStringLiteral("attendees");
const QString kSenders = QStringLiteral("senders"); // kept under unit 0: they name the unit

// A title line that could tell one sender from another.
bool isTellingLine(const QString &key)
{
    if (key.size() < 6 || key.size() > 80)
        return false;
    for (const char *common : { "doan tncs ho chi minh", "cong hoa xa hoi", "doc lap tu do",
                                "danh sach", "kinh gui", "ngay", "so ", "tinh doan", "ve viec",
                                "v v ", "hoi nghi", "tham du", "gap go", "kem theo", "dinh kem" })
        if (key.startsWith(QLatin1String(common)))
            return false;
    return true;
}
// The headers as mappings are keyed. A header written over several columns ("Họ và tên" merged
// over the two cells a name is written across) says nothing of one column: it is neither
// remembered nor applied.
QStringList headerKeys(const QStringList &headers)
{
    QStringList keys;
    keys.reserve(headers.size());
    for (const QString &h : headers)
        keys << headerKey(h);
    return keys;
}
} // namespace

QHash<QString, Field> rememberedMapping(Database &db, qint64 unitId)
{
    QHash<QString, Field> out;
    const QJsonObject o = ImportMappingRepository(db).load(unitId, kTarget);
    for (auto it = o.begin(); it != o.end(); ++it)
        if (const auto f = fieldFromKey(it.value().toString()))
            out.insert(it.key(), *f);
    return out;
}

Status rememberMapping(Database &db, qint64 unitId, const QStringList &headers,
                       const ColumnMapping &mapping)
{
    QJsonObject o;
    const QStringList keys = headerKeys(headers);
    for (int c = 0; c < keys.size(); ++c)
        if (!keys.at(c).isEmpty() && keys.count(keys.at(c)) == 1)
            o.insert(keys.at(c), fieldKey(mapping.at(c)));
    return ImportMappingRepository(db).save(unitId, kTarget, o);
}

ColumnMapping mappingFor(Database &db, qint64 unitId, const io::Sheet &sheet,
                         const HeaderInfo &header, const UnitMatcher &units)
{
    ColumnMapping m = automaticMapping(header.headers, sheet.hiddenColumns);
    const QHash<QString, Field> remembered = rememberedMapping(db, unitId);
    const QStringList keys = headerKeys(header.headers);
    for (int c = 0; c < keys.size() && !remembered.isEmpty(); ++c) {
        const auto it = remembered.constFind(keys.at(c));
        if (it != remembered.cend() && keys.count(keys.at(c)) == 1 && !sheet.isColumnHidden(c))
            m.fields[c] = *it;
    }
    decideNameColumns(m, sheet, header);
    decideUnitColumns(m, sheet, header, units);
    return m;
}

Sender findSender(Database *db, const QStringList &titleLines, const UnitMatcher &units,
                  const QString &fileName, const QStringList &signatureLines)
{
    for (const QString &line : titleLines)
        if (const qint64 id = units.senderIn(line))
            return { id, Sender::From::Title, line };
    if (db) {
        const QJsonObject known = ImportMappingRepository(*db).load(0, kSenders);
        for (const QString &line : titleLines) {
            const qint64 id = known.value(UnitMatcher::key(line)).toInteger();
            if (id != 0 && !units.name(id).isEmpty())
                return { id, Sender::From::Remembered, line };
        }
    }
    for (const QString &line : signatureLines)
        if (const qint64 id = units.senderIn(line))
            return { id, Sender::From::Signature, line };
    // What the file says inside wins over its name: the name is what the clerk who sent it
    // typed, the least sure of all.
    if (const qint64 id = fileName.isEmpty() ? 0 : units.senderInFileName(fileName))
        return { id, Sender::From::FileName, QFileInfo(fileName).fileName() };
    return {};
}

Status rememberSender(Database &db, const QStringList &titleLines, qint64 unitId,
                      const UnitMatcher &units)
{
    if (unitId == 0 || titleLines.isEmpty())
        return {};
    ImportMappingRepository repo(db);
    QJsonObject known = repo.load(0, kSenders);
    bool changed = false;
    for (const QString &line : titleLines) {
        const QString key = UnitMatcher::key(line);
        const qint64 named = units.find(line);
        if (!isTellingLine(key) || (named != 0 && named != unitId)
            || known.value(key).toInteger() == unitId)
            continue;
        known.insert(key, unitId);
        changed = true;
    }
    return changed ? repo.save(0, kSenders, known) : Status {};
}

} // namespace dd::import
