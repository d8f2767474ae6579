#include "TruncatedJson.h"

bool TruncatedJson::endsEarly(QByteArrayView json) {
    qsizetype depth = 0;
    bool inString = false;
    bool escaped = false;
    bool seenValue = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            seenValue = true;
            break;
        case '{':
        case '[':
            ++depth;
            seenValue = true;
            break;
        case '}':
        case ']':
            --depth;
            break;
        case ' ':
        case '\t':
        case '\r':
        case '\n':
            break;
        default:
            seenValue = true;
        }
    }
    return inString || depth > 0 || !seenValue;
}
