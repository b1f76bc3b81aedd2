#pragma once

#include <optional>
#include <utility>

namespace dd::commands {

// A field of a form's row and whether the clerk is typing in it (the field keeps its words).
template<typename T, typename F>
struct Typed
{
    bool typing;
    F T::*field;
};
template<typename T, typename F>
Typed(bool, F T::*) -> Typed<T, F>;

// The row a form shows once `stored` arrives while the clerk types in some of its fields
// (issue 18): `stored`, except that each field being typed keeps the value the form showed
// (`shown`) when the typing began. The form's edit is built from this row, not from the row as
// stored at save. When another desk changed a field being typed since, the form has not seen
// that version, so the row keeps the version `shown` was read at and the save is refused
// (RowConflict: what the form showed, their value, the clerk's) instead of writing over theirs;
// a change to any other field arrives and is no conflict. Without `shown` (nothing shown yet,
// another row) the row is `stored`.
template<typename T, typename... F>
T shownWhileTyping(const T &stored, const std::optional<T> &shown, Typed<T, F>... fields)
{
    if (!shown || shown->id != stored.id)
        return stored;
    T row = stored;
    bool unseen = false;
    const auto keep = [&](const auto &f) {
        if (!f.typing)
            return;
        row.*(f.field) = (*shown).*(f.field);
        unseen = unseen || !((*shown).*(f.field) == stored.*(f.field));
    };
    (keep(fields), ...);
    if (unseen)
        row.rowVersion = shown->rowVersion;
    return row;
}

} // namespace dd::commands
