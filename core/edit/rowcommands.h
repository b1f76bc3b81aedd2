#pragma once

#include "session/session.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include <any>
#include <typeinfo>

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

    void redoRows()
    {
        Transaction t(m_session->database());
        for (T &row : m_rows) {
            row.rowVersion = qMax<qint64>(1, row.rowVersion); // as the store writes a new row
            auto id = m_session->insert(row);
            if (!id) {
                fail(id.error());
                return;
            }
            row.id = *id;
            m_session->noteWritten(typeid(T), row.id, row.rowVersion);
        }
        if (!t.commit()) {
            fail(m_session->database().lastError());
            return;
        }
        QUndoCommand::redo();
    }

    void redo() override
    {
        if (std::exchange(m_undoRefused, false))
            return; // Session::undo() puts the stack back after a refused undo: nothing to do
        redoRows();
    }

    void undo() override
    {
        QUndoCommand::undo();
        Transaction t(m_session->database());
        for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
            // A row another desk edited since it was added is not taken away from under it.
            T row = *it;
            row.rowVersion = m_session->writtenVersion(typeid(T), row.id, row.rowVersion);
            Status s = m_session->claim(row);
            if (s)
                s = m_session->remove(row);
            if (!s) {
                if (s.conflict()) {
                    m_undoRefused = true;
                    m_session->reportConflict(s.error(), *s.conflict());
                } else {
                    m_session->reportError(s.error());
                }
                return;
            }
        }
        t.commit();
    }

private:
    bool m_undoRefused = false;

private:
    using RowsCommand<T>::fail;
    using RowsCommand<T>::m_session;
    using RowsCommand<T>::m_rows;
};

// Replaces rows by new values; undo writes the old values back. Each write goes only over the
// version of the row it read (issue 18): a row another desk changed since is refused with a
// RowConflict — nothing is written, the stack is unchanged, and the window offers to take their
// values or to overwrite them with a new edit (conflict.overwrite).
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
    {
        // The first write goes over the version the user's edit started from: the one `after`
        // carries (0: none, then the one `before` was read with).
        for (qsizetype i = 0; i < m_after.size(); ++i)
            m_versions << (m_after.at(i).rowVersion != 0 || i >= m_before.size()
                               ? m_after.at(i).rowVersion
                               : m_before.at(i).rowVersion);
    }

    void redo() override
    {
        if (std::exchange(m_undoRefused, false))
            return; // Session::undo() puts the stack back after a refused undo: nothing to do
        if (!write(m_after, m_before))
            setObsolete(true);
        m_written = true;
        QUndoCommand::redo();
    }
    void undo() override
    {
        QUndoCommand::undo();
        if (!write(m_before, m_after) && m_conflicted)
            m_undoRefused = true;
    }

private:
    // Writes `rows` over the rows as `read` has them (the same ids, in the same order), each
    // only while it has the version this desk last gave it (or, the first time, the one the
    // edit read), and gives it the next.
    bool write(QList<T> rows, QList<T> read)
    {
        m_conflicted = false;
        Transaction t(m_session->database());
        QList<qint64> next;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const qint64 id = rows.at(i).id;
            // Later edits of this desk to the row were undone before this one (the stack's
            // order): the row has the version the last of them gave it.
            const qint64 expected = m_written
                ? m_session->writtenVersion(typeid(T), id, m_versions.value(i))
                : m_versions.value(i);
            T *was = i < read.size() ? &read[i] : nullptr;
            rows[i].rowVersion = was ? expected + 1 : expected;
            if (was)
                was->rowVersion = expected;
            Status s = was ? m_session->update(rows.at(i), was) : m_session->update(rows.at(i));
            if (!s) {
                if (const RowConflict *c = s.conflict()) {
                    m_conflicted = true;
                    m_session->reportConflict(s.error(), withOverwrite(*c));
                } else {
                    m_session->reportError(s.error());
                }
                return false;
            }
            next << expected + 1;
        }
        if (!t.commit()) {
            m_session->reportError(m_session->database().lastError());
            return false;
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            m_versions[i] = next.at(i);
            m_session->noteWritten(typeid(T), rows.at(i).id, next.at(i));
        }
        return true;
    }

    // "Overwrite": their row with the user's fields written over it, as a new undoable edit.
    RowConflict withOverwrite(RowConflict c) const
    {
        const T *theirs = std::any_cast<T>(&c.theirRow);
        const T *merged = std::any_cast<T>(&c.mergedRow);
        if (theirs && merged) {
            c.overwrite
                = [session = m_session, theirs = *theirs, merged = *merged, label = text()] {
                      return new EditRowsCommand<T>(
                          session, { theirs }, { merged },
                          QCoreApplication::translate("RowConflict", "Overwrite: %1").arg(label));
                  };
        }
        return c;
    }

    Session *m_session;
    QList<T> m_before;
    QList<T> m_after;
    QList<qint64> m_versions; // of each row, as this command last wrote or first read it
    bool m_written = false; // redone once: later writes follow this desk's own versions
    bool m_undoRefused = false;
    bool m_conflicted = false; // the last write was refused for a row changed elsewhere
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
        for (T &row : m_rows) {
            // A row another desk changed since it was read is not removed from under it; put
            // back by undo, it has the version after that. Versions only grow: a row this desk
            // wrote and then saw changed by another desk (the list refreshed) is claimed at the
            // newer of the two.
            row.rowVersion = qMax(row.rowVersion,
                                  m_session->writtenVersion(typeid(T), row.id, row.rowVersion));
            Status s = m_session->claim(row);
            if (s) {
                ++row.rowVersion;
                s = m_session->remove(row);
            }
            if (!s) {
                this->setObsolete(true);
                if (s.conflict())
                    m_session->reportConflict(s.error(), *s.conflict());
                else
                    m_session->reportError(s.error());
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
            m_session->noteWritten(typeid(T), row.id, row.rowVersion);
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
