#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Choices a fuzz target makes beyond its input bytes (which operation,
// where, what text), drawn from a generator seeded by a hash of the input:
// the same input always makes the same choices, so a saved crash replays,
// and a mutation of the input changes the choices too.
class FuzzChoices
{
public:
    FuzzChoices(const uint8_t *data, size_t size)
    {
        uint64_t hash = 14695981039346656037ull; // FNV-1a
        for (size_t i = 0; i < size; ++i)
            hash = (hash ^ data[i]) * 1099511628211ull;
        m_state = hash | 1;
    }

    // A number in [0, bound); 0 when bound <= 0.
    int below(qsizetype bound)
    {
        if (bound <= 0)
            return 0;
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return int(m_state % uint64_t(bound));
    }

    bool coin() { return below(2) == 1; }

    // A short text for an operation: a snippet meant to stress Markdown and
    // Japanese text handling, or a slice of the input itself.
    QString text(const QByteArray &input)
    {
        static const char *const snippets[] = {
            "",
            "本文です。",
            "## 見出し\n本文",
            "- 項目\n- 項目",
            "```\n## コード\n",
            "<!-- kiji: budget=10 -->",
            "{++追加++}{>>@a 2026-01-01: c<<}",
            "[^1]\n\n[^1]: 脚注",
            "[a]: https://example.com",
            "\r\n",
            "\n\n\n",
            "> ## 引用",
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "---\ntitle: x\n---",
            "第一章\n======",
            "\xEF\xBB\xBF",
        };
        const int pick = below(std::size(snippets) + 1);
        if (pick < int(std::size(snippets)))
            return QString::fromUtf8(snippets[pick]);
        const int begin = below(input.size() + 1);
        return QString::fromUtf8(input.mid(begin, below(64)));
    }

private:
    uint64_t m_state;
};

// Notes what a target did, printed to stderr when KIJI_FUZZ_TRACE is set
// (to see what led to a failing input).
template<typename... Arguments>
void fuzzTrace(const char *format, Arguments... arguments)
{
    static const bool enabled = std::getenv("KIJI_FUZZ_TRACE") != nullptr;
    if (!enabled)
        return;
    std::fprintf(stderr, format, arguments...);
    std::fputc('\n', stderr);
}

// Stops the fuzzer with a message: a broken property is a finding like a crash.
[[noreturn]] inline void fuzzFailure(const char *property)
{
    std::fprintf(stderr, "property broken: %s\n", property);
    std::abort();
}

#define FUZZ_REQUIRE(condition)                                                                                      \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            fuzzFailure(#condition);                                                                                   \
    } while (false)
