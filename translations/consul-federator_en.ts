<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/CheckCommand.cpp" line="110"/>
        <source>%n values file(s) checked</source>
        <translation>
            <numerusform>%n values file checked</numerusform>
            <numerusform>%n values files checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CheckCommand.cpp" line="115"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CheckCommand.cpp" line="117"/>
        <location filename="../src/cli/CheckCommand.cpp" line="122"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../src/cli/CommandLine.cpp" line="137"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatacenterHealth</name>
    <message numerus="yes">
        <location filename="../src/core/DatacenterHealth.cpp" line="77"/>
        <source>%1: %2 of %3 servers alive in %n datacenter(s)</source>
        <translation>
            <numerusform>%1: %2 of %3 servers alive in %n datacenter</numerusform>
            <numerusform>%1: %2 of %3 servers alive in %n datacenters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoServeCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/DemoServeCommand.cpp" line="330"/>
        <source>Serving %n simulated cluster(s); press Ctrl+C to stop.</source>
        <translation>
            <numerusform>Serving %n simulated cluster; press Ctrl+C to stop.</numerusform>
            <numerusform>Serving %n simulated clusters; press Ctrl+C to stop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExecPlugin</name>
    <message numerus="yes">
        <location filename="../src/kube/ExecPlugin.cpp" line="31"/>
        <source>the exec plugin &quot;%1&quot; did not finish within %n second(s) and was stopped. It may be waiting for a login in a browser or at a terminal prompt: run &quot;%2&quot; in a terminal once, then try again.</source>
        <translation>
            <numerusform>the exec plugin &quot;%1&quot; did not finish within %n second and was stopped. It may be waiting for a login in a browser or at a terminal prompt: run &quot;%2&quot; in a terminal once, then try again.</numerusform>
            <numerusform>the exec plugin &quot;%1&quot; did not finish within %n seconds and was stopped. It may be waiting for a login in a browser or at a terminal prompt: run &quot;%2&quot; in a terminal once, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/ExportBundleDialog.cpp" line="68"/>
        <source>The federation of primary %1 with %n secondary datacenter(s), as files to review and apply with kubectl and helm.</source>
        <translation>
            <numerusform>The federation of primary %1 with %n secondary datacenter, as files to review and apply with kubectl and helm.</numerusform>
            <numerusform>The federation of primary %1 with %n secondary datacenters, as files to review and apply with kubectl and helm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/ExportBundleDialog.cpp" line="208"/>
        <source>The federation secret, encrypted under a passphrase (%n byte(s)).</source>
        <translation>
            <numerusform>The federation secret, encrypted under a passphrase (%n byte).</numerusform>
            <numerusform>The federation secret, encrypted under a passphrase (%n bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FederationVerification</name>
    <message numerus="yes">
        <location filename="../src/core/FederationVerification.cpp" line="167"/>
        <source>%n datacenter(s) federated: %1 of %2 checks pass</source>
        <translation>
            <numerusform>%n datacenter federated: %1 of %2 checks pass</numerusform>
            <numerusform>%n datacenters federated: %1 of %2 checks pass</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KubeError</name>
    <message numerus="yes">
        <location filename="../src/kube/KubeError.cpp" line="389"/>
        <source>Context &quot;%1&quot;: %2 did not answer within %n second(s). Check your network, VPN or proxy; the cluster may also be overloaded or not reachable from here.</source>
        <translation>
            <numerusform>Context &quot;%1&quot;: %2 did not answer within %n second. Check your network, VPN or proxy; the cluster may also be overloaded or not reachable from here.</numerusform>
            <numerusform>Context &quot;%1&quot;: %2 did not answer within %n seconds. Check your network, VPN or proxy; the cluster may also be overloaded or not reachable from here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpgradeValuesCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/UpgradeValuesCommand.cpp" line="168"/>
        <source>%n key(s) changed; written to %1.</source>
        <translation>
            <numerusform>%n key changed; written to %1.</numerusform>
            <numerusform>%n keys changed; written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WanMembership</name>
    <message numerus="yes">
        <location filename="../src/core/WanMembership.cpp" line="273"/>
        <source>%n values, but the header has %1 columns.</source>
        <translation>
            <numerusform>%n value, but the header has %1 columns.</numerusform>
            <numerusform>%n values, but the header has %1 columns.</numerusform>
        </translation>
    </message>
</context>
</TS>
