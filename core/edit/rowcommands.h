#pragma once

#include "session/session.h"
#include "storage/database.h"

#include <QList>
#include <QUndoCommand>

namespace dd {

// The three edits every kind of row supports, each one transaction and one undo step.
// T is a domain value with an `id`; the Session provides insert/update/remove for it.

// Adds rows; undo removes them, redo puts them back under the same ids.
// What adding and removing rows share: the session and the rows.
template<typename T>
class RowsCommand : public QUndoCommand
{
public:
    RowsCommand(Session *session, QList<T> rows, const QString &text,
                QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_session(session)
        , m_rows(std::move(rows))
    { }
    const QList<T> &rows() const { return m_rows; }

protected:
    // A failed redo: the command is dropped from the stack and the window shows why.
    void fail(const QString &message)
    {
        setObsolete(true);
        m_session->reportError(message);
    }

    Session *m_session;
    QList<T> m_rows;
};

template<typename T>
class AddRowsCommand : public RowsCommand<T>
{
public:
    using RowsCommand<T>::RowsCommand;

    void redo() override
    {
        Transaction t(m_session->database());
        for (T &row : m_rows) {
            auto id = m_session->insert(row);
            if (!id) {
                fail(id.error());
                return;
            }
            row.id = *id;
        }
        if (!t.commit()) {
            fail(m_session->database().lastError());
            return;
        }
        QUndoCommand::redo();
    }

    void undo() override
    {
        QUndoCommand::undo();
        Transaction t(m_session->database());
        for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
            if (Status s = m_session->remove(*it); !s) {
                m_session->reportError(s.error());
                return;
            }
        }
        t.commit();
    }

private:
    using RowsCommand<T>::fail;
    using RowsCommand<T>::m_session;
    using RowsCommand<T>::m_rows;
};

// Replaces rows by new values; undo writes the old values back.
template<typename T>
class EditRowsCommand : public QUndoCommand
{
public:
    EditRowsCommand(Session *session, QList<T> before, QList<T> after, const QString &text,
                    QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_session(session)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

    void redo() override
    {
        if (!write(m_after))
            setObsolete(true);
        QUndoCommand::redo();
    }
    void undo() override
    {
        QUndoCommand::undo();
        write(m_before);
    }

private:
    bool write(const QList<T> &rows)
    {
        Transaction t(m_session->database());
        for (const T &row : rows) {
            if (Status s = m_session->update(row); !s) {
                m_session->reportError(s.error());
                return false;
            }
        }
        if (!t.commit()) {
            m_session->reportError(m_session->database().lastError());
            return false;
        }
        return true;
    }
    Session *m_session;
    QList<T> m_before;
    QList<T> m_after;
};

// Removes rows; undo re-inserts them with their ids, and restores the rows that pointed at
// them (`dependents`, whose references the database cleared on delete).
template<typename T>
class RemoveRowsCommand : public RowsCommand<T>
{
public:
    using RowsCommand<T>::RowsCommand;

    void redo() override
    {
        Transaction t(m_session->database());
        for (const T &row : m_rows) {
            if (Status s = m_session->remove(row); !s) {
                fail(s.error());
                return;
            }
        }
        if (!t.commit())
            fail(m_session->database().lastError());
        QUndoCommand::redo(); // children (e.g. restoring dependents' links) after
    }

    void undo() override
    {
        Transaction t(m_session->database());
        // Removed rows may point at each other (a substitute and the person replaced, a question
        // and the one it was merged into): check the references when all are back.
        m_session->database().deferForeignKeys();
        for (const T &row : m_rows) {
            if (auto id = m_session->insert(row); !id) {
                m_session->reportError(id.error());
                return;
            }
        }
        t.commit();
        QUndoCommand::undo();
    }

private:
    using RowsCommand<T>::fail;
    using RowsCommand<T>::m_session;
    using RowsCommand<T>::m_rows;
};

} // namespace dd
