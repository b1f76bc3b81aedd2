#pragma once

#include "session/session.h"

#include <QDialog>

class QListWidget;

namespace dd {

// The event's topic list: add, rename, move up/down, delete — each one undoable step.
class TopicsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TopicsDialog(Session *session, QWidget *parent = nullptr);

    void addTopic(const QString &title);
    void renameTopic(int row, const QString &title);
    void moveTopic(int row, int delta);
    void removeTopic(int row);

private:
    void refresh(qint64 select = 0);
    Session *m_session;
    QListWidget *m_list;
    QList<Topic> m_topics;
};

} // namespace dd
