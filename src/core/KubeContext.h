#pragma once

#include <QString>

// A kubeconfig `contexts[]` entry: a cluster, a user and a default namespace.
struct KubeContext {
    QString name;
    QString cluster;
    QString user;
    QString ns; // the context's own `namespace`, empty when absent
    QString sourceFile;
    int line = 0;
};
