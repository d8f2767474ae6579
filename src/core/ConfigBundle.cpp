#include "ConfigBundle.h"

#include "HelmValues.h"
#include "PlanValues.h"

#include <QXmlStreamWriter>

#include <algorithm>

namespace {

// Each script and the README are built line by line from these.
class Text {
public:
    Text &operator<<(const char *text) {
        m_bytes += text;
        return *this;
    }
    Text &operator<<(char c) {
        m_bytes += c;
        return *this;
    }
    Text &operator<<(const QByteArray &bytes) {
        m_bytes += bytes;
        return *this;
    }
    Text &operator<<(const QString &text) {
        m_bytes += text.toUtf8();
        return *this;
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// Plan text (context names above all: a kubeconfig may name a context
// anything) put where a line break or a control character would change what
// the line means: a shell comment, a Markdown table. U+FFFD stands in.
QString printable(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029;
        out += control ? QChar(QChar::ReplacementCharacter) : c;
    }
    return out;
}

// A word for bash, single-quoted whatever it holds, so that nothing in it
// expands: contexts hold ':', '/', '@' and may hold '$', spaces or quotes.
// A word with a control character (a line break) is written as $'...' with
// escapes instead, so that every word stays on its line.
QByteArray sh(const QString &word) {
    const QByteArray bytes = word.toUtf8();
    const bool control = std::any_of(bytes.cbegin(), bytes.cend(), [](char c) {
        return (static_cast<unsigned char>(c) < 0x20) || c == 0x7f;
    });
    if (!control) {
        QByteArray quoted = bytes;
        quoted.replace('\'', "'\\''");
        return '\'' + quoted + '\'';
    }
    QByteArray out("$'");
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\\' || c == '\'')
            out += '\\';
        if (u < 0x20 || u == 0x7f)
            out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out + '\'';
}

// A Markdown code span that survives backticks and table pipes in the text.
QString code(const QString &text) {
    QString safe = printable(text);
    safe.replace(QLatin1Char('|'), QLatin1String("\\|"));
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : std::as_const(safe)) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    const bool pad = safe.startsWith(QLatin1Char('`')) || safe.endsWith(QLatin1Char('`'));
    const QString space = pad ? QStringLiteral(" ") : QString();
    return fence + space + safe + space + fence;
}

QString onOff(bool on) {
    return on ? QStringLiteral("on") : QStringLiteral("off");
}

QString statefulSet(const DatacenterPlan &dc) {
    return FederationPlan::resourcePrefix(dc) + QStringLiteral("-server");
}

// The go-template kubectl renders the primary's federation secret with: a
// new Secret for another cluster, with name, labels, type and data only. The
// primary's uid, resourceVersion, creationTimestamp and managedFields would
// make the secondary's API server refuse the object or mislabel it. kubectl
// renders the template itself, so the scripts need no jq. printf "%q" gives
// Go's double-quoted strings, which read back as the same YAML strings.
constexpr const char *SecretTemplate[] = {
    "apiVersion: v1",
    "kind: Secret",
    "metadata:",
    "  name: {{ printf \"%q\" .metadata.name }}",
    "{{- with .metadata.labels }}",
    "  labels:",
    "{{- range $key, $value := . }}",
    "    {{ printf \"%q\" $key }}: {{ printf \"%q\" $value }}",
    "{{- end }}",
    "{{- end }}",
    "{{- with .type }}",
    "type: {{ printf \"%q\" . }}",
    "{{- end }}",
    "data:",
    "{{- range $key, $value := .data }}",
    "  {{ printf \"%q\" $key }}: {{ printf \"%q\" $value }}",
    "{{- end }}",
};

void writeHeader(Text &s, const FederationPlan &plan, const char *purpose, const char *tools) {
    s << "#!/usr/bin/env bash\n"
      << purpose << "#\n# Needs " << tools << " and the kubeconfig contexts of the plan:\n";
    for (const DatacenterPlan &dc : plan.datacenters())
        s << "#   " << printable(dc.datacenter)
          << (dc.context == plan.primary.context ? " (primary)" : "") << ": "
          << printable(dc.context) << '\n';
}

// Shared by both scripts.
void writeStepFunctions(Text &s) {
    s << "step() {\n"
         "    printf '\\n==> %s\\n' \"$*\"\n"
         "}\n"
         "\n"
         "fail() {\n"
         "    printf 'error: %s\\n' \"$*\" >&2\n"
         "    exit 1\n"
         "}\n"
         "\n";
}

} // namespace

