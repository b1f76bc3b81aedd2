#pragma once

#include "session/session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QCheckBox;

namespace dd {

class AttendeeTableModel;
class AttendeeFilterModel;
class UnitQuotaModel;

// Đại biểu: the people of the event, their invitations and check-in, and the quota of each
// unit. Every change goes through the undo stack.
class AttendeesPage : public QWidget
{
    Q_OBJECT
public:
    explicit AttendeesPage(Session *session, QWidget *parent = nullptr);

    void addAttendee();
    void editSelected();
    void deleteSelected();
    void setStatusOfSelected(int status); // int(InvitationStatus)
    void substituteSelected();
    void checkInSelected(bool in);
    void setCheckInMode(bool on);
    // In check-in mode: Enter checks in the highlighted person.
    void checkInHighlighted();
    // The check-in field: a code scanned from a letter or badge (or typed), then Enter.
    void checkInScanned();
    void addWalkIn();

    QList<qint64> selectedIds() const;

    // Opens the import dialog on a file (also what dropping a file on the page does).
    void importFile(const QString &path = {});
    // 0 whole list, 1 filtered view, 2 one unit (asks which); File ▸ Export uses 0.
    void exportList(int which);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void exportTemplate();
    void refreshFilters();
    void refreshCounts();
    Session *m_session;
    AttendeeTableModel *m_model;
    AttendeeFilterModel *m_filter;
    UnitQuotaModel *m_quotas;
    QLineEdit *m_search;
    QComboBox *m_unitFilter;
    QComboBox *m_roleFilter;
    QComboBox *m_statusFilter;
    QComboBox *m_checkedInFilter;
    QTableView *m_table;
    QTableView *m_quotaTable;
    QLabel *m_count;
    QLabel *m_capacity;
    QCheckBox *m_checkInMode;
    // Check-in mode: who was just checked in, or why not (large, above the list).
    QLabel *m_checkInBanner;
    // A person who declined, named once: Enter again on them checks them in.
    qint64 m_confirmDeclined = 0;
    void showCheckIn(const QString &headline, const QString &detail, const QString &color);
    // Checks the person in (after the warnings a clerk must see), then empties `field` for
    // the next one.
    void checkInPerson(qint64 id, QLineEdit *field);
    QLineEdit *m_scan;
    QWidget *m_editButtons;
};

} // namespace dd
