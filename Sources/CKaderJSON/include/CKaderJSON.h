#ifndef CKADERJSON_H
#define CKADERJSON_H

#include <stddef.h>
#include <stdint.h>

/// Writes the UTF-8 text `source` (`count` bytes) as the inside of a JSON string to `target`:
/// quotes, backslashes and control characters escaped, and U+2028 and U+2029. `target` must
/// have room for 6 * count bytes. Returns the number of bytes written.
size_t ckader_json_escape(uint8_t *target, const uint8_t *source, size_t count);

#endif