ConfigBundle::ConfigBundle(const FederationPlan &plan, const QHash<QString, YamlNode> &extras)
    : m_plan(plan) {
    PlanValues values;
    values.reset(plan, extras);
    for (const QString &context : values.contexts())
        m_values.insert(context, values.valuesText(context));
}

ConfigBundle::ConfigBundle(const PlanValues &values)
    : m_plan(values.plan()) {
    for (const QString &context : values.contexts())
        m_values.insert(context, values.valuesText(context));
}

QString ConfigBundle::valuesFileName(const DatacenterPlan &datacenter) {
    return QStringLiteral("values-%1.yaml").arg(datacenter.datacenter);
}

QStringList ConfigBundle::problems() const {
    if (!m_plan.hasPrimary())
        return {tr("The plan has no primary datacenter.")};
    QStringList out;
    if (m_plan.secondaries.isEmpty())
        out << tr("The plan has no secondary datacenter: federation needs at least one.");
    out += m_plan.problems();
    return out;
}

QList<ConfigBundle::File> ConfigBundle::files() const {
    QList<File> out;
    for (const DatacenterPlan &dc : m_plan.datacenters())
        out.append({valuesFileName(dc), valuesText(dc), RegularMode});
    out.append(
        {QLatin1String(ProxyDefaultsFile), HelmValues::proxyDefaultsManifest(m_plan), RegularMode});
    out.append({QLatin1String(InstallScript), installScript(), ScriptMode});
    out.append({QLatin1String(VerifyScript), verifyScript(), ScriptMode});
    out.append({QLatin1String(ReadmeFile), readme(), RegularMode});
    out.append({QLatin1String(TopologyFile), topologySvg(), RegularMode});
    if (hasSealedSecret())
        out.append({QLatin1String(SealedSecretFile), m_sealedSecret, SealedMode});
    return out;
}

QStringList ConfigBundle::paths() const {
    QStringList out;
    for (const DatacenterPlan &dc : m_plan.datacenters())
        out << valuesFileName(dc);
    out << QLatin1String(ProxyDefaultsFile) << QLatin1String(InstallScript)
        << QLatin1String(VerifyScript) << QLatin1String(ReadmeFile) << QLatin1String(TopologyFile);
    if (hasSealedSecret())
        out << QLatin1String(SealedSecretFile);
    return out;
}

QByteArray ConfigBundle::valuesText(const DatacenterPlan &datacenter) const {
    return m_values.value(datacenter.context);
}

