#pragma once

#include <QByteArrayView>

// Tells a JSON body that was cut short (a proxy or a failing server ended
// it early) from a complete one, without parsing it into memory: secrets
// pass through here, and lists can be large. Other malformations are left to
// the parsers that read the body.
class TruncatedJson {
public:
    // True when an object, array or string is still open at the end, or
    // there is nothing but whitespace.
    static bool endsEarly(QByteArrayView json);
};
