#include "KubeClientConfig.h"

#include "Kubeconfig.h"

bool KubeClientConfig::fromKubeconfig(const Kubeconfig &kubeconfig, const QString &contextName,
                                      KubeClientConfig *out, QString *error) {
    const KubeContext *context = kubeconfig.context(contextName);
    if (!context) {
        *error = tr("The kubeconfig has no context \"%1\".").arg(contextName);
        return false;
    }
    const KubeCluster *cluster = kubeconfig.cluster(context->cluster);
    if (!cluster) {
        *error = tr("Context \"%1\" refers to cluster \"%2\", which the kubeconfig does not "
                    "define.")
                     .arg(contextName, context->cluster);
        return false;
    }
    KubeClientConfig c;
    c.contextName = contextName;
    c.ns = context->ns;
    c.cluster = *cluster;
    // kubectl allows a context without a user (anonymous requests), but not a
    // user name that is not defined.
    if (!context->user.isEmpty()) {
        const KubeUser *user = kubeconfig.user(context->user);
        if (!user) {
            *error = tr("Context \"%1\" refers to user \"%2\", which the kubeconfig does not "
                        "define.")
                         .arg(contextName, context->user);
            return false;
        }
        c.user = *user;
    }
    *out = std::move(c);
    return true;
}