QByteArray ConfigBundle::installScript() const {
    const DatacenterPlan &primary = m_plan.primary;
    Text s;
    writeHeader(s, m_plan,
                "# Consul WAN federation through mesh gateways, as planned with Consul\n"
                "# Federator: installs the primary datacenter, copies its federation secret\n"
                "# to each secondary, installs the secondaries and applies the ProxyDefaults\n"
                "# resource in every datacenter. Read README.md first; check the result\n"
                "# with verify.sh.\n",
                "bash, kubectl, helm");
    s << "#\n"
         "# The federation secret gives full admin rights in Consul. This script\n"
         "# moves it from the primary to each secondary through a pipe between two\n"
         "# kubectl processes, and never writes it to a file.\n"
         "set -euo pipefail\n"
         "\n"
         "# The values files are next to this script.\n"
         "cd -- \"$(dirname -- \"${BASH_SOURCE[0]}\")\"\n"
         "\n"
         "# Seconds to wait for the primary's federation secret, and for the\n"
         "# chart's controller to accept the ProxyDefaults resource.\n"
         "SECRET_TIMEOUT=${SECRET_TIMEOUT:-900}\n"
         "APPLY_TIMEOUT=${APPLY_TIMEOUT:-300}\n"
         "\n"
         "PRIMARY_CONTEXT="
      << sh(primary.context) << "\nPRIMARY_NAMESPACE=" << sh(primary.ns)
      << "\nFEDERATION_SECRET=" << sh(FederationPlan::federationSecretName(primary)) << "\n\n";
    writeStepFunctions(s);
    s << "# The primary's federation secret as a new Secret for another cluster:\n"
         "# name, labels, type and data only. Its uid, resourceVersion and the rest\n"
         "# of the server-set metadata would make the secondary refuse it. kubectl\n"
         "# renders this go-template itself; no jq is needed.\n"
         "SECRET_TEMPLATE=$(cat <<'TEMPLATE'\n";
    for (const char *line : SecretTemplate)
        s << line << '\n';
    s << "TEMPLATE\n"
         ")\n"
         "\n"
         "# copy_federation_secret CONTEXT NAMESPACE: from the primary into a\n"
         "# secondary, through a pipe only. A copy already there is replaced, so\n"
         "# that the script can run again after the primary was reinstalled.\n"
         "copy_federation_secret() {\n"
         "    local verb=create\n"
         "    if kubectl get secret \"$FEDERATION_SECRET\" --namespace \"$2\" --context \"$1\" "
         "-o name >/dev/null 2>&1; then\n"
         "        verb=replace\n"
         "    fi\n"
         "    kubectl get secret \"$FEDERATION_SECRET\" --namespace \"$PRIMARY_NAMESPACE\" "
         "--context \"$PRIMARY_CONTEXT\" -o go-template=\"$SECRET_TEMPLATE\" |\n"
         "        kubectl \"$verb\" --filename - --namespace \"$2\" --context \"$1\"\n"
         "}\n"
         "\n"
         "# ensure_namespace CONTEXT NAMESPACE\n"
         "ensure_namespace() {\n"
         "    if ! kubectl get namespace \"$2\" --context \"$1\" -o name >/dev/null 2>&1; then\n"
         "        kubectl create namespace \"$2\" --context \"$1\"\n"
         "    fi\n"
         "}\n"
         "\n"
         "# apply_proxy_defaults CONTEXT NAMESPACE: retried while the chart's\n"
         "# controller and its webhook start.\n"
         "apply_proxy_defaults() {\n"
         "    local deadline=$((SECONDS + APPLY_TIMEOUT))\n"
         "    until kubectl apply --filename proxy-defaults.yaml --namespace \"$2\" "
         "--context \"$1\"; do\n"
         "        if ((SECONDS >= deadline)); then\n"
         "            fail \"context $1 did not accept the ProxyDefaults resource\"\n"
         "        fi\n"
         "        sleep 10\n"
         "    done\n"
         "}\n"
         "\n"
         "step 'Checking kubectl, helm and the kubeconfig contexts'\n"
         "command -v kubectl >/dev/null 2>&1 || fail 'kubectl is not on PATH'\n"
         "command -v helm >/dev/null 2>&1 || fail 'helm is not on PATH'\n"
         "mapfile -t known_contexts < <(kubectl config get-contexts -o name)\n"
         "missing=0\n"
         "for context in";
    for (const DatacenterPlan &dc : m_plan.datacenters())
        s << ' ' << sh(dc.context);
    s << "; do\n"
         "    found=0\n"
         "    for known in \"${known_contexts[@]}\"; do\n"
         "        if [[ \"$known\" == \"$context\" ]]; then\n"
         "            found=1\n"
         "        fi\n"
         "    done\n"
         "    if ((found == 0)); then\n"
         "        printf 'error: the kubeconfig has no context %s\\n' \"$context\" >&2\n"
         "        missing=1\n"
         "    fi\n"
         "done\n"
         "if ((missing != 0)); then\n"
         "    fail 'add the missing contexts to the kubeconfig (or set KUBECONFIG) and run again'\n"
         "fi\n"
         "\n"
         "step 'Adding the HashiCorp Helm repository'\n"
         "# --force-update: a repository already added under this name is no error.\n"
         "helm repo add hashicorp https://helm.releases.hashicorp.com --force-update\n"
         "helm repo update\n"
         "\n";

    const auto install = [&s](const DatacenterPlan &dc, const char *role) {
        s << "step 'Installing the " << role << " datacenter' " << sh(dc.datacenter)
          << " 'in context' " << sh(dc.context) << '\n'
          << "helm upgrade --install " << sh(dc.release) << " hashicorp/consul --namespace "
          << sh(dc.ns) << " --create-namespace --kube-context " << sh(dc.context) << " -f "
          << sh(valuesFileName(dc)) << "\n\n";
    };
    install(primary, "primary");
    s << "step 'Waiting for the federation secret' \"$FEDERATION_SECRET\" 'in the primary'\n"
         "deadline=$((SECONDS + SECRET_TIMEOUT))\n"
         "until kubectl get secret \"$FEDERATION_SECRET\" --namespace \"$PRIMARY_NAMESPACE\" "
         "--context \"$PRIMARY_CONTEXT\" -o name >/dev/null 2>&1; do\n"
         "    if ((SECONDS >= deadline)); then\n"
         "        fail \"no secret $FEDERATION_SECRET in the primary after $SECRET_TIMEOUT "
         "seconds\"\n"
         "    fi\n"
         "    sleep 5\n"
         "done\n"
         "\n";
    for (const DatacenterPlan &dc : m_plan.secondaries) {
        s << "step 'Copying the federation secret to' " << sh(dc.datacenter) << " 'in context' "
          << sh(dc.context) << '\n'
          << "ensure_namespace " << sh(dc.context) << ' ' << sh(dc.ns) << '\n'
          << "copy_federation_secret " << sh(dc.context) << ' ' << sh(dc.ns) << "\n\n";
    }
    for (const DatacenterPlan &dc : m_plan.secondaries)
        install(dc, "secondary");
    for (const DatacenterPlan &dc : m_plan.datacenters()) {
        s << "step 'Applying ProxyDefaults in' " << sh(dc.datacenter) << " 'in context' "
          << sh(dc.context) << '\n'
          << "apply_proxy_defaults " << sh(dc.context) << ' ' << sh(dc.ns) << "\n\n";
    }
    s << "step 'Done. Check the federation with verify.sh.'\n";
    return s.bytes();
}

