// JSON string escaping, sixteen bytes at a time where the processor has SSE2.
//
// A result's JSON line is some forty kilobytes of text in eight hundred strings, and nearly no
// byte of it needs an escape. Checked a byte at a time, or eight at a time in Swift, finding
// that out cost more than everything else the line writer does; with SSE2 a block of sixteen
// bytes is copied and checked in a handful of instructions.
#include "CKaderJSON.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static const char hex[] = "0123456789abcdef";

// The bytes that start something to look at: control characters, the quote, the backslash, DEL,
// 0xC2 (the first byte of the C1 controls, and of Latin-1 signs that are left alone) and 0xE2
// (the first byte of U+2028 and U+2029 and of the direction overrides, and of other
// punctuation that is left alone). DEL, C1 controls and direction overrides are valid JSON as
// they are, but are escaped so that no JSON shown in a terminal can act on it.
static const uint8_t needs_look[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    [0x22] = 1, [0x5C] = 1, [0x7F] = 1, [0xC2] = 1, [0xE2] = 1,
};

// Whether any of the eight bytes in `word` is one to look at (exact: a zero answer means none).
static inline uint64_t word_needs_look(uint64_t word) {
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t quote = word ^ (ones * 0x22), backslash = word ^ (ones * 0x5C), lead = word ^ (ones * 0xE2);
    uint64_t del = word ^ (ones * 0x7F), c1 = word ^ (ones * 0xC2);
    uint64_t found = ((word - ones * 0x20) & ~word) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) |
                     ((lead - ones) & ~lead) | ((del - ones) & ~del) | ((c1 - ones) & ~c1);
    return found & high;
}

// Writes the character at `source[*index]` (escaped when it must be), advances `*index` past
// it, and returns the number of bytes written.
static inline size_t put_one(uint8_t *target, const uint8_t *source, size_t count, size_t *index) {
    uint8_t byte = source[*index];
    *index += 1;
    switch (byte) {
    case '"': target[0] = '\\'; target[1] = '"'; return 2;
    case '\\': target[0] = '\\'; target[1] = '\\'; return 2;
    case '\n': target[0] = '\\'; target[1] = 'n'; return 2;
    case '\r': target[0] = '\\'; target[1] = 'r'; return 2;
    case '\t': target[0] = '\\'; target[1] = 't'; return 2;
    default: break;
    }
    if (byte < 0x20 || byte == 0x7F) {
        memcpy(target, "\\u00", 4);
        target[4] = (uint8_t)hex[byte >> 4];
        target[5] = (uint8_t)hex[byte & 15];
        return 6;
    }
    if (byte == 0xC2 && *index < count && source[*index] >= 0x80 && source[*index] <= 0x9F) {
        // A C1 control, U+0080 to U+009F.
        memcpy(target, "\\u00", 4);
        target[4] = (uint8_t)hex[source[*index] >> 4];
        target[5] = (uint8_t)hex[source[*index] & 15];
        *index += 1;
        return 6;
    }
    if (byte == 0xE2 && *index + 1 < count) {
        // U+2028, U+2029, and the direction embeddings, overrides and isolates U+202A to U+202E
        // and U+2066 to U+2069 (E2 80 A8..AE, E2 81 A6..A9).
        uint8_t second = source[*index], third = source[*index + 1];
        if ((second == 0x80 && third >= 0xA8 && third <= 0xAE) || (second == 0x81 && third >= 0xA6 && third <= 0xA9)) {
            unsigned scalar = 0x2000 + ((unsigned)(second & 0x3F) << 6) + (third & 0x3F);
            memcpy(target, "\\u20", 4);
            target[4] = (uint8_t)hex[(scalar >> 4) & 15];
            target[5] = (uint8_t)hex[scalar & 15];
            *index += 2;
            return 6;
        }
    }
    target[0] = byte;
    return 1;
}

size_t ckader_json_escape(uint8_t *target, const uint8_t *source, size_t count) {
    size_t index = 0;
    size_t written = 0;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8(0x22);
    const __m128i backslash = _mm_set1_epi8(0x5C);
    const __m128i lead = _mm_set1_epi8((char)0xE2);
    const __m128i c1_lead = _mm_set1_epi8((char)0xC2);
    const __m128i del = _mm_set1_epi8(0x7F);
    const __m128i highest_control = _mm_set1_epi8(0x1F);
    while (index + 16 <= count) {
        __m128i block = _mm_loadu_si128((const __m128i *)(source + index));
        // Copied first: when nothing in the block needs a look, that is all there is to do.
        _mm_storeu_si128((__m128i *)(target + written), block);
        __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(block, highest_control), block);
        __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, quote), _mm_cmpeq_epi8(block, backslash)),
                                       _mm_or_si128(_mm_cmpeq_epi8(block, lead), control));
        special = _mm_or_si128(special, _mm_or_si128(_mm_cmpeq_epi8(block, c1_lead), _mm_cmpeq_epi8(block, del)));
        int mask = _mm_movemask_epi8(special);
        if (mask == 0) {
            index += 16;
            written += 16;
            continue;
        }
        // The bytes before the first one to look at are copied already.
        size_t plain = (size_t)__builtin_ctz((unsigned)mask);
        index += plain;
        written += plain;
        written += put_one(target + written, source, count, &index);
    }
#endif
    // What is left (short strings are most of a result's strings): eight bytes at a time, then one.
    while (index + 8 <= count) {
        uint64_t word;
        memcpy(&word, source + index, 8);
        memcpy(target + written, &word, 8);
        if (!word_needs_look(word)) {
            index += 8;
            written += 8;
            continue;
        }
        while (!needs_look[source[index]]) {
            index++;
            written++;
        }
        written += put_one(target + written, source, count, &index);
    }
    while (index < count) {
        uint8_t byte = source[index];
        if (!needs_look[byte]) {
            target[written++] = byte;
            index++;
            continue;
        }
        written += put_one(target + written, source, count, &index);
    }
    return written;
}
