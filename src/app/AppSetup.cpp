#include "AppSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace AppSetup {

void setApplicationInfo() {
    QCoreApplication::setOrganizationName(QStringLiteral("ConsulFederator"));
    QCoreApplication::setApplicationName(QStringLiteral("consul-federator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FEDERATOR_VERSION));
}

void installTranslators(QCoreApplication &app) {
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English plural forms ("1 error", "2 errors") come from a translation of
    // their own; the user's language, installed after it, takes precedence.
    auto *plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/consul-federator_en.qm")))
        QCoreApplication::installTranslator(plurals);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("consul-federator"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace AppSetup
