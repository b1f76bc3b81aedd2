#include "models/importpreviewmodel.h"

#include "import/questionimport.h"

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

void ImportPreviewModel::rowsChanged(const QList<int> &rows)
{
    for (const int r : rows)
        if (r >= 0 && r < rowCount())
            emit dataChanged(index(r, 0), index(r, columnCount() - 1));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview->rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return questions() ? QuestionColumnCount : ColumnCount;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (questions()) {
        switch (section) {
        case SourceColumn:
            return tr("Source");
        case ProblemColumn:
            return tr("Problems");
        case DecisionColumn:
            return tr("Decision");
        case QuestionUnitColumn:
            return tr("Unit");
        case KindColumn:
            return tr("Kind");
        case TopicColumn:
            return tr("Topic");
        case TextColumn:
            return tr("Question");
        case DateColumn:
            return tr("Received");
        case QuestionNoteColumn:
            return tr("Note");
        }
        return {};
    }
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
    if (questions() && (role == Qt::DisplayRole || role == Qt::EditRole))
        return questionData(r, index.column());
    if (questions() && role == Qt::ToolTipRole) {
        if (index.column() == SourceColumn && !r.questionFields().sender.isEmpty())
            return r.questionFields().source + QLatin1Char('\n') + r.questionFields().sender;
        if (index.column() == TextColumn)
            return r.question().text;
        if (index.column() == QuestionNoteColumn && !r.question().note.isEmpty())
            return r.question().note;
        if (index.column() == TopicColumn && !r.questionFields().topicTitle.isEmpty())
            return r.questionFields().topicTitle;
        const QString message = questionMessage(r);
        return message.isEmpty() ? QVariant() : QVariant(message);
    }
    if (questions() && role == Qt::BackgroundRole && !r.blocked() && r.decision != Decision::Skip
        && r.unitUnknown && !r.question().unitId)
        return QColor(0xf8, 0xd7, 0xda); // red: waits for a unit
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
                return r.decision == Decision::Skip ? decisionLabel(Decision::Skip) : tr("New");
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
            return attendeeRoleLabel(a.role) + (a.reserve ? reserveMark() : QString());
        case NoteColumn:
            return a.note;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && !r.problems.isEmpty() && !questions())
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
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    emit decisionChanged();
    return true;
}

QVariant ImportPreviewModel::questionData(const ImportRow &r, int column) const
{
    const Question &q = r.question();
    switch (column) {
    case SourceColumn:
        return r.questionFields().source;
    case ProblemColumn:
        return questionMessage(r).replace(QLatin1Char('\n'), QStringLiteral(" · "));
    case DecisionColumn:
        if (r.blocked())
            return tr("Not imported");
        if (r.decision == Decision::Skip)
            return decisionLabel(Decision::Skip);
        if (r.unitUnknown && !q.unitId)
            return tr("Waits for a unit");
        return decisionLabel(Decision::Import);
    case QuestionUnitColumn:
        return r.unitName;
    case KindColumn:
        return r.blocked() ? QString() : questionKindLabel(q.kind);
    case TopicColumn:
        return r.questionFields().topicPosition
            ? tr("Topic %1").arg(r.questionFields().topicPosition)
            : QString();
    case TextColumn:
        return q.text;
    case DateColumn:
        return q.receivedOn.isValid() ? q.receivedOn.toString(QStringLiteral("dd/MM/yyyy"))
                                      : QString();
    case QuestionNoteColumn:
        return q.note;
    }
    return {};
}

} // namespace dd
