#pragma once

#include "util/rowconflict.h"

#include <QString>

#include <memory>
#include <optional>
#include <utility>

// A value or a message the user can read (already translated). Storage, import and export
// report failures this way, never through UI.
class Error
{
public:
    Error() = default;
    explicit Error(QString message)
        : m_message(std::move(message))
    { }
    // An edit refused because another desk changed the row since it was read.
    Error(QString message, RowConflict conflict)
        : m_message(std::move(message))
        , m_conflict(std::make_shared<RowConflict>(std::move(conflict)))
    { }
    const QString &message() const { return m_message; }
    const RowConflict *conflict() const { return m_conflict.get(); }

private:
    QString m_message;
    std::shared_ptr<RowConflict> m_conflict;
};

template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error.message(); }
    const RowConflict *conflict() const { return m_error.conflict(); }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that return nothing but may fail.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    { }
    static Status success() { return {}; }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error.message(); }
    const RowConflict *conflict() const { return m_error.conflict(); }
    const Error &errorValue() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};