QByteArray ConfigBundle::verifyScript() const {
    Text s;
    writeHeader(s, m_plan,
                "# Checks the Consul WAN federation install.sh set up, as the procedure\n"
                "# verifies it: every datacenter's servers see every datacenter's servers\n"
                "# alive in `consul members -wan`, every datacenter reads the catalog of\n"
                "# every other, and the ProxyDefaults resource is synced to Consul\n"
                "# everywhere. Exits 1 when any check fails.\n",
                "bash, kubectl");
    s << "set -euo pipefail\n"
         "\n";
    writeStepFunctions(s);
    s << "failures=0\n"
         "problem() {\n"
         "    printf 'FAILED: %s\\n' \"$*\" >&2\n"
         "    failures=$((failures + 1))\n"
         "}\n"
         "\n"
         "# check_members CONTEXT NAMESPACE STATEFULSET DATACENTER...: every\n"
         "# datacenter given has an alive server among the WAN members.\n"
         "check_members() {\n"
         "    local context=$1 namespace=$2 statefulset=$3 output datacenter\n"
         "    shift 3\n"
         "    if ! output=$(kubectl exec \"statefulset/$statefulset\" --namespace \"$namespace\" "
         "--context \"$context\" -- consul members -wan); then\n"
         "        problem \"consul members -wan failed in context $context\"\n"
         "        return 0\n"
         "    fi\n"
         "    printf '%s\\n' \"$output\"\n"
         "    for datacenter in \"$@\"; do\n"
         "        # Node Address Status Type Build Protocol DC Segment\n"
         "        if ! printf '%s\\n' \"$output\" |\n"
         "            awk -v dc=\"$datacenter\" '$3 == \"alive\" && $4 == \"server\" && $7 == dc "
         "{ found = 1 } END { exit !found }'; then\n"
         "            problem \"no alive server of $datacenter in the WAN members seen from "
         "context $context\"\n"
         "        fi\n"
         "    done\n"
         "}\n"
         "\n"
         "# check_catalog CONTEXT NAMESPACE STATEFULSET DATACENTER: the servers of\n"
         "# CONTEXT read the services of another datacenter (Consul itself is one).\n"
         "check_catalog() {\n"
         "    local output\n"
         "    if ! output=$(kubectl exec \"statefulset/$3\" --namespace \"$2\" --context \"$1\" -- "
         "consul catalog services -datacenter \"$4\"); then\n"
         "        problem \"context $1 cannot read the catalog of datacenter $4\"\n"
         "        return 0\n"
         "    fi\n"
         "    printf '%s\\n' \"$output\"\n"
         "    if ! printf '%s\\n' \"$output\" | grep -qx consul; then\n"
         "        problem \"the catalog of datacenter $4, read from context $1, has no consul "
         "service\"\n"
         "    fi\n"
         "}\n"
         "\n"
         "# check_proxy_defaults CONTEXT NAMESPACE\n"
         "check_proxy_defaults() {\n"
         "    local synced\n"
         "    synced=$(kubectl get proxydefaults global --namespace \"$2\" --context \"$1\" "
         "-o jsonpath='{.status.conditions[?(@.type==\"Synced\")].status}') || synced=''\n"
         "    if [[ \"$synced\" == True ]]; then\n"
         "        printf 'ProxyDefaults global: Synced True\\n'\n"
         "    else\n"
         "        problem \"ProxyDefaults global in context $1 is not synced "
         "(Synced: ${synced:-unknown})\"\n"
         "    fi\n"
         "}\n"
         "\n"
         "command -v kubectl >/dev/null 2>&1 || fail 'kubectl is not on PATH'\n"
         "\n";
    const QList<DatacenterPlan> all = m_plan.datacenters();
    for (const DatacenterPlan &dc : all) {
        s << "step 'WAN members seen from' " << sh(dc.datacenter) << " 'in context' "
          << sh(dc.context) << '\n'
          << "check_members " << sh(dc.context) << ' ' << sh(dc.ns) << ' ' << sh(statefulSet(dc));
        for (const DatacenterPlan &other : all)
            s << ' ' << sh(other.datacenter);
        s << "\n\n";
    }
    for (const DatacenterPlan &from : all) {
        for (const DatacenterPlan &to : all) {
            if (to.context == from.context)
                continue;
            s << "step 'Services of' " << sh(to.datacenter) << " 'read from' "
              << sh(from.datacenter) << " 'in context' " << sh(from.context) << '\n'
              << "check_catalog " << sh(from.context) << ' ' << sh(from.ns) << ' '
              << sh(statefulSet(from)) << ' ' << sh(to.datacenter) << "\n\n";
        }
    }
    for (const DatacenterPlan &dc : all) {
        s << "step 'ProxyDefaults in' " << sh(dc.datacenter) << " 'in context' " << sh(dc.context)
          << '\n'
          << "check_proxy_defaults " << sh(dc.context) << ' ' << sh(dc.ns) << "\n\n";
    }
    s << "if ((failures > 0)); then\n"
         "    printf '\\n%d check(s) failed.\\n' \"$failures\" >&2\n"
         "    exit 1\n"
         "fi\n"
         "printf '\\nThe datacenters are federated.\\n'\n";
    return s.bytes();
}

