#include "Datacenter.h"

#include "DatacenterName.h"
#include "Kubeconfig.h"

#include <QFileInfo>
#include <QSet>
#include <QUrl>

QString Datacenter::serverHost() const {
    const QUrl url(server);
    if (!url.isValid() || url.host().isEmpty())
        return server;
    const QString host = url.host().contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + url.host() + QLatin1Char(']')
                             : url.host();
    return url.port() > 0 ? host + QLatin1Char(':') + QString::number(url.port()) : host;
}

QString Datacenter::credentialSummary() const {
    const QString kind = credentialKindName(credentialKind);
    return credentialDetail.isEmpty()
               ? kind
               : kind + QLatin1String(" (") + credentialDetail + QLatin1Char(')');
}

bool Datacenter::matches(const QString &filter) const {
    if (filter.isEmpty())
        return true;
    for (const QString *field : {&id, &name, &clusterName, &server, &ns, &userName})
        if (field->contains(filter, Qt::CaseInsensitive))
            return true;
    return false;
}

QList<Datacenter> Datacenter::fromKubeconfig(const Kubeconfig &config) {
    QList<Datacenter> out;
    out.reserve(config.contexts().size());
    QSet<QString> names;
    for (const KubeContext &context : config.contexts()) {
        Datacenter dc;
        dc.id = context.name;
        dc.clusterName = context.cluster;
        dc.userName = context.user;
        dc.ns = context.ns;
        dc.current = context.name == config.currentContext();
        dc.sourceFile = context.sourceFile;
        dc.line = context.line;
        if (const KubeCluster *cluster = config.cluster(context.cluster)) {
            dc.server = cluster->server;
            dc.insecureSkipTlsVerify = cluster->insecureSkipTlsVerify;
        } else {
            dc.clusterMissing = true;
        }
        if (const KubeUser *user = config.user(context.user)) {
            dc.credentialKind = user->credentialKind;
            if (user->credentialKind == CredentialKind::ExecPlugin)
                dc.credentialDetail = QFileInfo(user->execCommand).fileName();
            else if (user->credentialKind == CredentialKind::AuthProvider)
                dc.credentialDetail = user->authProvider;
        } else {
            dc.userMissing = !context.user.isEmpty();
        }
        const QString base = DatacenterName::fromContextName(context.name);
        dc.name = base;
        for (int n = 2; names.contains(dc.name); ++n) {
            const QString suffix = QLatin1Char('-') + QString::number(n);
            dc.name = base.left(DatacenterName::MaximumLength - suffix.size()) + suffix;
        }
        names.insert(dc.name);
        out.append(dc);
    }
    return out;
}
