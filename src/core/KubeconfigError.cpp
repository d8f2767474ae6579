#include "KubeconfigError.h"

#include <QCoreApplication>

QString KubeconfigError::toString() const {
    if (line <= 0)
        return file + QLatin1String(": ") + message;
    const QString where = column > 0
                              ? QCoreApplication::translate("KubeconfigError", "line %1, column %2")
                                    .arg(line)
                                    .arg(column)
                              : QCoreApplication::translate("KubeconfigError", "line %1").arg(line);
    return file + QLatin1String(", ") + where + QLatin1String(": ") + message;
}