QByteArray ConfigBundle::readme() const {
    const DatacenterPlan &primary = m_plan.primary;
    const QString secret = FederationPlan::federationSecretName(primary);
    const QList<DatacenterPlan> all = m_plan.datacenters();
    Text s;
    s << "# Consul WAN federation: " << printable(primary.datacenter) << " and "
      << QString::number(m_plan.secondaries.size())
      << (m_plan.secondaries.size() == 1 ? " secondary" : " secondaries") << "\n\n"
      << "This bundle federates Consul datacenters on Kubernetes through mesh gateways, as\n"
         "the procedure \"WAN Federation Through Mesh Gateways - Multiple Kubernetes\n"
         "Clusters\" does it. It was made from a federation plan with Consul Federator, and\n"
         "needs only bash, kubectl and helm to apply: review the files, then run\n"
         "`./install.sh` and `./verify.sh`.\n\n"
         "## Datacenters\n\n"
         "| Role | Datacenter | Kubeconfig context | Helm release | Namespace | "
         "Server StatefulSet | Values file |\n"
         "|---|---|---|---|---|---|---|\n";
    for (const DatacenterPlan &dc : all) {
        s << '|' << (dc.context == primary.context ? " primary " : " secondary ") << "| "
          << printable(dc.datacenter) << " | " << code(dc.context) << " | " << code(dc.release)
          << " | " << code(dc.ns) << " | " << code(statefulSet(dc)) << " | "
          << code(valuesFileName(dc)) << " |\n";
    }
    s << "\n## Options\n\n"
      << "- ACLs (`global.acls.manageSystemACLs`): " << onOff(m_plan.acls)
      << (m_plan.acls ? "; the secondaries replicate ACLs from the primary with its replication "
                        "token."
                      : ".")
      << "\n- Gossip encryption: " << onOff(m_plan.gossipEncryption)
      << (m_plan.gossipEncryption ? "; the primary generates the key, the secondaries read it "
                                    "from the federation secret."
                                  : ".")
      << "\n- Mesh gateway Service (`meshGateway.service.type`): "
      << HelmValues::serviceTypeName(m_plan.meshGatewayServiceType);
    if (m_plan.meshGatewayServiceType == MeshGatewayServiceType::NodePort)
        s << ", node port " << QString::number(m_plan.nodePort);
    s << ".\n- Mesh gateway WAN address (`meshGateway.wanAddress.source`): "
      << HelmValues::wanAddressSourceName(m_plan.wanAddressSource) << '.';
    if (m_plan.wanAddressSource == WanAddressSource::Static) {
        for (const DatacenterPlan &dc : all)
            s << "\n  - " << printable(dc.datacenter) << ": "
              << code(m_plan.staticWanAddressOf(dc));
    }
    s << "\n- ProxyDefaults `spec.meshGateway.mode`: "
      << HelmValues::meshGatewayModeName(m_plan.meshGatewayMode)
      << (m_plan.meshGatewayMode == MeshGatewayMode::Local
              ? " (traffic to other datacenters leaves through the local mesh gateway)."
              : " (traffic goes straight to the remote datacenter's mesh gateway).")
      << "\n- Federation secret: " << code(secret) << " in namespace " << code(primary.ns)
      << " of the primary, created by the chart (`global.federation.createFederationSecret`).\n"
      << "\n## Files\n\n";
    for (const DatacenterPlan &dc : all)
        s << "- " << code(valuesFileName(dc)) << ": the Helm values of " << printable(dc.datacenter)
          << (dc.context == primary.context ? " (primary)" : "") << ".\n";
    s << "- `proxy-defaults.yaml`: the ProxyDefaults resource for every datacenter.\n"
         "- `install.sh`: the steps below, in order.\n"
         "- `verify.sh`: the procedure's checks of the federation.\n"
         "- `topology.svg`: the datacenters and their federation, as a picture.\n";
    if (hasSealedSecret())
        s << "- `federation-secret.sealed`: the primary's federation secret, encrypted with a "
             "passphrase (see below).\n";
    s << "\n## Steps\n\n"
         "`install.sh` runs these in order, stopping at the first error; each can be done\n"
         "by hand as well.\n\n"
         "1. Check that kubectl and helm are installed and that the kubeconfig has every\n"
         "   context of the plan (`kubectl config get-contexts -o name`).\n"
         "2. Add the HashiCorp Helm repository (`helm repo add hashicorp\n"
         "   https://helm.releases.hashicorp.com`) and update it.\n"
         "3. Install the primary:\n\n"
         "   ```sh\n"
         "   helm upgrade --install "
      << sh(printable(primary.release)) << " hashicorp/consul --namespace "
      << sh(printable(primary.ns)) << " --create-namespace --kube-context "
      << sh(printable(primary.context)) << " -f " << sh(valuesFileName(primary))
      << "\n   ```\n\n"
         "4. Wait for the chart to create the federation secret "
      << code(secret)
      << " in the\n"
         "   primary.\n"
         "5. Copy it to each secondary, creating its namespace first. install.sh pipes\n"
         "   `kubectl get secret -o go-template=...` from the primary into `kubectl create\n"
         "   --filename -` of the secondary: name, labels, type and data go across, the\n"
         "   primary's server-set metadata (uid, resourceVersion) does not, and nothing is\n"
         "   written to a file.\n"
         "6. Install each secondary with its values file, as the primary.\n"
         "7. Apply `proxy-defaults.yaml` in every datacenter.\n\n"
         "Then `verify.sh` runs, in every datacenter's server StatefulSet, `consul members\n"
         "-wan` and `consul catalog services -datacenter <other>` for every other datacenter,\n"
         "and checks that `kubectl get proxydefaults global` reports `Synced` `True`.\n"
         "\n## Security notes\n\n"
         "- The federation secret holds the Consul CA certificate and its private key, the\n"
         "  servers' federation config"
      << (m_plan.acls ? ", the ACL replication token" : "")
      << (m_plan.gossipEncryption ? " and the gossip\n  encryption key" : "")
      << ". Whoever has it can gain full admin rights in Consul.\n"
         "- Never store it in a file. install.sh moves it through a pipe between two kubectl\n"
         "  processes; do the same by hand. If a copy ever lands on disk, delete it as soon as\n"
         "  it is imported.\n"
         "- Let RBAC allow only administrators to read Secrets in the Consul namespace of\n"
         "  every cluster.\n"
         "- This bundle holds no secret and no kubeconfig credential: the values files name\n"
         "  the federation secret and its keys, never their contents.";
    if (hasSealedSecret())
        s << " The one exception is\n"
             "  `federation-secret.sealed`, which is encrypted: keep its passphrase apart from it.";
    s << "\n- The scripts run with the rights of your kubeconfig: read them before you run\n"
         "  them.\n";
    if (hasSealedSecret()) {
        s << "\n## Importing the sealed federation secret\n\n"
             "Where the secondaries cannot reach the primary (an air-gapped network),\n"
             "`federation-secret.sealed` carries the secret instead of step 5. It is encrypted\n"
             "with AES-256-GCM under a key derived from a passphrase (scrypt). Import it into\n"
             "each secondary with Consul Federator; it asks for the passphrase without echo\n"
             "(or reads it from a file descriptor with `--passphrase-fd N`), decrypts it in\n"
             "memory and creates the secret:\n\n"
             "```sh\n";
        for (const DatacenterPlan &dc : m_plan.secondaries)
            s << "consul-federator unseal-secret federation-secret.sealed --to "
              << sh(printable(dc.context)) << " --namespace " << sh(printable(dc.ns)) << '\n';
        s << "```\n\n"
             "install.sh needs every context within reach. Where the primary is not, run the\n"
             "steps above by hand in each secondary and leave out step 5: the secret is\n"
             "there already. Where it is, install.sh replaces the copy with the primary's own.\n";
    }
    return s.bytes();
}

