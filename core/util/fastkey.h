#pragma once

#include <QHashFunctions>
#include <QString>

#include <cstdint>
#include <cstring>

namespace dd {

// A QString used as a QHash key with a quick hash. Qt hashes strings with SipHash, which costs
// about 100 ns for a short name; an import of 100,000 people looks names, name parts and units
// up about a million times. The hash below mixes four UTF-16 units at a time (multiply and
// shift, then MurmurHash3's final mix) and takes QHash's per-process seed, so that a file
// cannot choose which names collide.
struct FastKey
{
    QString text;

    FastKey() = default;
    FastKey(const QString &s)
        : text(s)
    { } // NOLINT(google-explicit-constructor): a key
    friend bool operator==(const FastKey &a, const FastKey &b) noexcept { return a.text == b.text; }
};

inline size_t fastHash(QStringView s, size_t seed) noexcept
{
    constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ull;
    constexpr std::uint64_t k2 = 0xBF58476D1CE4E5B9ull;
    auto mix = [](std::uint64_t a, std::uint64_t b) {
        a *= b;
        return a ^ (a >> 29);
    };
    const char16_t *p = s.utf16();
    qsizetype n = s.size();
    std::uint64_t h = std::uint64_t(seed) ^ (std::uint64_t(n) * k1);
    while (n >= 4) {
        std::uint64_t v;
        std::memcpy(&v, p, 8);
        h = mix(h ^ v, k2);
        p += 4;
        n -= 4;
    }
    std::uint64_t tail = 0;
    if (n > 0)
        std::memcpy(&tail, p, size_t(n) * 2);
    h = mix(h ^ tail ^ k1, k2);
    // MurmurHash3's final mix: every input bit reaches every output bit.
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    return size_t(h);
}

inline size_t qHash(const FastKey &key, size_t seed) noexcept
{
    return fastHash(key.text, seed);
}

} // namespace dd
