#include "models/importpreviewmodel.h"

#include <QColor>

namespace dd {

using namespace dd::import;

ImportPreviewModel::ImportPreviewModel(ImportPreview *preview, QObject *parent)
    : QAbstractTableModel(parent)
    , m_preview(preview)
{ }

void ImportPreviewModel::reset()
{
    beginResetModel();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview->rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ProblemColumn:
        return tr("Problems");
    case DecisionColumn:
        return tr("Decision");
    case NameColumn:
        return tr("Full name");
    case GenderColumn:
        return tr("Gender");
    case YearColumn:
        return tr("Born");
    case PositionColumn:
        return tr("Position");
    case UnitColumn:
        return tr("Unit");
    case WorkplaceColumn:
        return tr("Workplace");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("E-mail");
    case RoleColumn:
        return tr("Role");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ImportRow &r = m_preview->rows.at(index.row());
    const Attendee &a = r.attendee;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case RowColumn:
            return r.fileRow;
        case ProblemColumn:
            return r.problemText().replace(QLatin1Char('\n'), QStringLiteral(" · "));
        case DecisionColumn:
            if (r.blocked())
                return tr("Not imported");
            if (r.duplicate == Duplicate::None)
                return tr("New");
            if (r.duplicate == Duplicate::Possible && r.decision == Decision::KeepBoth)
                return tr("Possibly the same: imported");
            return decisionLabel(r.decision);
        case NameColumn:
            return a.fullName();
        case GenderColumn:
            return a.gender == Gender::Unknown ? QString() : genderLabel(a.gender);
        case YearColumn:
            return a.birthYear ? QString::number(a.birthYear) : QString();
        case PositionColumn:
            return a.position;
        case UnitColumn:
            return r.unitName;
        case WorkplaceColumn:
            return a.workplace;
        case PhoneColumn:
            return a.phone;
        case EmailColumn:
            return a.email;
        case RoleColumn:
            return attendeeRoleLabel(a.role);
        case NoteColumn:
            return a.note;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && !r.problems.isEmpty())
        return r.problemText();
    if (role == Qt::BackgroundRole) {
        if (r.blocked())
            return QColor(0xf8, 0xd7, 0xda); // red: not imported
        if (r.decision == Decision::Skip)
            return QColor(0xe9, 0xec, 0xef); // grey: skipped duplicate
        if (!r.problems.isEmpty())
            return QColor(0xff, 0xf3, 0xcd); // amber: imported with a warning
        return {};
    }
    if (role == Qt::ForegroundRole && r.decision == Decision::Skip && !r.blocked())
        return QColor(0x6c, 0x75, 0x7d);
    if (role == kChoicesRole) {
        QVariantList choices;
        for (const Decision d : r.choices())
            choices << int(d);
        return choices;
    }
    return {};
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == DecisionColumn) {
        if (!m_preview->rows.at(index.row()).choices().isEmpty())
            f |= Qt::ItemIsEditable;
    }
    return f;
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != DecisionColumn)
        return false;
    const Decision before = m_preview->rows.at(index.row()).decision;
    m_preview->setDecision(index.row(), Decision(value.toInt()));
    if (m_preview->rows.at(index.row()).decision == before)
        return false;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit decisionChanged();
    return true;
}

} // namespace dd