QByteArray ConfigBundle::topologySvg() const {
    // Sizes in whole pixels, so that the text never depends on number
    // formatting. Widths follow the longest name at the fonts' usual advance
    // (monospace 12 px: 7.3 px; bold sans 14 px: about 9 px).
    constexpr int Margin = 24;
    constexpr int Gap = 32;
    constexpr int RowGap = 72;
    constexpr int BoxHeight = 60;
    constexpr int TitleHeight = 40;
    constexpr int FooterHeight = 36;
    constexpr int PerRow = 4;
    const QList<DatacenterPlan> all = m_plan.datacenters();
    int boxWidth = 180;
    for (const DatacenterPlan &dc : all) {
        boxWidth = std::max(boxWidth, int(printable(dc.context).size() * 73 / 10) + 24);
        boxWidth = std::max(boxWidth, int(dc.datacenter.size() + 10) * 9 + 24);
    }
    const int secondaries = int(m_plan.secondaries.size());
    const int columns = std::clamp(secondaries, 1, PerRow);
    const int rows = (secondaries + PerRow - 1) / PerRow;
    const int width = 2 * Margin + columns * boxWidth + (columns - 1) * Gap;
    const int height =
        Margin + TitleHeight + BoxHeight + rows * (RowGap + BoxHeight) + FooterHeight + Margin;

    QByteArray svg;
    QXmlStreamWriter xml(&svg);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("svg"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    xml.writeAttribute(QStringLiteral("width"), QString::number(width));
    xml.writeAttribute(QStringLiteral("height"), QString::number(height));
    xml.writeAttribute(QStringLiteral("viewBox"),
                       QStringLiteral("0 0 %1 %2").arg(width).arg(height));
    xml.writeAttribute(QStringLiteral("font-family"), QStringLiteral("sans-serif"));
    xml.writeTextElement(
        QStringLiteral("title"),
        QStringLiteral("Consul WAN federation of %1").arg(printable(m_plan.primary.datacenter)));

    xml.writeStartElement(QStringLiteral("defs"));
    xml.writeStartElement(QStringLiteral("marker"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("arrow"));
    xml.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 10 10"));
    xml.writeAttribute(QStringLiteral("refX"), QStringLiteral("10"));
    xml.writeAttribute(QStringLiteral("refY"), QStringLiteral("5"));
    xml.writeAttribute(QStringLiteral("markerWidth"), QStringLiteral("8"));
    xml.writeAttribute(QStringLiteral("markerHeight"), QStringLiteral("8"));
    xml.writeAttribute(QStringLiteral("orient"), QStringLiteral("auto"));
    xml.writeEmptyElement(QStringLiteral("path"));
    xml.writeAttribute(QStringLiteral("d"), QStringLiteral("M 0 0 L 10 5 L 0 10 z"));
    xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("#555555"));
    xml.writeEndElement(); // marker
    xml.writeEndElement(); // defs

    xml.writeEmptyElement(QStringLiteral("rect"));
    xml.writeAttribute(QStringLiteral("width"), QString::number(width));
    xml.writeAttribute(QStringLiteral("height"), QString::number(height));
    xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("#ffffff"));

    xml.writeStartElement(QStringLiteral("text"));
    xml.writeAttribute(QStringLiteral("x"), QString::number(Margin));
    xml.writeAttribute(QStringLiteral("y"), QString::number(Margin + 18));
    xml.writeAttribute(QStringLiteral("font-size"), QStringLiteral("18"));
    xml.writeAttribute(QStringLiteral("font-weight"), QStringLiteral("bold"));
    xml.writeCharacters(QStringLiteral("Consul WAN federation through mesh gateways"));
    xml.writeEndElement();

    struct Box {
        int x;
        int y;
    };
    const Box primaryBox{(width - boxWidth) / 2, Margin + TitleHeight};
    QList<Box> boxes;
    for (int i = 0; i < secondaries; ++i) {
        const int row = i / PerRow;
        const int inRow = std::min(PerRow, secondaries - row * PerRow);
        const int rowWidth = inRow * boxWidth + (inRow - 1) * Gap;
        const int x0 = (width - rowWidth) / 2;
        boxes.append({x0 + (i % PerRow) * (boxWidth + Gap),
                      primaryBox.y + BoxHeight + RowGap + row * (RowGap + BoxHeight)});
    }

    // Edges first, so that boxes cover their ends: each secondary federates
    // with the primary, through the mesh gateways of both.
    for (int i = 0; i < secondaries; ++i) {
        const DatacenterPlan &dc = m_plan.secondaries.at(i);
        xml.writeStartElement(QStringLiteral("line"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("federation"));
        xml.writeAttribute(QStringLiteral("x1"), QString::number(boxes[i].x + boxWidth / 2));
        xml.writeAttribute(QStringLiteral("y1"), QString::number(boxes[i].y));
        xml.writeAttribute(QStringLiteral("x2"), QString::number(primaryBox.x + boxWidth / 2));
        xml.writeAttribute(QStringLiteral("y2"), QString::number(primaryBox.y + BoxHeight));
        xml.writeAttribute(QStringLiteral("stroke"), QStringLiteral("#555555"));
        xml.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("2"));
        xml.writeAttribute(QStringLiteral("marker-end"), QStringLiteral("url(#arrow)"));
        xml.writeTextElement(
            QStringLiteral("title"),
            QStringLiteral("%1 federates with %2")
                .arg(printable(dc.datacenter), printable(m_plan.primary.datacenter)));
        xml.writeEndElement();
    }

    const auto writeBox = [&](const DatacenterPlan &dc, const Box &box, bool isPrimary) {
        xml.writeStartElement(QStringLiteral("g"));
        xml.writeAttribute(QStringLiteral("class"),
                           isPrimary ? QStringLiteral("primary") : QStringLiteral("secondary"));
        xml.writeAttribute(QStringLiteral("transform"),
                           QStringLiteral("translate(%1 %2)").arg(box.x).arg(box.y));
        xml.writeTextElement(
            QStringLiteral("title"),
            QStringLiteral("%1, context %2").arg(printable(dc.datacenter), printable(dc.context)));
        xml.writeEmptyElement(QStringLiteral("rect"));
        xml.writeAttribute(QStringLiteral("width"), QString::number(boxWidth));
        xml.writeAttribute(QStringLiteral("height"), QString::number(BoxHeight));
        xml.writeAttribute(QStringLiteral("rx"), QStringLiteral("8"));
        xml.writeAttribute(QStringLiteral("fill"),
                           isPrimary ? QStringLiteral("#e3f0ff") : QStringLiteral("#f2f2f2"));
        xml.writeAttribute(QStringLiteral("stroke"),
                           isPrimary ? QStringLiteral("#1f5fbf") : QStringLiteral("#777777"));
        xml.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("2"));
        xml.writeStartElement(QStringLiteral("text"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("datacenter"));
        xml.writeAttribute(QStringLiteral("x"), QStringLiteral("12"));
        xml.writeAttribute(QStringLiteral("y"), QStringLiteral("24"));
        xml.writeAttribute(QStringLiteral("font-size"), QStringLiteral("14"));
        xml.writeAttribute(QStringLiteral("font-weight"), QStringLiteral("bold"));
        xml.writeCharacters(printable(dc.datacenter) +
                            (isPrimary ? QStringLiteral(" (primary)") : QStringLiteral("")));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("text"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("context"));
        xml.writeAttribute(QStringLiteral("x"), QStringLiteral("12"));
        xml.writeAttribute(QStringLiteral("y"), QStringLiteral("46"));
        xml.writeAttribute(QStringLiteral("font-size"), QStringLiteral("12"));
        xml.writeAttribute(QStringLiteral("font-family"), QStringLiteral("monospace"));
        xml.writeCharacters(printable(dc.context));
        xml.writeEndElement();
        xml.writeEndElement(); // g
    };
    writeBox(m_plan.primary, primaryBox, true);
    for (int i = 0; i < secondaries; ++i)
        writeBox(m_plan.secondaries.at(i), boxes[i], false);

    xml.writeStartElement(QStringLiteral("text"));
    xml.writeAttribute(QStringLiteral("x"), QString::number(Margin));
    xml.writeAttribute(QStringLiteral("y"), QString::number(height - Margin - 4));
    xml.writeAttribute(QStringLiteral("font-size"), QStringLiteral("12"));
    xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("#444444"));
    xml.writeCharacters(QStringLiteral("Mesh gateways: %1, mode %2. ACLs %3, gossip encryption %4.")
                            .arg(HelmValues::serviceTypeName(m_plan.meshGatewayServiceType),
                                 HelmValues::meshGatewayModeName(m_plan.meshGatewayMode),
                                 onOff(m_plan.acls), onOff(m_plan.gossipEncryption)));
    xml.writeEndElement();

    xml.writeEndElement(); // svg
    xml.writeEndDocument();
    return svg;
}
