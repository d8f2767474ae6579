// SecureJson, the strict JSON reader for bodies that hold secrets (Secret
// objects from the API server, exec plugin output), walked the way its
// callers walk it: by key, by child, as text.

#include "SecureJson.h"

#include <cstdint>
#include <cstdlib>

namespace {

void walk(const SecureJson &json, int index) {
    const std::vector<int> children = json.children(index);
    switch (json.kind(index)) {
    case SecureJson::Kind::Object: {
        const std::vector<std::string_view> keys = json.keys(index);
        if (keys.size() != children.size())
            std::abort();
        // value() finds every key, possibly a later duplicate (last wins).
        for (std::string_view key : keys)
            if (json.value(index, key) < 0)
                std::abort();
        break;
    }
    case SecureJson::Kind::String:
        if (json.string(index).size() != size_t(json.text(index).toUtf8().size()) &&
            !json.text(index).contains(QChar::ReplacementCharacter))
            std::abort();
        break;
    default:
        (void)json.text(index);
    }
    for (int child : children)
        walk(json, child);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    SecureJson json;
    QString error;
    if (!json.parse(QByteArrayView(data, qsizetype(size)), &error)) {
        if (!json.isEmpty() || error.isEmpty())
            std::abort();
        return 0;
    }
    walk(json, json.root());
    return 0;
}
