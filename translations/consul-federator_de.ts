<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AclReplication</name>
    <message>
        <location filename="../src/core/AclReplication.cpp" line="+20"/>
        <source>The ACL replication status is not a JSON object.</source>
        <translation>Der Status der ACL-Replikation ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not replicating ACLs (a primary, or ACL replication is off).</source>
        <translation>ACLs werden nicht repliziert (ein primäres Rechenzentrum, oder die ACL-Replikation ist aus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACL replication from %1 is enabled but not running.</source>
        <translation>Die ACL-Replikation von %1 ist aktiviert, läuft aber nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACL replication from %1 is enabled but not running: %2</source>
        <translation>Die ACL-Replikation von %1 ist aktiviert, läuft aber nicht: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replicating %1 from %2; the last attempt failed: %3</source>
        <translation>Replikation von %1 aus %2; der letzte Versuch ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replicating %1 from %2, index %3, last success %4.</source>
        <translation>Replikation von %1 aus %2, Index %3, zuletzt erfolgreich %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replicating %1 from %2.</source>
        <translation>Replikation von %1 aus %2.</translation>
    </message>
</context>
<context>
    <name>ApiFaultSpec</name>
    <message>
        <location filename="../src/demo/ApiFaultSpec.cpp" line="+35"/>
        <source>the fault &quot;%1&quot; is not CLUSTER:REQUESTS:FAULT[:TIMES], e.g. dc2:POST/secrets:503:1.</source>
        <translation>die Störung &quot;%1&quot; hat nicht die Form CLUSTER:REQUESTS:FAULT[:TIMES], z. B. dc2:POST/secrets:503:1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the fault &quot;%1&quot; names the cluster &quot;%2&quot;; use dc1, dc2, ... or *.</source>
        <translation>die Störung &quot;%1&quot; nennt den Cluster &quot;%2&quot;; verwenden Sie dc1, dc2, ... oder *.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the fault &quot;%1&quot; selects requests by &quot;%2&quot;; use *, a resource (secrets), a method (GET, POST, PUT, PATCH, DELETE), both (POST/secrets) or a path prefix (/version).</source>
        <translation>die Störung &quot;%1&quot; wählt Anfragen nach &quot;%2&quot; aus; verwenden Sie *, eine Ressource (secrets), eine Methode (GET, POST, PUT, PATCH, DELETE), beides (POST/secrets) oder einen Pfadanfang (/version).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the fault &quot;%1&quot; asks for &quot;%2&quot;; use 401, 403, 404, 409, 429, 500 or 503 (each with an optional =SECONDS of Retry-After), slow=MS, hang, reset, truncate, wrong-host or expired.</source>
        <translation>die Störung &quot;%1&quot; verlangt &quot;%2&quot;; verwenden Sie 401, 403, 404, 409, 429, 500 oder 503 (jeweils wahlweise mit =SEKUNDEN für Retry-After), slow=MS, hang, reset, truncate, wrong-host oder expired.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the fault &quot;%1&quot; has TIMES &quot;%2&quot;; use a number from 1, or leave it out for every matching request.</source>
        <translation>die Störung &quot;%1&quot; hat TIMES &quot;%2&quot;; verwenden Sie eine Zahl ab 1, oder lassen Sie es weg für alle passenden Anfragen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the fault &quot;%1&quot; is about the server certificate, which every connection gets: write it as CLUSTER:*:%2.</source>
        <translation>die Störung &quot;%1&quot; betrifft das Serverzertifikat, das jede Verbindung erhält: schreiben Sie sie als CLUSTER:*:%2.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>CLUSTER:REQUESTS:FAULT[:TIMES]. CLUSTER: dc2, or * for all. REQUESTS: *, a resource (secrets), a method (POST), both (POST/secrets) or a path prefix (/version). FAULT: 401, 403, 404, 409, 500, 503 (=SECONDS adds Retry-After), 429 (Retry-After: 1 unless =SECONDS), slow=MS, hang, reset (connection reset half-way through the body), truncate (JSON body cut in half), wrong-host or expired (server certificate; REQUESTS * only). TIMES: how many matching requests; omitted, all. Example: dc2:POST/secrets:503:1.</source>
        <translation>CLUSTER:REQUESTS:FAULT[:TIMES]. CLUSTER: dc2, oder * für alle. REQUESTS: *, eine Ressource (secrets), eine Methode (POST), beides (POST/secrets) oder ein Pfadanfang (/version). FAULT: 401, 403, 404, 409, 500, 503 (=SEKUNDEN fügt Retry-After hinzu), 429 (Retry-After: 1, außer mit =SEKUNDEN), slow=MS, hang, reset (Verbindung mitten im Body zurückgesetzt), truncate (JSON-Body in der Mitte abgeschnitten), wrong-host oder expired (Serverzertifikat; nur mit REQUESTS *). TIMES: wie viele passende Anfragen; weggelassen: alle. Beispiel: dc2:POST/secrets:503:1.</translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <location filename="../src/cli/ApplyCommand.cpp" line="+72"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Federate the plan&apos;s datacenters for real: install or upgrade Consul in each with Helm (the primary first, then the secondaries in parallel), copy the federation secret from the primary to each secondary in memory, create ProxyDefaults, and verify federation both ways. Each step is skipped when it is done already, so running apply again after a failure goes on where it stopped.

Exit codes: 0 federated and verified; 1 a step failed; 2 a usage error, or changes refused (no --yes and no terminal to ask on); 130 interrupted (Ctrl+C cancels the step under way).</source>
        <translation>Föderiert die Rechenzentren des Plans tatsächlich: installiert Consul mit Helm in jedem oder führt ein Upgrade aus (zuerst das primäre Rechenzentrum, dann die sekundären parallel), kopiert das Föderations-Secret im Speicher vom primären in jedes sekundäre Rechenzentrum, legt ProxyDefaults an und verifiziert die Föderation in beide Richtungen. Jeder Schritt wird übersprungen, wenn er bereits erledigt ist; ein erneuter Aufruf von apply nach einem Fehler macht also dort weiter, wo er aufgehört hat.

Exit-Codes: 0 föderiert und verifiziert; 1 ein Schritt ist fehlgeschlagen; 2 ein Aufruffehler oder Änderungen abgelehnt (kein --yes und kein Terminal zum Nachfragen); 130 unterbrochen (Ctrl+C bricht den laufenden Schritt ab).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print the steps and every change as a diff, and change nothing.</source>
        <translation>Gibt die Schritte und jede Änderung als Diff aus und ändert nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply without asking (also replaces a secondary&apos;s copy of the federation secret that differs from the primary&apos;s).</source>
        <translation>Wendet an, ohne nachzufragen (ersetzt auch die Kopie des Föderations-Secrets in einem sekundären Rechenzentrum, wenn sie von der des primären abweicht).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The helm program to run (default: helm on PATH, the login shell&apos;s PATH or the usual places).</source>
        <translation>Das auszuführende Helm-Programm (Standard: helm im PATH, im PATH der Login-Shell oder an den üblichen Orten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print Helm&apos;s output and the waits&apos; progress.</source>
        <translation>Gibt die Ausgabe von Helm und den Fortschritt der Wartevorgänge aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long each wait (for the primary, ProxyDefaults, federation) may take, in seconds (default: 900).</source>
        <translation>Wie lange jeder Wartevorgang (auf das primäre Rechenzentrum, ProxyDefaults, die Föderation) dauern darf, in Sekunden (Standard: 900).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--timeout takes a number of seconds, not &quot;%1&quot;.</source>
        <translation>--timeout erwartet eine Anzahl von Sekunden, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run: every release is up to date; nothing was changed.</source>
        <translation>Probelauf: jedes Release ist aktuell; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>apply changes the clusters; give --yes to apply without asking (standard input is not a terminal to ask on).</source>
        <translation>apply ändert die Cluster; geben Sie --yes an, um ohne Nachfrage anzuwenden (die Standardeingabe ist kein Terminal, auf dem nachgefragt werden kann).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply these steps?</source>
        <translation>Diese Schritte anwenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Interrupted; run apply again to go on where it stopped.</source>
        <translation>Unterbrochen; führen Sie apply erneut aus, um dort weiterzumachen, wo es aufgehört hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not federated; fix the failed step and run apply again to go on where it stopped.</source>
        <translation>nicht föderiert; beheben Sie den fehlgeschlagenen Schritt und führen Sie apply erneut aus, um dort weiterzumachen, wo es aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>ApplyController</name>
    <message>
        <location filename="../src/gui/ApplyController.cpp" line="+125"/>
        <source>The plan changed while it is being applied; its apply plan opens once this apply has finished.</source>
        <translation>Der Plan wurde geändert, während er angewendet wird; die Schritte zum Anwenden des geänderten Plans werden angezeigt, sobald dieser Durchlauf abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make a datacenter the primary first (Ctrl+Shift+P), then federate others with it.</source>
        <translation>Machen Sie zuerst ein Rechenzentrum zum primären (Strg+Umschalt+P) und föderieren Sie dann andere damit.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The plan is applied. %1</source>
        <translation>Der Plan ist angewendet. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying the plan stopped; the Federation tab says why.</source>
        <translation>Das Anwenden des Plans wurde beendet; die Registerkarte Föderation nennt den Grund.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the helm program</source>
        <translation>Helm-Programm wählen</translation>
    </message>
</context>
<context>
    <name>ApplyPanel</name>
    <message>
        <location filename="../forms/ApplyPanel.ui" line="+5"/>
        <source>Applying the plan</source>
        <translation>Anwenden des Plans</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step of applying the plan, with its state and time. Select one to see its log.</source>
        <translation>Jeder Schritt beim Anwenden des Plans, mit Zustand und Zeit. Wählen Sie einen aus, um sein Protokoll zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../src/gui/ApplyPanel.cpp" line="+83"/>
        <source>Show &amp;log</source>
        <translation>Protoko&amp;ll anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helm&apos;s output and the waits&apos; progress for the selected step</source>
        <translation>Ausgabe von Helm und Fortschritt der Wartevorgänge für den ausgewählten Schritt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply &amp;Plan…</source>
        <translation>&amp;Plan anwenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what applying the plan would do, then apply it (Ctrl+Return)</source>
        <translation>Anzeigen, was das Anwenden des Plans bewirken würde, und ihn dann anwenden (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the steps under way; Retry goes on from there</source>
        <translation>Die laufenden Schritte anhalten; „Erneut versuchen“ macht dort weiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run again what failed or was cancelled, and what came after it; what is done stays done</source>
        <translation>Erneut ausführen, was fehlgeschlagen ist oder abgebrochen wurde, und was danach kam; Erledigtes bleibt erledigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step log</source>
        <translation>Schrittprotokoll</translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyPanel.cpp" line="-65"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to date</source>
        <translation>bereits aktuell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Hide &amp;log</source>
        <translation>Protoko&amp;ll ausblenden</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Federated, as the live WAN membership shows: %1. Nothing was applied in this session; Apply Plan… (Ctrl+Return) checks every step and verifies both ways.</source>
        <translation>Föderiert, wie die aktuelle WAN-Mitgliedschaft zeigt: %1. In dieser Sitzung wurde nichts angewendet; Plan anwenden… (Strg+Eingabe) prüft jeden Schritt und verifiziert in beide Richtungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not federated yet: %1. Apply the plan (Ctrl+Return) to install or upgrade Consul, move the federation secret in memory and verify federation.</source>
        <translation>Noch nicht föderiert: %1. Wenden Sie den Plan an (Strg+Eingabe), um Consul zu installieren oder zu aktualisieren, das Föderations-Secret im Speicher zu übertragen und die Föderation zu verifizieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No federation yet: make a datacenter the primary, then drag others onto it.</source>
        <translation>Noch keine Föderation: machen Sie ein Rechenzentrum zum primären und ziehen Sie dann andere darauf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Primary %1. Drag a datacenter onto it to federate it, or apply the plan as it is (Ctrl+Return).</source>
        <translation>Primäres Rechenzentrum %1. Ziehen Sie ein Rechenzentrum darauf, um es zu föderieren, oder wenden Sie den Plan so an, wie er ist (Ctrl+Return).</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Nothing applied yet. Apply the plan (Ctrl+Return) to install Consul, move the federation secret in memory and verify federation.</source>
        <translation>Noch nichts angewendet. Wenden Sie den Plan an (Ctrl+Return), um Consul zu installieren, das Föderations-Secret im Speicher zu übertragen und die Föderation zu verifizieren.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Applying… %1 of %2 steps done</source>
        <translation>Wird angewendet… %1 von %2 Schritten erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled after %1 of %2 steps; Retry goes on from there.</source>
        <translation>Abgebrochen nach %1 von %2 Schritten; „Erneut versuchen“ macht dort weiter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Federated: verified both ways. %1</source>
        <translation>Föderiert: in beide Richtungen verifiziert. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1 of %2 steps</source>
        <translation>Erledigt: %1 von %2 Schritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready: %1 steps to run</source>
        <translation>Bereit: %1 Schritte stehen aus</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Replace the federation secret?</source>
        <translation>Föderations-Secret ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

What the copy holds now is lost.</source>
        <translation>%1

Was die Kopie jetzt enthält, geht verloren.</translation>
    </message>
</context>
<context>
    <name>ApplyPlan</name>
    <message>
        <location filename="../src/core/ApplyPlan.cpp" line="+35"/>
        <source>%1 (context %2)</source>
        <translation>%1 (Kontext %2)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Install Consul in %1 (release %2, namespace %3)</source>
        <translation>Consul in %1 installieren (Release %2, Namespace %3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Consul in %1 is up to date (revision %2)</source>
        <translation>Consul in %1 ist aktuell (Revision %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade Consul in %1 from revision %2 (release %3, namespace %4)</source>
        <translation>Consul in %1 ab Revision %2 aktualisieren (Release %3, Namespace %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upgrade Consul in %1 from revision %2, which is %3 (release %4, namespace %5)</source>
        <translation>Consul in %1 ab Revision %2 aktualisieren, deren Status %3 ist (Release %4, Namespace %5)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wait for %1&apos;s mesh gateway and federation secret</source>
        <translation>Auf das Mesh-Gateway und das Föderations-Secret von %1 warten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the federation secret to %1</source>
        <translation>Das Föderations-Secret nach %1 kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create ProxyDefaults in %1 and wait until synced</source>
        <translation>ProxyDefaults in %1 anlegen und auf die Synchronisierung warten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify federation both ways</source>
        <translation>Föderation in beide Richtungen verifizieren</translation>
    </message>
</context>
<context>
    <name>ApplyPlanDialog</name>
    <message>
        <location filename="../forms/ApplyPlanDialog.ui" line="+6"/>
        <source>Apply the federation plan</source>
        <translation>Föderationsplan anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The steps applying the plan takes, before anything runs. Ctrl+Return applies, Escape cancels.</source>
        <translation>Die Schritte, die das Anwenden des Plans umfasst, bevor etwas ausgeführt wird. Ctrl+Return wendet an, Escape bricht ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What applying the plan does, in this order. Nothing has changed yet.</source>
        <translation>Was das Anwenden des Plans bewirkt, in dieser Reihenfolge. Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading installed releases</source>
        <translation>Installierte Releases werden gelesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading installed releases…</source>
        <translation>Installierte Releases werden gelesen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the installed releases again</source>
        <translation>Die installierten Releases erneut lesen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a Helm step to see what changes in its values.</source>
        <translation>Wählen Sie einen Helm-Schritt aus, um zu sehen, was sich an seinen Werten ändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changes to the values</source>
        <translation>Änderungen an den Werten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Installed values</source>
        <translation>Installierte Werte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Planned values</source>
        <translation>Geplante Werte</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose &amp;Helm Program…</source>
        <translation>&amp;Helm-Programm wählen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without changing anything (Esc)</source>
        <translation>Schließen, ohne etwas zu ändern (Esc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/gui/ApplyPlanDialog.cpp" line="+175"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the steps (Ctrl+Return)</source>
        <translation>Die Schritte ausführen (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyPlanDialog.cpp" line="-142"/>
        <source>up to date</source>
        <translation>bereits aktuell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes existing</source>
        <translation>ändert Bestehendes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new install</source>
        <translation>Neuinstallation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>helm upgrade --install with these values on its standard input; nothing of the release exists yet.</source>
        <translation>helm upgrade --install mit diesen Werten auf der Standardeingabe; vom Release existiert noch nichts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision %1 is deployed with exactly these values; Helm is not run.</source>
        <translation>Revision %1 ist mit genau diesen Werten bereitgestellt; Helm wird nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>helm upgrade of revision %1 (%2, chart %3): the installed values with federation&apos;s keys laid over them.</source>
        <translation>helm upgrade von Revision %1 (%2, Chart %3): die installierten Werte, mit den Schlüsseln der Föderation darübergelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waits until the primary&apos;s servers run, its mesh gateway has an address and the chart has made the federation secret.</source>
        <translation>Wartet, bis die Server des primären Rechenzentrums laufen, sein Mesh-Gateway eine Adresse hat und das Chart das Föderations-Secret angelegt hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The federation secret goes from the primary to %1 in memory only; an identical copy is left alone, a different one is replaced only if you say so.</source>
        <translation>Das Föderations-Secret gelangt nur im Speicher vom primären Rechenzentrum nach %1; eine identische Kopie bleibt unverändert, eine abweichende wird nur mit Ihrer Zustimmung ersetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ProxyDefaults &quot;global&quot; with the plan&apos;s mesh gateway mode, then waits until Consul has synced it.</source>
        <translation>ProxyDefaults &quot;global&quot; mit dem Mesh-Gateway-Modus des Plans, dann Warten, bis Consul es synchronisiert hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WAN membership, ACL replication and catalog reads, from every datacenter to every other.</source>
        <translation>WAN-Mitgliedschaft, ACL-Replikation und Katalog-Lesezugriffe, von jedem Rechenzentrum auf jedes andere.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The installed releases could not be read, so nothing can be applied yet:
%1</source>
        <translation>Die installierten Releases konnten nicht gelesen werden, daher kann noch nichts angewendet werden:
%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>release %1 in %2 (revision %3, %4)</source>
        <translation>Release %1 in %2 (Revision %3, %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applying changes the releases running now: %1. Helm upgrades each in place with the planned values; its previous revision stays for helm rollback.</source>
        <translation>Das Anwenden ändert, was jetzt läuft: %1. Helm aktualisiert jedes an Ort und Stelle mit den geplanten Werten; die vorherige Revision bleibt für helm rollback erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Upgrade and Apply</source>
        <translation>&amp;Aktualisieren und anwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing that exists changes: each release above is new or up to date already.</source>
        <translation>Nichts Bestehendes ändert sich: Jedes Release oben ist neu oder bereits aktuell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every release is up to date; applying only checks the rest and verifies.</source>
        <translation>Jedes Release ist aktuell; das Anwenden prüft nur den Rest und verifiziert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Select a step to see what it does.</source>
        <translation>Wählen Sie einen Schritt aus, um zu sehen, was er tut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Planned values (helm&apos;s standard input)</source>
        <translation>Geplante Werte (Standardeingabe von helm)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No change: the values are those installed.</source>
        <translation>Keine Änderung: die Werte sind die installierten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Installed values (revision %1, %2)</source>
        <translation>Installierte Werte (Revision %1, %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source># There is no client for context %1.</source>
        <translation># Es gibt keinen Client für Kontext %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source># Reading…</source>
        <translation># Wird gelesen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Looking for Helm…</source>
        <translation>Helm wird gesucht…</translation>
    </message>
</context>
<context>
    <name>ApplyStepTree</name>
    <message>
        <location filename="../src/gui/ApplyStepTree.cpp" line="+33"/>
        <source>Primary %1</source>
        <translation>Primäres Rechenzentrum %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secondary %1</source>
        <translation>Sekundäres Rechenzentrum %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every datacenter</source>
        <translation>Alle Rechenzentren</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <location filename="../src/core/Bootstrap.cpp" line="+36"/>
        <source>The secure memory for secrets could not be locked into RAM; secrets may be swapped to disk. Raise the memlock limit (ulimit -l).</source>
        <translation>Der geschützte Speicher für Secrets konnte nicht im RAM gesperrt werden; Secrets können auf die Festplatte ausgelagert werden. Erhöhen Sie das memlock-Limit (ulimit -l).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure memory for secrets could not be set up; secrets will not be handled in this session.</source>
        <translation>Der geschützte Speicher für Secrets konnte nicht eingerichtet werden; in dieser Sitzung werden keine Secrets verarbeitet.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <location filename="../src/core/BundleWriter.cpp" line="+54"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+17"/>
        <source>cannot create directory %1</source>
        <translation>Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot make the archive (%1): %2</source>
        <translation>das Archiv kann nicht erstellt werden (%1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of memory</source>
        <translation>kein Speicher mehr verfügbar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a folder is not an archive</source>
        <translation>ein Ordner ist kein Archiv</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <location filename="../src/gui/CanvasView.cpp" line="+44"/>
        <source>Selected: %1.</source>
        <translation>Ausgewählt: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No datacenter selected.</source>
        <translation>Kein Rechenzentrum ausgewählt.</translation>
    </message>
</context>
<context>
    <name>ChartValues</name>
    <message>
        <location filename="../src/core/ChartValues.cpp" line="+36"/>
        <source>%1 is a directory, not a chart values file</source>
        <translation>%1 ist ein Verzeichnis, keine Werte-Datei eines Charts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is over %2 MiB; that is no chart values file</source>
        <translation>%1 ist größer als %2 MiB; das ist keine Werte-Datei eines Charts</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a chart&apos;s values file must be a mapping of keys</source>
        <translation>die Werte-Datei eines Charts muss eine Zuordnung von Schlüsseln sein</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../src/cli/CheckCommand.cpp" line="+41"/>
        <source>Check the Helm values files of the datacenters of one federation, one file per datacenter, against the WAN federation procedure: the settings federation needs, one primary, names, ACLs and gossip encryption that agree, and with --chart-values the keys the chart knows.</source>
        <translation>Prüft die Helm-Werte-Dateien der Rechenzentren einer Föderation, eine Datei pro Rechenzentrum, gegen das Verfahren der WAN-Föderation: die Einstellungen, die die Föderation braucht, genau ein primäres Rechenzentrum, übereinstimmende Namen, ACLs und Gossip-Verschlüsselung, und mit --chart-values die Schlüssel, die das Chart kennt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chart&apos;s values.yaml (as `helm show values hashicorp/consul` prints it), to report keys the chart does not know and to take its defaults.</source>
        <translation>Die values.yaml des Charts (wie `helm show values hashicorp/consul` sie ausgibt), um Schlüssel zu melden, die das Chart nicht kennt, und seine Standardwerte zu übernehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --chart-values, what a key the chart does not know is: error (the default), since Helm ignores it and a typo silently drops the setting, or warn.</source>
        <translation>Mit --chart-values, was ein Schlüssel ist, den das Chart nicht kennt: error (der Standard), da Helm ihn ignoriert und ein Tippfehler die Einstellung stillschweigend verwirft, oder warn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error|warn</source>
        <translation>error|warn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VALUES</source>
        <translation>WERTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Helm values files, one per datacenter.</source>
        <translation>Helm-Werte-Dateien, eine pro Rechenzentrum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUES...</source>
        <translation>WERTE...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error: no values files given; name one per datacenter</source>
        <translation>Fehler: keine Werte-Dateien angegeben; geben Sie eine pro Rechenzentrum an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage: consul-federator check [--chart-values FILE [--unknown-keys=error|warn]] VALUES...</source>
        <translation>Aufruf: consul-federator check [--chart-values DATEI [--unknown-keys=error|warn]] WERTE...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--unknown-keys must be error or warn, not &quot;%1&quot;.</source>
        <translation>--unknown-keys muss error oder warn sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n values file(s) checked</source>
        <translation>
            <numerusform>%n Werte-Datei geprüft</numerusform>
            <numerusform>%n Werte-Dateien geprüft</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+5"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1: no errors, %2.</source>
        <translation>%1: keine Fehler, %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no problems.</source>
        <translation>%1: keine Probleme.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/Cli.cpp" line="+27"/>
        <source>Commands:
  apply      Federate a plan for real: Helm installs or upgrades, the secret, ProxyDefaults, verification
  check      Check the Helm values files of a federation, one per datacenter
  contexts   List kubeconfig contexts as kubectl merges them (--json for JSON)
  demo       demo serve: simulated clusters dc1...dcN for kubectl and --demo; demo helm: the helm command line that installs Consul in them
  export     Write a plan&apos;s config bundle: values, ProxyDefaults, install and verify scripts
  members    WAN members of Consul datacenters, as consul members -wan shows them
  transfer-secret  Copy the federation secret from the primary to secondaries, in memory
  unseal-secret  Create a sealed federation secret in a secondary&apos;s cluster
  upgrade-values  Lay a plan&apos;s federation keys over an installed release&apos;s values
  verify     Check that a plan&apos;s datacenters are federated, both ways
</source>
        <translation>Befehle:
  apply      Einen Plan tatsächlich föderieren: Helm-Installationen oder -Upgrades, das Secret, ProxyDefaults, Verifizierung
  check      Die Helm-Werte-Dateien einer Föderation prüfen, eine pro Rechenzentrum
  contexts   Kubeconfig-Kontexte auflisten, wie kubectl sie zusammenführt (--json für JSON)
  demo       demo serve: simulierte Cluster dc1...dcN für kubectl und --demo; demo helm: die helm-Befehlszeile, die Consul darin installiert
  export     Das Konfigurations-Bundle eines Plans schreiben: Werte, ProxyDefaults, Installations- und Verifizierungsskripte
  members    WAN-Mitglieder von Consul-Rechenzentren, wie consul members -wan sie anzeigt
  transfer-secret  Das Föderations-Secret im Speicher vom primären in die sekundären Rechenzentren kopieren
  unseal-secret  Ein versiegeltes Föderations-Secret im Cluster eines sekundären Rechenzentrums anlegen
  upgrade-values  Die Föderationsschlüssel eines Plans über die Werte eines installierten Release legen
  verify     Prüfen, ob die Rechenzentren eines Plans föderiert sind, in beide Richtungen
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="+24"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 is given more than once.</source>
        <translation>--%1 ist mehr als einmal angegeben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read %1: it is a directory</source>
        <translation>%1 kann nicht gelesen werden: es ist ein Verzeichnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1: over %2 MiB</source>
        <translation>%1 kann nicht gelesen werden: größer als %2 MiB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kubeconfig files to use, &apos;:&apos;-separated (default: $KUBECONFIG, else ~/.kube/config).</source>
        <translation>Zu verwendende Kubeconfig-Dateien, durch &apos;:&apos; getrennt (Standard: $KUBECONFIG, sonst ~/.kube/config).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATHLIST</source>
        <translation>PFADLISTE</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the kubeconfig has no contexts</source>
        <translation>die Kubeconfig hat keine Kontexte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>available: %1</source>
        <translation>verfügbar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>context &quot;%1&quot; is not in the kubeconfig (%2).</source>
        <translation>Kontext &quot;%1&quot; ist nicht in der Kubeconfig (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>context &quot;%1&quot; refers to cluster &quot;%2&quot;, which is not in the kubeconfig.</source>
        <translation>Kontext &quot;%1&quot; verweist auf Cluster &quot;%2&quot;, der nicht in der Kubeconfig steht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cluster &quot;%1&quot; of context &quot;%2&quot; has no server URL.</source>
        <translation>Cluster &quot;%1&quot; von Kontext &quot;%2&quot; hat keine Server-URL.</translation>
    </message>
</context>
<context>
    <name>ConfigBundle</name>
    <message>
        <location filename="../src/core/ConfigBundle.cpp" line="+172"/>
        <source>The plan has no primary datacenter.</source>
        <translation>Der Plan hat kein primäres Rechenzentrum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan has no secondary datacenter: federation needs at least one.</source>
        <translation>Der Plan hat kein sekundäres Rechenzentrum: eine Föderation braucht mindestens eines.</translation>
    </message>
</context>
<context>
    <name>ConsulApi</name>
    <message>
        <location filename="../src/kube/ConsulApi.cpp" line="+123"/>
        <source>Context &quot;%1&quot;: the Service %2 in namespace %3 has neither Consul&apos;s https port (8501) nor its http port (8500).</source>
        <translation>Kontext &quot;%1&quot;: der Service %2 im Namespace %3 hat weder den https-Port von Consul (8501) noch dessen http-Port (8500).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context &quot;%1&quot;: no Consul here: there is no Service %2 in namespace %3. Is Consul installed with this release name and namespace?</source>
        <translation>Kontext &quot;%1&quot;: hier gibt es kein Consul: im Namespace %3 gibt es keinen Service %2. Ist Consul mit diesem Release-Namen und Namespace installiert?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the secret %1 has no key &quot;token&quot;.</source>
        <translation>das Secret %1 hat keinen Schlüssel &quot;token&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the key &quot;token&quot; of the secret %1 is not base64.</source>
        <translation>der Schlüssel „token“ des Secrets %1 ist kein Base64.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no secret %1 in namespace %2 (are ACLs off?).</source>
        <translation>im Namespace %2 gibt es kein Secret %1 (sind die ACLs aus?).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Context &quot;%1&quot;: no Consul release in namespace %2: Consul is not installed here yet. Install it with Helm and this datacenter&apos;s values.</source>
        <translation>Kontext „%1“: kein Consul-Release im Namespace %2: Consul ist hier noch nicht installiert. Installieren Sie es mit Helm und den Werten dieses Rechenzentrums.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Context &quot;%1&quot;: the Helm release %2 in namespace %3 has not created the Service %4 (yet): is it still installing, or another chart or release name?</source>
        <translation>Kontext „%1“: Das Helm-Release %2 im Namespace %3 hat den Service %4 (noch) nicht angelegt: Wird es noch installiert, oder ist es ein anderes Chart oder ein anderer Release-Name?</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 No bootstrap ACL token was sent: %2</source>
        <translation>%1 Es wurde kein Bootstrap-ACL-Token gesendet: %2</translation>
    </message>
</context>
<context>
    <name>ContextsCommand</name>
    <message>
        <location filename="../src/cli/ContextsCommand.cpp" line="+24"/>
        <source>CURRENT</source>
        <translation>AKTUELL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>List kubeconfig contexts, merged with kubectl&apos;s rules; each is a datacenter.</source>
        <translation>Listet die Kubeconfig-Kontexte auf, zusammengeführt nach den Regeln von kubectl; jeder ist ein Rechenzentrum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON instead of a table.</source>
        <translation>Gibt JSON statt einer Tabelle aus.</translation>
    </message>
</context>
<context>
    <name>CredentialKind</name>
    <message>
        <location filename="../src/core/CredentialKind.cpp" line="+8"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token file</source>
        <translation>Token-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth provider</source>
        <translation>Auth-Provider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exec plugin</source>
        <translation>Exec-Plugin</translation>
    </message>
</context>
<context>
    <name>DatacenterHealth</name>
    <message>
        <location filename="../src/core/DatacenterHealth.cpp" line="+26"/>
        <source>Server %1 of %2 is %3.</source>
        <translation>Server %1 von %2 ist %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The primary datacenter %1 is not in the WAN pool.</source>
        <translation>Das primäre Rechenzentrum %1 ist nicht im WAN-Pool.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the catalog of %1 failed: %2</source>
        <translation>Der Katalog von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Consul</source>
        <translation>Kein Consul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not federated</source>
        <translation>Nicht föderiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Federated</source>
        <translation>Föderiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not read yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not federated: %1 of %2 servers alive</source>
        <translation>Nicht föderiert: %1 von %2 Servern aktiv</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %2 of %3 servers alive in %n datacenter(s)</source>
        <translation>
            <numerusform>%1: %2 von %3 Servern aktiv in %n Rechenzentrum</numerusform>
            <numerusform>%1: %2 von %3 Servern aktiv in %n Rechenzentren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatacenterNode</name>
    <message>
        <location filename="../src/gui/DatacenterNode.cpp" line="+24"/>
        <location line="+31"/>
        <source>Context %1 in %2</source>
        <translation>Kontext %1 in %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Context %1 in %2.
Another context is also named %3: each datacenter of a federation needs its own name. Rename one in the Plan tab (or in its Helm values, global.datacenter).</source>
        <translation>Kontext %1 in %2.
Ein anderer Kontext heißt ebenfalls %3: jedes Rechenzentrum einer Föderation braucht einen eigenen Namen. Benennen Sie eines in der Registerkarte Plan um (oder in seinen Helm-Werten, global.datacenter).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>another context has the same name</source>
        <translation>ein anderer Kontext hat denselben Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>federation primary</source>
        <translation>primäres Rechenzentrum der Föderation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>federation secondary</source>
        <translation>sekundäres Rechenzentrum der Föderation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cluster &quot;%1&quot; missing</source>
        <translation>Cluster &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>context namespace %1</source>
        <translation>Namespace des Kontexts: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consul: ns %1, release %2</source>
        <translation>Consul: NS %1, Release %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>TLS not verified</source>
        <translation>TLS nicht verifiziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name used twice</source>
        <translation>Name doppelt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PRIMARY</source>
        <translation>PRIMÄR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDARY</source>
        <translation>SEKUNDÄR</translation>
    </message>
</context>
<context>
    <name>DatacenterProbe</name>
    <message>
        <location filename="../src/kube/DatacenterProbe.cpp" line="+86"/>
        <source>Context &quot;%1&quot;: Consul&apos;s WAN members cannot be read: %2</source>
        <translation>Kontext &quot;%1&quot;: die WAN-Mitglieder von Consul können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DatacenterSelector</name>
    <message>
        <location filename="../src/gui/DatacenterSelector.cpp" line="+9"/>
        <source>Datacenter</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datacenters in the WAN federation, as Consul&apos;s own datacenter menu shows them</source>
        <translation>Rechenzentren in der WAN-Föderation, wie das Rechenzentrumsmenü von Consul sie zeigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No datacenters</source>
        <translation>Keine Rechenzentren</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1  %2/%3 servers</source>
        <translation>%1  %2/%3 Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (primary)</source>
        <translation> (primär)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 of %3 servers alive</source>
        <translation>%1: %2 von %3 Servern aktiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No kubeconfig context holds this datacenter.</source>
        <translation>Kein Kubeconfig-Kontext enthält dieses Rechenzentrum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As seen from context %1.</source>
        <translation>Aus Sicht von Kontext %1.</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <location filename="../src/demo/DemoEnvironment.cpp" line="+94"/>
        <source>%1 has no federation secret %2 in namespace %3.</source>
        <translation>%1 hat kein Föderations-Secret %2 im Namespace %3.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The secure memory for secrets is full; start fewer clusters.</source>
        <translation>Der geschützte Speicher für Secrets ist voll; starten Sie weniger Cluster.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The number of clusters must be from 1 to %1.</source>
        <translation>Die Anzahl der Cluster muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A fault names %1, but the clusters are dc1 to dc%2.</source>
        <translation>Eine Störung nennt %1, aber die Cluster sind dc1 bis dc%2.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>helm upgrade --install %1 in %2: %3</source>
        <translation>helm upgrade --install %1 in %2: %3</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The simulated clusters did not finish installing Consul.</source>
        <translation>Die simulierten Cluster haben die Installation von Consul nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The primary %1 did not create its federation secret.</source>
        <translation>Das primäre Rechenzentrum %1 hat sein Föderations-Secret nicht angelegt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The simulated secondaries did not federate: %1</source>
        <translation>Die simulierten sekundären Rechenzentren haben sich nicht föderiert: %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 exists already.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DemoHelmCommand</name>
    <message>
        <location filename="../src/cli/DemoHelmCommand.cpp" line="+1107"/>
        <source>A double of the helm 3 command line for the simulated clusters of consul-federator demo serve: releases of the consul chart (1.3.0, Consul 1.17.0) are stored as Helm stores them, in Secrets sh.helm.release.v1.&lt;release&gt;.v&lt;revision&gt;, and the simulated cluster installs the chart&apos;s resources from them.

Usage:
  consul-federator demo helm [command]

Available Commands:
  get values  download the values file for a named release
  install     install a chart
  list        list releases
  repo        add or update chart repositories (nothing is downloaded)
  status      display the status of the named release
  upgrade     upgrade a release (--install installs it when missing)
  version     print the Helm version this double follows

Flags:
  -n, --namespace string      namespace scope for this request
      --kube-context string   name of the kubeconfig context to use
      --kubeconfig string     path to the kubeconfig file
</source>
        <translation>A double of the helm 3 command line for the simulated clusters of consul-federator demo serve: releases of the consul chart (1.3.0, Consul 1.17.0) are stored as Helm stores them, in Secrets sh.helm.release.v1.&lt;release&gt;.v&lt;revision&gt;, and the simulated cluster installs the chart&apos;s resources from them.

Usage:
  consul-federator demo helm [command]

Available Commands:
  get values  download the values file for a named release
  install     install a chart
  list        list releases
  repo        add or update chart repositories (nothing is downloaded)
  status      display the status of the named release
  upgrade     upgrade a release (--install installs it when missing)
  version     print the Helm version this double follows

Flags:
  -n, --namespace string      namespace scope for this request
      --kube-context string   name of the kubeconfig context to use
      --kubeconfig string     path to the kubeconfig file
</translation>
    </message>
</context>
<context>
    <name>DemoServeCommand</name>
    <message>
        <location filename="../src/cli/DemoServeCommand.cpp" line="+81"/>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein, nicht &quot;%4&quot;.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot create the directory of %1.</source>
        <translation>das Verzeichnis von %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 exists; remove it or pass --force.</source>
        <translation>%1 existiert; entfernen Sie es oder geben Sie --force an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Usage: consul-federator demo serve --clusters N --kubeconfig-out FILE [--scenario fresh|primary|installed|federated] [--chart-delay-ms MS] [--helm-bin DIR] [--latency-ms MS] [--fault SPEC ...]
       consul-federator demo helm COMMAND [ARGS...]   (upgrade --install, get values, status, list, repo)

Subcommands:
  serve   Serve simulated Kubernetes clusters; Consul arrives only through a Helm release
  helm    The helm 3 command line for them (demo helm --help)
</source>
        <translation>Aufruf: consul-federator demo serve --clusters N --kubeconfig-out DATEI [--scenario fresh|primary|installed|federated] [--chart-delay-ms MS] [--helm-bin VERZEICHNIS] [--latency-ms MS] [--fault SPEC ...]
       consul-federator demo helm BEFEHL [ARGUMENTE...]   (upgrade --install, get values, status, list, repo)

Unterbefehle:
  serve   Simulierte Kubernetes-Cluster bereitstellen; Consul kommt nur mit einem Helm-Release hinein
  helm    Die Befehlszeile von helm 3 für sie (demo helm --help)
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown demo subcommand &quot;%1&quot;; try &quot;demo serve&quot; or &quot;demo helm&quot;.</source>
        <translation>unbekannter demo-Unterbefehl &quot;%1&quot;; versuchen Sie &quot;demo serve&quot; oder &quot;demo helm&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Serve simulated Kubernetes clusters dc1...dcN on 127.0.0.1 until interrupted (SIGINT or SIGTERM). Each has its own CA, TLS API server and users. Consul arrives only through a Helm release of the consul chart (consul-federator demo helm, or a bundle&apos;s install.sh with --helm-bin), and a secondary federates only when its release&apos;s values and secrets would make a real one federate. --scenario picks the starting point: fresh (no Consul), primary (dc1 installed as the federation primary; the default), installed (each cluster a standalone datacenter) or federated (the end state). The kubeconfig written has context dcN with user dcN-admin (client certificate) and the users dcN-token (bearer token), dcN-viewer (read-only client certificate) and dcN-basic (username and password), e.g. kubectl --context dc2 --user dc2-token. It is deleted again on exit.</source>
        <translation>Stellt simulierte Kubernetes-Cluster dc1...dcN auf 127.0.0.1 bereit, bis sie unterbrochen werden (SIGINT oder SIGTERM). Jeder hat seine eigene CA, einen TLS-API-Server und Benutzer. Consul kommt nur mit einem Helm-Release des Charts consul hinein (consul-federator demo helm oder die install.sh eines Bundles mit --helm-bin), und ein sekundäres Rechenzentrum föderiert sich nur, wenn die Werte und Secrets seines Release auch ein echtes föderieren würden. --scenario wählt den Ausgangspunkt: fresh (kein Consul), primary (dc1 als primäres Rechenzentrum der Föderation installiert; der Standard), installed (jeder Cluster ein eigenständiges Rechenzentrum) oder federated (der Endzustand). Die geschriebene Kubeconfig enthält den Kontext dcN mit dem Benutzer dcN-admin (Client-Zertifikat) sowie die Benutzer dcN-token (Bearer-Token), dcN-viewer (schreibgeschütztes Client-Zertifikat) und dcN-basic (Benutzername und Passwort), z. B. kubectl --context dc2 --user dc2-token. Sie wird beim Beenden wieder gelöscht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Number of clusters, 1 to %1 (default: 3).</source>
        <translation>Anzahl der Cluster, 1 bis %1 (Standard: 3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kubeconfig file to write (mode 0600); must not exist unless --force.</source>
        <translation>Zu schreibende Kubeconfig-Datei (Modus 0600); darf ohne --force nicht existieren.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay every API response by MS milliseconds.</source>
        <translation>Verzögert jede API-Antwort um MS Millisekunden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+9"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Time from a secondary&apos;s Consul servers starting to their joining the WAN, once its release&apos;s values and secrets would let a real one join (default: 1500).</source>
        <translation>Zeit vom Start der Consul-Server eines sekundären Rechenzentrums bis zu ihrem WAN-Beitritt, sobald die Werte und Secrets seines Release auch einen echten Beitritt erlauben würden (Standard: 1500).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the clusters start: fresh, primary (default), installed or federated.</source>
        <translation>Womit die Cluster beginnen: fresh, primary (Standard), installed oder federated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time from a Helm release to its Consul servers running (default: 1000); a mesh gateway&apos;s load balancer address takes half as long again.</source>
        <translation>Zeit von einem Helm-Release bis zum Laufen seiner Consul-Server (Standard: 1000); die Adresse des Load Balancers eines Mesh-Gateways braucht danach noch die Hälfte dieser Zeit.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>no Consul</source>
        <translation>kein Consul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consul %1, federation primary</source>
        <translation>Consul %1, primäres Rechenzentrum der Föderation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consul %1, federated with %2</source>
        <translation>Consul %1, föderiert mit %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consul %1</source>
        <translation>Consul %1</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Replace the kubeconfig file when it exists.</source>
        <translation>Ersetzt die Kubeconfig-Datei, wenn sie existiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write DIR/helm, which runs consul-federator demo helm: put DIR first on PATH to run a bundle&apos;s install.sh against the clusters. Deleted again on exit; must not exist unless --force.</source>
        <translation>Schreibt auch VERZEICHNIS/helm, das consul-federator demo helm ausführt: VERZEICHNIS vorn in PATH, und die install.sh eines Bundles läuft gegen die Cluster. Wird beim Beenden wieder gelöscht; darf ohne --force nicht existieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print each API request to stderr: datacenter, user, method, path, status.</source>
        <translation>Gibt jede API-Anfrage auf stderr aus: Rechenzentrum, Benutzer, Methode, Pfad, Status.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the clusters misbehave on purpose; repeat for more faults. SPEC: %1</source>
        <translation>Lässt die Cluster absichtlich fehlerhaft antworten; für mehrere Störungen wiederholen. SPEC: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--kubeconfig-out FILE is required.</source>
        <translation>--kubeconfig-out DATEI ist erforderlich.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown scenario &quot;%1&quot;; use fresh, primary, installed or federated.</source>
        <translation>unbekanntes Szenario &quot;%1&quot;; verwenden Sie fresh, primary, installed oder federated.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot watch for SIGINT and SIGTERM.</source>
        <translation>SIGINT und SIGTERM können nicht überwacht werden.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 joined the WAN federation of %2.</source>
        <translation>%1 ist der WAN-Föderation von %2 beigetreten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not federate: %2</source>
        <translation>%1 wurde nicht föderiert: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fault: %1</source>
        <translation>Störung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubeconfig: %1</source>
        <translation>Kubeconfig: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helm: %1</source>
        <translation>Helm: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Serving %n simulated cluster(s); press Ctrl+C to stop.</source>
        <translation>
            <numerusform>%n simulierter Cluster läuft; Strg+C beendet ihn.</numerusform>
            <numerusform>%n simulierte Cluster laufen; Strg+C beendet sie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../forms/DetailsPanel.ui" line="+5"/>
        <source>Datacenter details</source>
        <translation>Details zum Rechenzentrum</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/gui/DetailsPanel.cpp" line="+33"/>
        <source>Select a datacenter to see its details.</source>
        <translation>Wählen Sie ein Rechenzentrum aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datacenter</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Federation</source>
        <translation>Föderation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credential</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defined in</source>
        <translation>Definiert in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arrow keys move between datacenters, Ctrl+F filters, Ctrl+plus and Ctrl+minus zoom, Ctrl+0 fits everything in view.</source>
        <translation>Pfeiltasten wechseln zwischen Rechenzentren, Strg+F filtert, Strg+Plus und Strg+Minus zoomen, Strg+0 zeigt alles an.</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPanel.cpp" line="+5"/>
        <source>Not in the plan</source>
        <translation>Nicht im Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>%1 — not defined in any kubeconfig file</source>
        <translation>%1 – in keiner Kubeconfig-Datei definiert</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified (insecure-skip-tls-verify)</source>
        <translation>Nicht verifiziert (insecure-skip-tls-verify)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default (not set)</source>
        <translation>default (nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
</context>
<context>
    <name>ExecCredential</name>
    <message>
        <location filename="../src/core/ExecCredential.cpp" line="+49"/>
        <source>the plugin printed %1 bytes; more than %2 MiB is refused</source>
        <translation>das Plugin hat %1 Bytes ausgegeben; mehr als %2 MiB werden abgelehnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the plugin printed nothing; it should print an ExecCredential object in JSON</source>
        <translation>das Plugin hat nichts ausgegeben; es sollte ein ExecCredential-Objekt in JSON ausgeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plugin&apos;s output is not JSON (%1); it should print an ExecCredential object</source>
        <translation>die Ausgabe des Plugins ist kein JSON (%1); es sollte ein ExecCredential-Objekt ausgeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plugin&apos;s output is not a JSON object; it should print an ExecCredential object</source>
        <translation>die Ausgabe des Plugins ist kein JSON-Objekt; es sollte ein ExecCredential-Objekt ausgeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the plugin&apos;s output has no &quot;kind&quot;; expected &quot;ExecCredential&quot;</source>
        <translation>die Ausgabe des Plugins hat kein &quot;kind&quot;; erwartet wird &quot;ExecCredential&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plugin returned kind &quot;%1&quot;; expected &quot;ExecCredential&quot;</source>
        <translation>das Plugin hat kind &quot;%1&quot; zurückgegeben; erwartet wird &quot;ExecCredential&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the kubeconfig asks for apiVersion &quot;%1&quot; but the plugin returned &quot;%2&quot;; set exec.apiVersion to what the plugin speaks</source>
        <translation>die Kubeconfig verlangt apiVersion &quot;%1&quot;, aber das Plugin hat &quot;%2&quot; zurückgegeben; setzen Sie exec.apiVersion auf die Version, die das Plugin spricht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plugin&apos;s ExecCredential has no &quot;status&quot;</source>
        <translation>das ExecCredential des Plugins hat keinen &quot;status&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>status.%1 in the plugin&apos;s output must be a string</source>
        <translation>status.%1 in der Ausgabe des Plugins muss ein String sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the plugin returned status.clientCertificateData without status.clientKeyData</source>
        <translation>das Plugin hat status.clientCertificateData ohne status.clientKeyData zurückgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plugin returned status.clientKeyData without status.clientCertificateData</source>
        <translation>das Plugin hat status.clientKeyData ohne status.clientCertificateData zurückgegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plugin&apos;s status has neither a token nor clientCertificateData and clientKeyData</source>
        <translation>der Status des Plugins enthält weder ein Token noch clientCertificateData und clientKeyData</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>status.expirationTimestamp &quot;%1&quot; is not an RFC 3339 time such as 2024-05-01T10:00:00Z</source>
        <translation>status.expirationTimestamp &quot;%1&quot; ist keine RFC-3339-Zeit wie 2024-05-01T10:00:00Z</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status.expirationTimestamp must be a string</source>
        <translation>status.expirationTimestamp muss ein String sein</translation>
    </message>
</context>
<context>
    <name>ExecPlugin</name>
    <message numerus="yes">
        <location filename="../src/kube/ExecPlugin.cpp" line="+31"/>
        <source>the exec plugin &quot;%1&quot; did not finish within %n second(s) and was stopped. It may be waiting for a login in a browser or at a terminal prompt: run &quot;%2&quot; in a terminal once, then try again.</source>
        <translation>
            <numerusform>das Exec-Plugin &quot;%1&quot; ist nicht innerhalb von %n Sekunde fertig geworden und wurde beendet. Es wartet vielleicht auf eine Anmeldung im Browser oder an einer Terminal-Eingabeaufforderung: führen Sie &quot;%2&quot; einmal in einem Terminal aus und versuchen Sie es dann erneut.</numerusform>
            <numerusform>das Exec-Plugin &quot;%1&quot; ist nicht innerhalb von %n Sekunden fertig geworden und wurde beendet. Es wartet vielleicht auf eine Anmeldung im Browser oder an einer Terminal-Eingabeaufforderung: führen Sie &quot;%2&quot; einmal in einem Terminal aus und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the exec plugin &quot;%1&quot; has no apiVersion in the kubeconfig; set client.authentication.k8s.io/v1 (or v1beta1)</source>
        <translation>das Exec-Plugin &quot;%1&quot; hat in der Kubeconfig keine apiVersion; setzen Sie client.authentication.k8s.io/v1 (oder v1beta1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the exec plugin &quot;%1&quot; asks for apiVersion &quot;%2&quot;, which is not supported; use client.authentication.k8s.io/v1 (or v1beta1)</source>
        <translation>das Exec-Plugin &quot;%1&quot; verlangt apiVersion &quot;%2&quot;, die nicht unterstützt wird; verwenden Sie client.authentication.k8s.io/v1 (oder v1beta1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the exec plugin &quot;%1&quot; needs a terminal (interactiveMode: Always), which a desktop app cannot lend it; run &quot;%2&quot; in a terminal, or set interactiveMode to IfAvailable</source>
        <translation>das Exec-Plugin &quot;%1&quot; braucht ein Terminal (interactiveMode: Always), das eine Desktop-Anwendung ihm nicht bieten kann; führen Sie &quot;%2&quot; in einem Terminal aus oder setzen Sie interactiveMode auf IfAvailable</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Install it, or give its full path as exec.command in the kubeconfig.</source>
        <translation>Installieren Sie es oder geben Sie seinen vollständigen Pfad als exec.command in der Kubeconfig an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the exec plugin %1 does not exist.</source>
        <translation>das Exec-Plugin %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exec plugin &quot;%1&quot; was not found in PATH, in your login shell&apos;s PATH or in %2.</source>
        <translation>das Exec-Plugin &quot;%1&quot; wurde weder im PATH noch im PATH Ihrer Login-Shell noch in %2 gefunden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the exec plugin &quot;%1&quot; could not be started: %2</source>
        <translation>das Exec-Plugin &quot;%1&quot; konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the exec plugin &quot;%1&quot; printed more than %2 MiB and was stopped</source>
        <translation>das Exec-Plugin &quot;%1&quot; hat mehr als %2 MiB ausgegeben und wurde beendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the exec plugin &quot;%1&quot; crashed. %2</source>
        <translation>das Exec-Plugin &quot;%1&quot; ist abgestürzt. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exec plugin &quot;%1&quot; failed with exit code %2 and printed no reason</source>
        <translation>das Exec-Plugin &quot;%1&quot; ist mit dem Exit-Code %2 fehlgeschlagen und hat keinen Grund ausgegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the exec plugin &quot;%1&quot; failed with exit code %2: %3</source>
        <translation>das Exec-Plugin &quot;%1&quot; ist mit dem Exit-Code %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the exec plugin &quot;%1&quot; printed no usable credential: %2</source>
        <translation>das Exec-Plugin &quot;%1&quot; hat keine verwendbaren Anmeldedaten ausgegeben: %2</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../forms/ExportBundleDialog.ui" line="+5"/>
        <location filename="../src/gui/ExportBundleDialog.cpp" line="+248"/>
        <source>Export Config Bundle</source>
        <translation>Konfigurations-Bundle exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export config bundle</source>
        <translation>Konfigurations-Bundle exportieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle format</source>
        <translation>Format des Bundles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write to</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle folder or archive file</source>
        <translation>Bundle-Ordner oder Archivdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files in the bundle</source>
        <translation>Dateien im Bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a file to see its contents.</source>
        <translation>Wählen Sie eine Datei aus, um ihren Inhalt zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents of the selected file</source>
        <translation>Inhalt der ausgewählten Datei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The bundle holds no secret and no kubeconfig credential; install.sh copies the federation secret between clusters through a pipe. The same plan always gives the same bytes.</source>
        <translation>Das Bundle enthält kein Secret und keine Kubeconfig-Anmeldedaten; install.sh kopiert das Föderations-Secret über eine Pipe zwischen den Clustern. Derselbe Plan ergibt immer dieselben Bytes.</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportBundleDialog.cpp" line="-189"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive (.tar.gz)</source>
        <translation>Archiv (.tar.gz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive (.zip)</source>
        <translation>Archiv (.zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The federation of primary %1 with %n secondary datacenter(s), as files to review and apply with kubectl and helm.</source>
        <translation>
            <numerusform>Die Föderation des primären Rechenzentrums %1 mit %n sekundären Rechenzentrum, als Dateien zum Prüfen und Anwenden mit kubectl und helm.</numerusform>
            <numerusform>Die Föderation des primären Rechenzentrums %1 mit %n sekundären Rechenzentren, als Dateien zum Prüfen und Anwenden mit kubectl und helm.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan cannot be exported yet:
%1</source>
        <translation>Der Plan kann noch nicht exportiert werden:
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Executable script</source>
        <translation>Ausführbares Skript</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Choose where to write the bundle.</source>
        <translation>Wählen Sie, wohin das Bundle geschrieben wird.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder for the Bundle</source>
        <translation>Ordner für das Bundle</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Bundle Archive</source>
        <translation>Bundle-Archiv</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>gzip-compressed tar archives (*.tar.gz *.tgz)</source>
        <translation>gzip-komprimierte tar-Archive (*.tar.gz *.tgz)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>zip archives (*.zip)</source>
        <translation>zip-Archive (*.zip)</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>The federation secret, encrypted under a passphrase (%n byte(s)).</source>
        <translation>
            <numerusform>Das Föderations-Secret, verschlüsselt mit einer Passphrase (%n Byte).</numerusform>
            <numerusform>Das Föderations-Secret, verschlüsselt mit einer Passphrase (%n Bytes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 already has files of the same names (%2). Replace them?</source>
        <translation>%1 enthält bereits Dateien mit denselben Namen (%2). Ersetzen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace Files</source>
        <translation>Dateien ersetzen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The bundle was not written: %1</source>
        <translation>Das Bundle wurde nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../src/cli/ExportCommand.cpp" line="+48"/>
        <source>cannot read the federation secret: %1</source>
        <translation>das Föderations-Secret kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>secret &quot;%1&quot; in namespace &quot;%2&quot; of context &quot;%3&quot;: %4</source>
        <translation>Secret &quot;%1&quot; im Namespace &quot;%2&quot; von Kontext &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>secret &quot;%1&quot; of context &quot;%2&quot; is not the federation secret the plan needs, so it is not sealed: %3</source>
        <translation>Secret &quot;%1&quot; von Kontext &quot;%2&quot; ist nicht das Föderations-Secret, das der Plan braucht, und wird daher nicht versiegelt: %3</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>--passphrase-fd takes a file descriptor number, not &quot;%1&quot;.</source>
        <translation>--passphrase-fd erwartet die Nummer eines Dateideskriptors, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The federation secret will be sealed under a passphrase of at least %1 characters; whoever imports it needs the same passphrase.</source>
        <translation>Das Föderations-Secret wird mit einer Passphrase aus mindestens %1 Zeichen versiegelt; wer es importiert, braucht dieselbe Passphrase.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase again: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write a federation plan as a config bundle a colleague can review and apply without this app: the Helm values of every datacenter (values-&lt;datacenter&gt;.yaml), the ProxyDefaults resource (proxy-defaults.yaml), install.sh and verify.sh (bash, kubectl and helm), README.md and topology.svg. --out names a directory, a .tar.gz (or .tgz) or a .zip; the same plan always gives the same bytes. No secret is read or written, unless --seal-secret asks for the primary&apos;s federation secret, sealed under a passphrase (federation-secret.sealed; import it with unseal-secret).</source>
        <translation>Schreibt einen Föderationsplan als Konfigurations-Bundle, das ein Kollege ohne diese Anwendung prüfen und anwenden kann: die Helm-Werte jedes Rechenzentrums (values-&lt;datacenter&gt;.yaml), die ProxyDefaults-Ressource (proxy-defaults.yaml), install.sh und verify.sh (bash, kubectl und helm), README.md und topology.svg. --out nennt ein Verzeichnis, eine .tar.gz- (oder .tgz-) oder eine .zip-Datei; derselbe Plan ergibt immer dieselben Bytes. Kein Secret wird gelesen oder geschrieben, es sei denn, --seal-secret verlangt das Föderations-Secret des primären Rechenzentrums, versiegelt mit einer Passphrase (federation-secret.sealed; importieren Sie es mit unseal-secret).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where to write the bundle: a directory (created when missing), or an archive whose name ends in .tar.gz, .tgz or .zip.</source>
        <translation>Wohin das Bundle geschrieben wird: ein Verzeichnis (wird bei Bedarf angelegt) oder ein Archiv, dessen Name auf .tar.gz, .tgz oder .zip endet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIR|FILE</source>
        <translation>VERZ|DATEI</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Also read the primary&apos;s federation secret (in memory) and add it to the bundle encrypted under a passphrase, as federation-secret.sealed, for secondaries that cannot reach the primary. Asks for the passphrase on the terminal.</source>
        <translation>Liest zusätzlich das Föderations-Secret des primären Rechenzentrums (im Speicher) und fügt es, mit einer Passphrase verschlüsselt, als federation-secret.sealed dem Bundle hinzu, für sekundäre Rechenzentren, die das primäre nicht erreichen. Fragt im Terminal nach der Passphrase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --seal-secret: read the passphrase from file descriptor N (to its end) instead of asking. Never give a passphrase on the command line.</source>
        <translation>Mit --seal-secret: liest die Passphrase aus dem Dateideskriptor N (bis zu seinem Ende), statt nachzufragen. Geben Sie eine Passphrase nie auf der Befehlszeile an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--out DIR (or an archive: FILE.tar.gz, FILE.zip) is required.</source>
        <translation>--out VERZ (oder ein Archiv: DATEI.tar.gz, DATEI.zip) ist erforderlich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--passphrase-fd goes with --seal-secret.</source>
        <translation>--passphrase-fd gehört zu --seal-secret.</translation>
    </message>
</context>
<context>
    <name>FederationPlan</name>
    <message>
        <location filename="../src/core/FederationPlan.cpp" line="+167"/>
        <source>Context &quot;%1&quot; is in the plan more than once.</source>
        <translation>Kontext &quot;%1&quot; ist mehr als einmal im Plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The datacenter name &quot;%1&quot; of context &quot;%2&quot; is not valid: use 1 to 63 lowercase letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation>Der Rechenzentrumsname &quot;%1&quot; von Kontext &quot;%2&quot; ist nicht gültig: verwenden Sie 1 bis 63 Kleinbuchstaben, Ziffern und &apos;-&apos;, beginnend und endend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contexts &quot;%1&quot; and &quot;%2&quot; both use the datacenter name &quot;%3&quot;; each datacenter needs a name of its own.</source>
        <translation>Die Kontexte &quot;%1&quot; und &quot;%2&quot; verwenden beide den Rechenzentrumsnamen &quot;%3&quot;; jedes Rechenzentrum braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Helm release name &quot;%1&quot; of context &quot;%2&quot; is not valid: use at most 53 lowercase letters, digits, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>Der Helm-Release-Name &quot;%1&quot; von Kontext &quot;%2&quot; ist nicht gültig: verwenden Sie höchstens 53 Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The namespace &quot;%1&quot; of context &quot;%2&quot; is not valid: use 1 to 63 lowercase letters, digits and &apos;-&apos;.</source>
        <translation>Der Namespace &quot;%1&quot; von Kontext &quot;%2&quot; ist nicht gültig: verwenden Sie 1 bis 63 Kleinbuchstaben, Ziffern und &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The global.name &quot;%1&quot; of context &quot;%2&quot; is not valid: use 1 to 63 lowercase letters, digits and &apos;-&apos;, or leave it empty.</source>
        <translation>Der global.name &quot;%1&quot; von Kontext &quot;%2&quot; ist nicht gültig: verwenden Sie 1 bis 63 Kleinbuchstaben, Ziffern und &apos;-&apos; oder lassen Sie ihn leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fullnameOverride &quot;%1&quot; of context &quot;%2&quot; is not valid: use 1 to 63 lowercase letters, digits and &apos;-&apos;, or leave it empty.</source>
        <translation>Der fullnameOverride &quot;%1&quot; von Kontext &quot;%2&quot; ist nicht gültig: verwenden Sie 1 bis 63 Kleinbuchstaben, Ziffern und &apos;-&apos; oder lassen Sie ihn leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Context &quot;%1&quot; has no static WAN address for its mesh gateways.</source>
        <translation>Kontext &quot;%1&quot; hat keine statische WAN-Adresse für seine Mesh-Gateways.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contexts &quot;%1&quot; and &quot;%2&quot; both give &quot;%3&quot; as the static WAN address of their mesh gateways; each datacenter&apos;s gateways need their own.</source>
        <translation>Die Kontexte &quot;%1&quot; und &quot;%2&quot; geben beide &quot;%3&quot; als statische WAN-Adresse ihrer Mesh-Gateways an; die Gateways jedes Rechenzentrums brauchen eine eigene.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Context &quot;%1&quot; has no Kubernetes API server URL, which global.federation.k8sAuthMethodHost needs when ACLs are enabled.</source>
        <translation>Kontext &quot;%1&quot; hat keine URL eines Kubernetes-API-Servers, die global.federation.k8sAuthMethodHost braucht, wenn ACLs aktiviert sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Kubernetes API server &quot;%1&quot; of context &quot;%2&quot; is not a full URL such as https://host:6443.</source>
        <translation>Der Kubernetes-API-Server &quot;%1&quot; von Kontext &quot;%2&quot; ist keine vollständige URL wie https://host:6443.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The node port %1 is not a port number.</source>
        <translation>Der Node-Port %1 ist keine Portnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A NodePort mesh gateway Service that gives the WAN address needs a node port (the chart&apos;s meshGateway.service.nodePort cannot be null).</source>
        <translation>Ein NodePort-Mesh-Gateway-Service, der die WAN-Adresse liefert, braucht einen Node-Port (meshGateway.service.nodePort des Charts darf nicht null sein).</translation>
    </message>
</context>
<context>
    <name>FederationSecret</name>
    <message>
        <location filename="../src/core/FederationSecret.cpp" line="+157"/>
        <source>the Secret object is not valid JSON: %1</source>
        <translation>das Secret-Objekt ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Secret object is not a JSON object</source>
        <translation>das Secret-Objekt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the object is a %1, not a Secret</source>
        <translation>das Objekt ist ein %1, kein Secret</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Secret has no metadata.name</source>
        <translation>das Secret hat keinen metadata.name</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the Secret&apos;s data is not a JSON object</source>
        <translation>die data des Secrets sind kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Secret&apos;s data key &quot;%1&quot; is not a valid key</source>
        <translation>der data-Schlüssel &quot;%1&quot; des Secrets ist kein gültiger Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Secret&apos;s data value of %1 is not a string</source>
        <translation>der data-Wert von %1 im Secret ist kein String</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Secret&apos;s data value of %1 is not base64</source>
        <translation>der data-Wert von %1 im Secret ist kein Base64</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it has no %1</source>
        <translation>es hat kein %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its %1 is empty</source>
        <translation>sein %1 ist leer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its caCert is not a PEM X.509 certificate</source>
        <translation>sein caCert ist kein PEM-X.509-Zertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its caCert is not a CA certificate (it lacks basicConstraints CA:TRUE), so it cannot sign Consul server certificates</source>
        <translation>sein caCert ist kein CA-Zertifikat (ihm fehlt basicConstraints CA:TRUE) und kann daher keine Consul-Server-Zertifikate signieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its caCert has expired</source>
        <translation>sein caCert ist abgelaufen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its caKey is not an unencrypted PEM private key</source>
        <translation>sein caKey ist kein unverschlüsselter privater PEM-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its caKey is not the private key of its caCert</source>
        <translation>sein caKey ist nicht der private Schlüssel seines caCert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its serverConfigJSON is not valid JSON: %1</source>
        <translation>sein serverConfigJSON ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its serverConfigJSON is not a JSON object</source>
        <translation>sein serverConfigJSON ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its serverConfigJSON has no primary_datacenter</source>
        <translation>sein serverConfigJSON hat kein primary_datacenter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its serverConfigJSON names &quot;%1&quot; as primary_datacenter, but the plan&apos;s primary datacenter is &quot;%2&quot;</source>
        <translation>sein serverConfigJSON nennt &quot;%1&quot; als primary_datacenter, aber das primäre Rechenzentrum des Plans ist &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its serverConfigJSON has no primary_gateways, so secondaries would not know where to reach the primary</source>
        <translation>sein serverConfigJSON hat keine primary_gateways, sodass sekundäre Rechenzentren nicht wüssten, wo sie das primäre erreichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its serverConfigJSON&apos;s primary_gateways holds an entry that is not a &quot;host:port&quot; string</source>
        <translation>die primary_gateways seines serverConfigJSON enthalten einen Eintrag, der kein String der Form &quot;host:port&quot; ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no replicationToken, but the plan has ACLs on</source>
        <translation>es hat kein replicationToken, aber im Plan sind ACLs aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its replicationToken is empty</source>
        <translation>sein replicationToken ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds a replicationToken, but the plan has ACLs off; it comes from a primary set up with ACLs</source>
        <translation>es enthält ein replicationToken, aber im Plan sind ACLs deaktiviert; es stammt von einem primären Rechenzentrum mit ACLs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has no gossipEncryptionKey, but the plan has gossip encryption on</source>
        <translation>es hat keinen gossipEncryptionKey, aber im Plan ist die Gossip-Verschlüsselung aktiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its gossipEncryptionKey is not base64</source>
        <translation>sein gossipEncryptionKey ist kein Base64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its gossipEncryptionKey decodes to %1 bytes; Consul needs exactly %2</source>
        <translation>sein gossipEncryptionKey ergibt dekodiert %1 Bytes; Consul braucht genau %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it holds a gossipEncryptionKey, but the plan has gossip encryption off; it comes from a primary set up with gossip encryption</source>
        <translation>es enthält einen gossipEncryptionKey, aber im Plan ist die Gossip-Verschlüsselung deaktiviert; es stammt von einem primären Rechenzentrum mit Gossip-Verschlüsselung</translation>
    </message>
</context>
<context>
    <name>FederationVerification</name>
    <message>
        <location filename="../src/core/FederationVerification.cpp" line="+10"/>
        <source>it was not read</source>
        <translation>es wurde nicht gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was not read yet</source>
        <translation>es wurde noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Context %1 sees %2 of %3 servers of %4 alive over the WAN.</source>
        <translation>Kontext %1 sieht %2 von %3 Servern von %4 im WAN als aktiv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context %1 sees no server of %2 in its WAN pool.</source>
        <translation>Kontext %1 sieht keinen Server von %2 in seinem WAN-Pool.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context %1 sees only %2 of %3 servers of %4 alive over the WAN.</source>
        <translation>Kontext %1 sieht nur %2 von %3 Servern von %4 im WAN als aktiv.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Context %1 reported no ACL replication.</source>
        <translation>Kontext %1 hat keine ACL-Replikation gemeldet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Context %1: %2</source>
        <translation>Kontext %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context %1 replicates ACLs from %2, not from the primary %3.</source>
        <translation>Kontext %1 repliziert ACLs von %2, nicht vom primären Rechenzentrum %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context %1 replicates ACLs from %2.</source>
        <translation>Kontext %1 repliziert ACLs von %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Context %1 cannot read the catalog of %2: %3</source>
        <translation>Kontext %1 kann den Katalog von %2 nicht lesen: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context %1 did not reach the catalog of %2.</source>
        <translation>Kontext %1 hat den Katalog von %2 nicht erreicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context %1 reads the catalog of %2.</source>
        <translation>Kontext %1 liest den Katalog von %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Context %1 cannot check %2: %3</source>
        <translation>Kontext %1 kann %2 nicht prüfen: %3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The plan has no datacenter to verify.</source>
        <translation>Der Plan hat kein Rechenzentrum zum Verifizieren.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n datacenter(s) federated: %1 of %2 checks pass</source>
        <translation>
            <numerusform>%n Rechenzentrum föderiert: %1 von %2 Prüfungen bestanden</numerusform>
            <numerusform>%n Rechenzentren föderiert: %1 von %2 Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 checks fail: %3</source>
        <translation>%1 von %2 Prüfungen schlagen fehl: %3</translation>
    </message>
</context>
<context>
    <name>GhostDatacenterNode</name>
    <message>
        <location filename="../src/gui/GhostDatacenterNode.cpp" line="+13"/>
        <source>Datacenter %1 is in the WAN membership, but no kubeconfig context holds it.</source>
        <translation>Rechenzentrum %1 ist in der WAN-Mitgliedschaft, aber kein Kubeconfig-Kontext enthält es.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in WAN membership only</source>
        <translation>nur in der WAN-Mitgliedschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 servers alive</source>
        <translation>%1 von %2 Servern aktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no kubeconfig context</source>
        <translation>kein Kubeconfig-Kontext</translation>
    </message>
</context>
<context>
    <name>GuiModule</name>
    <message>
        <location filename="../src/app/GuiModule.cpp" line="+31"/>
        <source>%1 is in neither %2 nor %3</source>
        <translation>%1 liegt weder in %2 noch in %3</translation>
    </message>
</context>
<context>
    <name>HealthBadge</name>
    <message>
        <location filename="../src/gui/HealthBadge.cpp" line="+37"/>
        <location line="+5"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
</context>
<context>
    <name>HelmDriver</name>
    <message>
        <location filename="../src/kube/HelmDriver.cpp" line="+98"/>
        <source>Helm cannot reach the Kubernetes cluster of %1 (context %4) to install release %2 in namespace %3. Check that the cluster is up and that the context&apos;s server address and credentials are valid (kubectl --context %4 get namespaces). Helm said: %5</source>
        <translation>Helm erreicht den Kubernetes-Cluster von %1 (Kontext %4) nicht, um Release %2 im Namespace %3 zu installieren. Prüfen Sie, ob der Cluster läuft und ob Serveradresse und Anmeldedaten des Kontexts gültig sind (kubectl --context %4 get namespaces). Helm meldete: %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A previous Helm operation on release %2 in namespace %3 of %1 is still in progress, or was interrupted and left the release pending. Wait for it to finish, or roll it back: helm rollback %2 --namespace %3 --kube-context %4</source>
        <translation>Ein früherer Helm-Vorgang für Release %2 im Namespace %3 von %1 läuft noch oder wurde unterbrochen und hat das Release ausstehend hinterlassen. Warten Sie, bis er abgeschlossen ist, oder rollen Sie ihn zurück: helm rollback %2 --namespace %3 --kube-context %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The consul chart refused the values for %1 (release %2 in namespace %3): %4 Nothing was changed; correct the values and apply again.</source>
        <translation>Das consul-Chart hat die Werte für %1 abgelehnt (Release %2 im Namespace %3): %4 Es wurde nichts geändert; korrigieren Sie die Werte und wenden Sie den Plan erneut an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chart repository %4 cannot be reached, so Helm could not get the consul chart for %1 (release %2 in namespace %3). Check this machine&apos;s network and proxy settings. Helm said: %5</source>
        <translation>Das Chart-Repository %4 ist nicht erreichbar, daher konnte Helm das consul-Chart für %1 nicht laden (Release %2 im Namespace %3). Prüfen Sie die Netzwerk- und Proxy-Einstellungen dieses Rechners. Helm meldete: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chart repository has no such consul chart for %1 (release %2 in namespace %3): %4. Choose a chart version the repository has (helm search repo hashicorp/consul --versions).</source>
        <translation>Das Chart-Repository hat kein solches consul-Chart für %1 (Release %2 im Namespace %3): %4. Wählen Sie eine Chart-Version, die das Repository hat (helm search repo hashicorp/consul --versions).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The upgrade of release %2 in namespace %3 of %1 failed; the previous revision still runs. Helm said: %5. To roll back explicitly: helm rollback %2 [REVISION] -n %3 --kube-context %4 (helm history %2 -n %3 --kube-context %4 lists the revisions).</source>
        <translation>Das Upgrade von Release %2 im Namespace %3 von %1 ist fehlgeschlagen; die vorherige Revision läuft weiter. Helm meldete: %5. Zum ausdrücklichen Zurückrollen: helm rollback %2 [REVISION] -n %3 --kube-context %4 (helm history %2 -n %3 --kube-context %4 listet die Revisionen auf).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Helm failed for %1 (release %2 in namespace %3): %4</source>
        <translation>Helm ist für %1 fehlgeschlagen (Release %2 im Namespace %3): %4</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The Helm program %1 does not exist. Install Helm (https://helm.sh/docs/intro/install/), or choose another with Federation → Choose Helm Program… (--helm PATH).</source>
        <translation>Das Helm-Programm %1 existiert nicht. Installieren Sie Helm (https://helm.sh/docs/intro/install/) oder wählen Sie ein anderes mit Föderation → Helm-Programm wählen… (--helm PFAD).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an executable program, so it cannot be used as Helm. Make it executable (chmod +x), or choose another with Federation → Choose Helm Program… (--helm PATH).</source>
        <translation>%1 ist kein ausführbares Programm und kann daher nicht als Helm verwendet werden. Machen Sie es ausführbar (chmod +x) oder wählen Sie ein anderes mit Föderation → Helm-Programm wählen… (--helm PFAD).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Helm was not found on PATH, in the login shell&apos;s PATH or in the usual places (/usr/local/bin, ~/.local/bin, Homebrew, snap). Install it (https://helm.sh/docs/intro/install/), or choose it with Federation → Choose Helm Program… (--helm PATH).</source>
        <translation>Helm wurde weder im PATH noch im PATH der Login-Shell noch an den üblichen Orten gefunden (/usr/local/bin, ~/.local/bin, Homebrew, snap). Installieren Sie es (https://helm.sh/docs/intro/install/) oder wählen Sie es mit Föderation → Helm-Programm wählen… (--helm PFAD).</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Helm (%1) could not be started for %2 (release %3 in namespace %4): %5. Check that it is an executable program, or choose another with Federation → Choose Helm Program… (--helm PATH).</source>
        <translation>Helm (%1) konnte für %2 (Release %3 im Namespace %4) nicht gestartet werden: %5. Prüfen Sie, ob es ein ausführbares Programm ist, oder wählen Sie ein anderes mit Föderation → Helm-Programm wählen… (--helm PFAD).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helm was not found at %1, so release %3 in namespace %4 was not installed in %2. Install it (https://helm.sh/docs/intro/install/) or set its path: choose it with Federation → Choose Helm Program… (--helm PATH).</source>
        <translation>Helm wurde unter %1 nicht gefunden, daher wurde Release %3 im Namespace %4 nicht in %2 installiert. Installieren Sie es (https://helm.sh/docs/intro/install/) oder geben Sie seinen Pfad an: wählen Sie es mit Föderation → Helm-Programm wählen… (--helm PFAD).</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>The kubeconfig for %1 could not be handed to Helm in memory (release %2 in namespace %3): %4</source>
        <translation>Die Kubeconfig für %1 konnte Helm nicht im Speicher übergeben werden (Release %2 im Namespace %3): %4</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Helm was cancelled for %1 (release %2 in namespace %3). The revision it was applying is marked failed or left pending; helm history %2 -n %3 --kube-context %4 shows which, and helm rollback %2 -n %3 --kube-context %4 returns to the previous one.</source>
        <translation>Helm wurde für %1 abgebrochen (Release %2 im Namespace %3). Die Revision, die gerade angewendet wurde, ist als fehlgeschlagen markiert oder bleibt ausstehend; helm history %2 -n %3 --kube-context %4 zeigt, was zutrifft, und helm rollback %2 -n %3 --kube-context %4 kehrt zur vorherigen zurück.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Helm stopped for %1 (release %2 in namespace %3) without finishing: it crashed or was killed.</source>
        <translation>Helm hat für %1 (Release %2 im Namespace %3) nicht zu Ende gearbeitet: es ist abgestürzt oder wurde beendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helm failed for %1 (release %2 in namespace %3) with exit code %4 and no error message; its output is in the log.</source>
        <translation>Helm ist für %1 (Release %2 im Namespace %3) mit dem Exit-Code %4 ohne Fehlermeldung fehlgeschlagen; seine Ausgabe steht im Protokoll.</translation>
    </message>
</context>
<context>
    <name>HelmRelease</name>
    <message>
        <location filename="../src/core/HelmRelease.cpp" line="+30"/>
        <source>%1 is not base64.</source>
        <translation>%1 ist kein gültiges Base64.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Out of memory.</source>
        <translation>Kein Speicher mehr verfügbar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Not gzip data: %1</source>
        <translation>Keine gzip-Daten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not gzip data.</source>
        <translation>Keine gzip-Daten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The gzip data is damaged: %1</source>
        <translation>Die gzip-Daten sind beschädigt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The release decompresses to more than %1 MiB.</source>
        <translation>Das Release wird beim Entpacken größer als %1 MiB.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The gzip data is damaged: its checksum does not match.</source>
        <translation>Die gzip-Daten sind beschädigt: ihre Prüfsumme stimmt nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Secret is not a JSON object: %1</source>
        <translation>Das Secret ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Secret &quot;%1&quot; is of type &quot;%2&quot;, not a Helm release (helm.sh/release.v1).</source>
        <translation>Das Secret &quot;%1&quot; hat den Typ &quot;%2&quot; und ist kein Helm-Release (helm.sh/release.v1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Secret has no data.release.</source>
        <translation>Das Secret hat kein data.release.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Secret&apos;s data.release</source>
        <translation>Das Feld data.release des Secrets</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The release is larger than %1 MiB.</source>
        <translation>Das Release ist größer als %1 MiB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The release</source>
        <translation>Das Release</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The release is not a JSON object: %1</source>
        <translation>Das Release ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The JSON is not a Helm release: it has no name.</source>
        <translation>Das JSON ist kein Helm-Release: es hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The release&apos;s config is not a mapping of values.</source>
        <translation>Die config des Release ist keine Zuordnung von Werten.</translation>
    </message>
</context>
<context>
    <name>HostReachability</name>
    <message>
        <location filename="../src/core/HostReachability.cpp" line="+14"/>
        <source>a loopback address (where kind and minikube publish their API servers), which from the primary&apos;s servers leads back to their own machine</source>
        <translation>eine Loopback-Adresse (unter der kind und minikube ihre API-Server veröffentlichen), die von den Servern des primären Rechenzentrums aus zurück auf deren eigene Maschine führt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an unspecified address, which nothing can connect to</source>
        <translation>eine unspezifizierte Adresse, mit der sich nichts verbinden kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a link-local address, which does not reach beyond its own network segment</source>
        <translation>eine Link-Local-Adresse, die nicht über ihr eigenes Netzwerksegment hinausreicht</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>a name that only Docker on this machine resolves</source>
        <translation>ein Name, den nur Docker auf dieser Maschine auflöst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a cluster-internal name, which inside the primary&apos;s cluster names the primary&apos;s own API server</source>
        <translation>ein clusterinterner Name, der im Cluster des primären Rechenzentrums dessen eigenen API-Server bezeichnet</translation>
    </message>
</context>
<context>
    <name>KubeClient</name>
    <message>
        <location filename="../src/kube/KubeClient.cpp" line="+77"/>
        <source>Cluster &quot;%1&quot; of context &quot;%2&quot; skips TLS verification (insecure-skip-tls-verify): anyone on the network path could read or change what this app sends it, the federation secret included.</source>
        <translation>Cluster &quot;%1&quot; von Kontext &quot;%2&quot; überspringt die TLS-Verifizierung (insecure-skip-tls-verify): jeder auf dem Netzwerkpfad könnte lesen oder verändern, was diese Anwendung an ihn sendet, einschließlich des Föderations-Secrets.</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+28"/>
        <source>cluster &quot;%1&quot;: %2</source>
        <translation>Cluster &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the server address &quot;%1&quot; of cluster &quot;%2&quot; is not a URL such as https://host:6443; fix it in the kubeconfig.</source>
        <translation>die Serveradresse &quot;%1&quot; von Cluster &quot;%2&quot; ist keine URL wie https://host:6443; korrigieren Sie sie in der Kubeconfig.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the certificate authority of cluster &quot;%1&quot; holds no PEM certificate; check certificate-authority(-data) in the kubeconfig.</source>
        <translation>die Zertifizierungsstelle von Cluster &quot;%1&quot; enthält kein PEM-Zertifikat; prüfen Sie certificate-authority(-data) in der Kubeconfig.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the kubeconfig gives a client %1 without its %2.</source>
        <translation>in der Kubeconfig ist für den Client %1 angegeben, aber %2 fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>certificate</source>
        <translation>das Zertifikat</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>key</source>
        <translation>der Schlüssel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the &quot;gcp&quot; auth-provider was removed in Kubernetes 1.26. Install gke-gcloud-auth-plugin (gcloud components install gke-gcloud-auth-plugin) and run gcloud container clusters get-credentials again, so the kubeconfig uses that exec plugin.</source>
        <translation>der Auth-Provider &quot;gcp&quot; wurde in Kubernetes 1.26 entfernt. Installieren Sie gke-gcloud-auth-plugin (gcloud components install gke-gcloud-auth-plugin) und führen Sie gcloud container clusters get-credentials erneut aus, damit die Kubeconfig dieses Exec-Plugin verwendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the &quot;azure&quot; auth-provider was removed in Kubernetes 1.26. Install kubelogin (github.com/Azure/kubelogin) and run kubelogin convert-kubeconfig, so the kubeconfig uses that exec plugin.</source>
        <translation>der Auth-Provider &quot;azure&quot; wurde in Kubernetes 1.26 entfernt. Installieren Sie kubelogin (github.com/Azure/kubelogin) und führen Sie kubelogin convert-kubeconfig aus, damit die Kubeconfig dieses Exec-Plugin verwendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the auth-provider &quot;%1&quot; is not supported; use an exec plugin.</source>
        <translation>der Auth-Provider &quot;%1&quot; wird nicht unterstützt; verwenden Sie ein Exec-Plugin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the oidc auth-provider has no id-token. Log in (for example with kubectl oidc-login) so the kubeconfig gets one, then reload it.</source>
        <translation>der oidc-Auth-Provider hat kein id-token. Melden Sie sich an (zum Beispiel mit kubectl oidc-login), damit die Kubeconfig eines erhält, und laden Sie sie dann neu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the exec plugin &quot;%1&quot; asks for apiVersion &quot;%2&quot;; set client.authentication.k8s.io/v1 (or v1beta1) in the kubeconfig.</source>
        <translation>das Exec-Plugin &quot;%1&quot; verlangt apiVersion &quot;%2&quot;; setzen Sie client.authentication.k8s.io/v1 (oder v1beta1) in der Kubeconfig.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the exec plugin &quot;%1&quot; returned a client certificate that cannot be used: %2</source>
        <translation>das Exec-Plugin &quot;%1&quot; hat ein Client-Zertifikat zurückgegeben, das nicht verwendbar ist: %2</translation>
    </message>
</context>
<context>
    <name>KubeClientConfig</name>
    <message>
        <location filename="../src/kube/KubeClientConfig.cpp" line="+9"/>
        <source>The kubeconfig has no context &quot;%1&quot;.</source>
        <translation>Die Kubeconfig hat keinen Kontext &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context &quot;%1&quot; refers to cluster &quot;%2&quot;, which the kubeconfig does not define.</source>
        <translation>Kontext &quot;%1&quot; verweist auf Cluster &quot;%2&quot;, den die Kubeconfig nicht definiert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Context &quot;%1&quot; refers to user &quot;%2&quot;, which the kubeconfig does not define.</source>
        <translation>Kontext &quot;%1&quot; verweist auf Benutzer &quot;%2&quot;, den die Kubeconfig nicht definiert.</translation>
    </message>
</context>
<context>
    <name>KubeClusterDetails</name>
    <message>
        <location filename="../src/core/KubeClusterDetails.cpp" line="+116"/>
        <source>the exec plugin configuration in %1, line %2, has the value %3, which JSON has no number for (kubectl refuses the file)</source>
        <translation>die Konfiguration des Exec-Plugins in %1, Zeile %2, hat den Wert %3, für den JSON keine Zahl hat (kubectl lehnt die Datei ab)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the exec plugin configuration in %1, line %2, merges (&lt;&lt;) something other than a mapping or a list of mappings, which kubectl refuses</source>
        <translation>die Konfiguration des Exec-Plugins in %1, Zeile %2, übernimmt mit (&lt;&lt;) etwas anderes als eine Zuordnung oder eine Liste von Zuordnungen, was kubectl ablehnt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the exec plugin configuration in %1, line %2, has a key that is null, a list, a mapping or an integer from 2^63 to 2^64-1, which kubectl refuses</source>
        <translation>die Konfiguration des Exec-Plugins in %1, Zeile %2, hat einen Schlüssel, der null, eine Liste, eine Zuordnung oder eine ganze Zahl von 2^63 bis 2^64-1 ist, was kubectl ablehnt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot read the certificate authority %1 of cluster &quot;%2&quot;: %3</source>
        <translation>die Zertifizierungsstelle %1 von Cluster &quot;%2&quot; kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the exec plugin configuration in %1, line %2, expands through aliases to more than %3 values or %4 levels</source>
        <translation>die Konfiguration des Exec-Plugins in %1, Zeile %2, wächst durch Aliasse auf mehr als %3 Werte oder %4 Ebenen an</translation>
    </message>
</context>
<context>
    <name>KubeError</name>
    <message>
        <location filename="../src/kube/KubeError.cpp" line="+20"/>
        <source>the request</source>
        <translation>die Anfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in namespace &quot;%2&quot;</source>
        <translation>%1 im Namespace &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 &quot;%2&quot; in namespace &quot;%3&quot;</source>
        <translation>%1 &quot;%2&quot; im Namespace &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Context &quot;%1&quot;: the response from %2 to %3 %4 ended early: HTTP %5 came with a JSON body that is cut short, so the change may or may not have been made. Read it back before trying again; a proxy or load balancer in between may be cutting answers.</source>
        <translation>Kontext &quot;%1&quot;: die Antwort von %2 auf %3 %4 endete zu früh: HTTP %5 kam mit einem abgeschnittenen JSON-Body, die Änderung wurde also vielleicht gemacht, vielleicht nicht. Lesen Sie es zurück, bevor Sie es erneut versuchen; ein Proxy oder Load Balancer dazwischen schneidet womöglich Antworten ab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Context &quot;%1&quot;: the response from %2 to %3 %4 ended early: HTTP %5 came with a JSON body that is cut short and is not valid JSON. Try again; if it keeps happening, check the cluster and any proxy or load balancer in between.</source>
        <translation>Kontext &quot;%1&quot;: die Antwort von %2 auf %3 %4 endete zu früh: HTTP %5 kam mit einem abgeschnittenen JSON-Body, der kein gültiges JSON ist. Versuchen Sie es erneut; wenn es wieder passiert, prüfen Sie den Cluster und jeden Proxy oder Load Balancer dazwischen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Context &quot;%1&quot;: the TLS certificate of %2 expired on %3 (UTC), so the connection was refused and nothing was sent. Renew the API server&apos;s certificate (on kubeadm clusters: kubeadm certs renew apiserver), or check this computer&apos;s clock.</source>
        <translation>Kontext &quot;%1&quot;: das TLS-Zertifikat von %2 ist am %3 (UTC) abgelaufen, daher wurde die Verbindung abgelehnt und nichts gesendet. Erneuern Sie das Zertifikat des API-Servers (bei kubeadm-Clustern: kubeadm certs renew apiserver), oder prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Context &quot;%1&quot;: the TLS certificate of %2 is for another host (the host name did not match): it names %3, not %4, so the connection was refused and nothing was sent. The server address of cluster &quot;%5&quot; may point at another cluster or a proxy; fix it, or set tls-server-name to a name the certificate holds.</source>
        <translation>Kontext &quot;%1&quot;: das TLS-Zertifikat von %2 gilt für einen anderen Host (der Hostname passte nicht): es nennt %3, nicht %4, daher wurde die Verbindung abgelehnt und nichts gesendet. Die Serveradresse von Cluster &quot;%5&quot; zeigt womöglich auf einen anderen Cluster oder einen Proxy; korrigieren Sie sie, oder setzen Sie tls-server-name auf einen Namen aus dem Zertifikat.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no details given</source>
        <translation>keine Details angegeben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Context &quot;%1&quot;: the service behind %2 refused the request (HTTP %3): %4. Check the token sent to it (for Consul, the ACL token).</source>
        <translation>Kontext &quot;%1&quot;: der Dienst hinter %2 hat die Anfrage abgelehnt (HTTP %3): %4. Prüfen Sie das an ihn gesendete Token (bei Consul das ACL-Token).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context &quot;%1&quot;: the service behind %2 answered HTTP %3: %4</source>
        <translation>Kontext &quot;%1&quot;: der Dienst hinter %2 hat mit HTTP %3 geantwortet: %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The client certificate may have expired, or it is not signed by a CA this cluster trusts; get a new one and update the kubeconfig.</source>
        <translation>Das Client-Zertifikat ist vielleicht abgelaufen oder nicht von einer CA signiert, der dieser Cluster vertraut; besorgen Sie ein neues und aktualisieren Sie die Kubeconfig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token may have expired or been revoked; get a new one and update the kubeconfig.</source>
        <translation>Das Token ist vielleicht abgelaufen oder wurde widerrufen; besorgen Sie ein neues und aktualisieren Sie die Kubeconfig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token in %1 was read again and still refused; it may have expired or been revoked.</source>
        <translation>Das Token in %1 wurde erneut gelesen und weiterhin abgelehnt; es ist vielleicht abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the username and password; most clusters no longer accept passwords at all.</source>
        <translation>Prüfen Sie Benutzername und Passwort; die meisten Cluster akzeptieren überhaupt keine Passwörter mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OIDC id-token has probably expired, and this app does not refresh it; log in again (for example with kubectl oidc-login), then reload the kubeconfig.</source>
        <translation>Das OIDC-id-token ist wahrscheinlich abgelaufen, und diese Anwendung erneuert es nicht; melden Sie sich erneut an (zum Beispiel mit kubectl oidc-login) und laden Sie dann die Kubeconfig neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exec plugin &quot;%1&quot; was run again and its new credentials were refused too; log in with the tool behind it (for example aws sso login, gcloud auth login or az login), then try again.</source>
        <translation>Das Exec-Plugin &quot;%1&quot; wurde erneut ausgeführt, und auch seine neuen Anmeldedaten wurden abgelehnt; melden Sie sich mit dem Werkzeug dahinter an (zum Beispiel aws sso login, gcloud auth login oder az login) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The kubeconfig gives this user no credentials; add a token, a client certificate or an exec plugin.</source>
        <translation>Die Kubeconfig gibt diesem Benutzer keine Anmeldedaten; fügen Sie ein Token, ein Client-Zertifikat oder ein Exec-Plugin hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context &quot;%1&quot;: the cluster rejected the credentials of user &quot;%2&quot; (401 Unauthorized). %3</source>
        <translation>Kontext &quot;%1&quot;: der Cluster hat die Anmeldedaten von Benutzer &quot;%2&quot; abgelehnt (401 Unauthorized). %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Context &quot;%1&quot;: user &quot;%2&quot; may not access %3 (403 Forbidden): %4. Ask a cluster admin for access, or use a context with more rights.</source>
        <translation>Kontext &quot;%1&quot;: Benutzer &quot;%2&quot; hat keinen Zugriff auf %3 (403 Forbidden): %4. Bitten Sie einen Cluster-Administrator um Zugriff oder verwenden Sie einen Kontext mit mehr Rechten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context &quot;%1&quot;: user &quot;%2&quot; may not %3 %4 (403 Forbidden). Ask a cluster admin for an RBAC role that allows &quot;%3&quot; on &quot;%5&quot;, or use a context with more rights.</source>
        <translation>Kontext &quot;%1&quot;: Benutzer &quot;%2&quot; darf &quot;%3&quot; auf %4 nicht ausführen (403 Forbidden). Bitten Sie einen Cluster-Administrator um eine RBAC-Rolle, die &quot;%3&quot; auf &quot;%5&quot; erlaubt, oder verwenden Sie einen Kontext mit mehr Rechten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Context &quot;%1&quot;: namespace &quot;%2&quot; does not exist (404 Not Found). Create it, or check the namespace.</source>
        <translation>Kontext &quot;%1&quot;: Namespace &quot;%2&quot; existiert nicht (404 Not Found). Legen Sie ihn an oder prüfen Sie den Namespace.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context &quot;%1&quot;: the cluster does not serve %2 (404 Not Found). Is the software that defines it installed (for proxydefaults, Consul on Kubernetes)?</source>
        <translation>Kontext &quot;%1&quot;: der Cluster stellt %2 nicht bereit (404 Not Found). Ist die Software installiert, die es definiert (für proxydefaults Consul on Kubernetes)?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Context &quot;%1&quot;: %2 was not found (404 Not Found): %3</source>
        <translation>Kontext &quot;%1&quot;: %2 wurde nicht gefunden (404 Not Found): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context &quot;%1&quot;: %2 was not found (404 Not Found). Check the name and the namespace.</source>
        <translation>Kontext &quot;%1&quot;: %2 wurde nicht gefunden (404 Not Found). Prüfen Sie den Namen und den Namespace.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Context &quot;%1&quot;: %2 already exists (409 AlreadyExists). Replace it instead, or delete it first.</source>
        <translation>Kontext &quot;%1&quot;: %2 existiert bereits (409 AlreadyExists). Ersetzen Sie es stattdessen oder löschen Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context &quot;%1&quot;: %2 was changed by someone else since it was read (409 Conflict). Read it again, reapply the change and retry.</source>
        <translation>Kontext &quot;%1&quot;: %2 wurde seit dem Lesen von jemand anderem geändert (409 Conflict). Lesen Sie es erneut, wenden Sie die Änderung erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Context &quot;%1&quot;: the cluster refused to %2 %3 as invalid (%4): %5</source>
        <translation>Kontext &quot;%1&quot;: der Cluster hat &quot;%2&quot; auf %3 als ungültig abgelehnt (%4): %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context &quot;%1&quot;: the cluster is rate-limiting requests (429 Too Many Requests). Wait a moment and retry.</source>
        <translation>Kontext &quot;%1&quot;: der Cluster begrenzt die Anfragerate (429 Too Many Requests). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context &quot;%1&quot;: the server failed to answer %2 (HTTP %3): %4. Try again in a moment; if it keeps failing, check the cluster.</source>
        <translation>Kontext &quot;%1&quot;: der Server konnte %2 nicht beantworten (HTTP %3): %4. Versuchen Sie es gleich noch einmal; wenn es weiter fehlschlägt, prüfen Sie den Cluster.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context &quot;%1&quot;: %2 failed with HTTP %3: %4</source>
        <translation>Kontext &quot;%1&quot;: %2 ist mit HTTP %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Context &quot;%1&quot;: the connection to %2 was refused. Is the cluster running, and is the server address of cluster &quot;%3&quot; in the kubeconfig right?</source>
        <translation>Kontext &quot;%1&quot;: die Verbindung zu %2 wurde abgelehnt. Läuft der Cluster, und stimmt die Serveradresse von Cluster &quot;%3&quot; in der Kubeconfig?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context &quot;%1&quot;: the host name &quot;%2&quot; could not be resolved (DNS). Check the server address of cluster &quot;%3&quot; in the kubeconfig, and your network or VPN.</source>
        <translation>Kontext &quot;%1&quot;: der Hostname &quot;%2&quot; konnte nicht aufgelöst werden (DNS). Prüfen Sie die Serveradresse von Cluster &quot;%3&quot; in der Kubeconfig sowie Ihr Netzwerk oder VPN.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Context &quot;%1&quot;: the request was cancelled.</source>
        <translation>Kontext &quot;%1&quot;: die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Context &quot;%1&quot;: the TLS certificate of %2 could not be verified (%3). The server presented a certificate for &quot;%4&quot; issued by &quot;%5&quot;. Check certificate-authority or certificate-authority-data (and tls-server-name) of cluster &quot;%6&quot; in the kubeconfig.</source>
        <translation>Kontext &quot;%1&quot;: das TLS-Zertifikat von %2 konnte nicht verifiziert werden (%3). Der Server hat ein Zertifikat für &quot;%4&quot; vorgelegt, ausgestellt von &quot;%5&quot;. Prüfen Sie certificate-authority oder certificate-authority-data (und tls-server-name) von Cluster &quot;%6&quot; in der Kubeconfig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context &quot;%1&quot;: the TLS connection to %2 failed (%3). Check the server address and the certificate settings of cluster &quot;%4&quot; in the kubeconfig.</source>
        <translation>Kontext &quot;%1&quot;: die TLS-Verbindung zu %2 ist fehlgeschlagen (%3). Prüfen Sie die Serveradresse und die Zertifikatseinstellungen von Cluster &quot;%4&quot; in der Kubeconfig.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Context &quot;%1&quot;: the response from %2 ended early: the connection was closed or reset before the answer to %3 %4 arrived, so the change may or may not have been made. Read it back before trying again.</source>
        <translation>Kontext &quot;%1&quot;: die Antwort von %2 endete zu früh: die Verbindung wurde geschlossen oder zurückgesetzt, bevor die Antwort auf %3 %4 ankam, die Änderung wurde also vielleicht gemacht, vielleicht nicht. Lesen Sie es zurück, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context &quot;%1&quot;: the response from %2 ended early: the connection was closed or reset before the whole answer to %3 %4 arrived (%5). Check the cluster&apos;s health and any proxy or load balancer in between.</source>
        <translation>Kontext &quot;%1&quot;: die Antwort von %2 endete zu früh: die Verbindung wurde geschlossen oder zurückgesetzt, bevor die ganze Antwort auf %3 %4 ankam (%5). Prüfen Sie den Zustand des Clusters und jeden Proxy oder Load Balancer dazwischen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Context &quot;%1&quot;: the proxy on the way to %2 failed: %3. Check proxy-url of cluster &quot;%4&quot; in the kubeconfig, or the HTTPS_PROXY and NO_PROXY environment variables.</source>
        <translation>Kontext &quot;%1&quot;: der Proxy auf dem Weg zu %2 ist fehlgeschlagen: %3. Prüfen Sie proxy-url von Cluster &quot;%4&quot; in der Kubeconfig oder die Umgebungsvariablen HTTPS_PROXY und NO_PROXY.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Context &quot;%1&quot;: the connection to %2 failed: %3.</source>
        <translation>Kontext &quot;%1&quot;: die Verbindung zu %2 ist fehlgeschlagen: %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Context &quot;%1&quot;: %2 did not answer within %n second(s). Check your network, VPN or proxy; the cluster may also be overloaded or not reachable from here.</source>
        <translation>
            <numerusform>Kontext &quot;%1&quot;: %2 hat nicht innerhalb von %n Sekunde geantwortet. Prüfen Sie Ihr Netzwerk, VPN oder Ihren Proxy; der Cluster ist vielleicht auch überlastet oder von hier aus nicht erreichbar.</numerusform>
            <numerusform>Kontext &quot;%1&quot;: %2 hat nicht innerhalb von %n Sekunden geantwortet. Prüfen Sie Ihr Netzwerk, VPN oder Ihren Proxy; der Cluster ist vielleicht auch überlastet oder von hier aus nicht erreichbar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context &quot;%1&quot;: %2 did not answer in time. Check your network, VPN or proxy; the cluster may also be overloaded or not reachable from here.</source>
        <translation>Kontext &quot;%1&quot;: %2 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihr Netzwerk, VPN oder Ihren Proxy; der Cluster ist vielleicht auch überlastet oder von hier aus nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Context &quot;%1&quot;: no credentials for user &quot;%2&quot;: %3</source>
        <translation>Kontext &quot;%1&quot;: keine Anmeldedaten für Benutzer &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Context &quot;%1&quot;: %2</source>
        <translation>Kontext &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Context &quot;%1&quot;: the response from %2 to %3 %4 is larger than %5 MiB and was refused. Ask for less (a label selector or a namespace); if the object is not that large, check the cluster and any proxy in between.</source>
        <translation>Kontext &quot;%1&quot;: die Antwort von %2 auf %3 %4 ist größer als %5 MiB und wurde abgelehnt. Fragen Sie nach weniger (ein Label-Selektor oder ein Namespace); ist das Objekt nicht so groß, prüfen Sie den Cluster und jeden Proxy dazwischen.</translation>
    </message>
</context>
<context>
    <name>KubeUserCredentials</name>
    <message>
        <location filename="../src/core/KubeUserCredentials.cpp" line="+54"/>
        <source>the token file %1 is empty</source>
        <translation>die Token-Datei %1 ist leer</translation>
    </message>
</context>
<context>
    <name>KubeconfigEntry</name>
    <message>
        <location filename="../src/core/KubeconfigEntry.cpp" line="+12"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is larger than 1 MiB; that is not a credential file</source>
        <translation>%1 ist größer als 1 MiB; das ist keine Datei mit Anmeldedaten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the kubeconfig %1: %2</source>
        <translation>die Kubeconfig %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the kubeconfig %1 has grown over %2 MiB</source>
        <translation>die Kubeconfig %1 ist auf über %2 MiB angewachsen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the kubeconfig %1 is no longer valid YAML (line %2: %3)</source>
        <translation>die Kubeconfig %1 ist kein gültiges YAML mehr (Zeile %2: %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the kubeconfig %1 no longer defines user &quot;%2&quot;; reload it</source>
        <translation>die Kubeconfig %1 definiert Benutzer &quot;%2&quot; nicht mehr; laden Sie sie neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the kubeconfig %1 no longer defines cluster &quot;%2&quot;; reload it</source>
        <translation>die Kubeconfig %1 definiert Cluster &quot;%2&quot; nicht mehr; laden Sie sie neu</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not valid base64</source>
        <translation>&quot;%1&quot; ist kein gültiges Base64</translation>
    </message>
</context>
<context>
    <name>KubeconfigError</name>
    <message>
        <location filename="../src/core/KubeconfigError.cpp" line="+9"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>KubeconfigLoader</name>
    <message>
        <location filename="../src/core/KubeconfigLoader.cpp" line="+25"/>
        <source>a kubeconfig must be a mapping</source>
        <translation>eine Kubeconfig muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>each entry of &quot;%1&quot; must be a mapping</source>
        <translation>jeder Eintrag von &quot;%1&quot; muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>duplicate name &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>doppelter Name &quot;%1&quot; in &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; of &quot;%2&quot; must be a mapping</source>
        <translation>&quot;%1&quot; von &quot;%2&quot; muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>is a directory, not a kubeconfig file</source>
        <translation>ist ein Verzeichnis, keine Kubeconfig-Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1 MiB; kubeconfig files over %2 MiB are refused</source>
        <translation>ist %1 MiB groß; Kubeconfig-Dateien über %2 MiB werden abgelehnt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is larger than %1 MiB; kubeconfig files over %1 MiB are refused</source>
        <translation>ist größer als %1 MiB; Kubeconfig-Dateien über %1 MiB werden abgelehnt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>%1 must be text, not %2, which kubectl refuses</source>
        <translation>%1 muss Text sein, nicht %2, was kubectl ablehnt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be text, but YAML reads it as %2, which kubectl refuses; put it in quotes</source>
        <translation>%1 muss Text sein, aber YAML liest den Wert als %2, was kubectl ablehnt; setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be text, but YAML reads %2 as %3, which kubectl refuses; put it in quotes</source>
        <translation>%1 muss Text sein, aber YAML liest %2 als %3, was kubectl ablehnt; setzen Sie den Wert in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 must be true or false, not the quoted string &quot;%2&quot;, which kubectl refuses; write it without quotes</source>
        <translation>%1 muss true oder false sein, nicht die Zeichenkette &quot;%2&quot; in Anführungszeichen, die kubectl ablehnt; schreiben Sie den Wert ohne Anführungszeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be true or false, not %2, which kubectl refuses</source>
        <translation>%1 muss true oder false sein, nicht %2, was kubectl ablehnt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; of &quot;%2&quot;</source>
        <translation>&quot;%1&quot; von &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the boolean %1</source>
        <translation>der Wahrheitswert %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the string &quot;%1&quot;</source>
        <translation>die Zeichenkette &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>LinkHealth</name>
    <message>
        <location filename="../src/core/LinkHealth.cpp" line="+44"/>
        <source>None of the %1 servers of %2 is alive in the WAN view of %3.</source>
        <translation>Keiner der %1 Server von %2 ist in der WAN-Sicht von %3 aktiv.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>%1 does not see %2 in its WAN pool.</source>
        <translation>%1 sieht %2 nicht in seinem WAN-Pool.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>%1 of %2 servers of %3 alive in the WAN view of %4.</source>
        <translation>%1 von %2 Servern von %3 in der WAN-Sicht von %4 aktiv.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot read the catalog of %2: %3</source>
        <translation>%1 kann den Katalog von %2 nicht lesen: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not federated</source>
        <translation>Nicht föderiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 of %3 servers of %4 alive</source>
        <translation>%1: %2 von %3 Servern von %4 aktiv</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../forms/MainWindow.ui" line="+6"/>
        <source>Consul Federator</source>
        <translation>Consul Federator</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kubeconfig problems</source>
        <translation>Probleme mit der Kubeconfig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss kubeconfig problems</source>
        <translation>Kubeconfig-Probleme ausblenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No kubeconfig contexts found</source>
        <translation>Keine Kubeconfig-Kontexte gefunden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open kubeconfig…</source>
        <translation>Kubeconfig öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one or more kubeconfig files to show their contexts</source>
        <translation>Wählen Sie eine oder mehrere Kubeconfig-Dateien, um ihre Kontexte anzuzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try with simulated clusters</source>
        <translation>Mit simulierten Clustern ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start three simulated Kubernetes clusters with Consul inside the app, to try everything without a real cluster</source>
        <translation>Startet drei simulierte Kubernetes-Cluster mit Consul in der Anwendung, um alles ohne echten Cluster auszuprobieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Datacenter canvas</source>
        <translation>Zeichenfläche der Rechenzentren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each kubeconfig context is a datacenter. Arrow keys move between datacenters; Ctrl+plus and Ctrl+minus zoom.</source>
        <translation>Jeder Kubeconfig-Kontext ist ein Rechenzentrum. Pfeiltasten wechseln zwischen Rechenzentren; Strg+Plus und Strg+Minus zoomen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datacenter panels</source>
        <translation>Rechenzentrums-Bereiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helm &amp;values</source>
        <translation>Helm-&amp;Werte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fede&amp;ration</source>
        <translation>Föde&amp;ration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent &amp;plans</source>
        <translation>&amp;Zuletzt verwendete Pläne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fe&amp;deration</source>
        <translation>&amp;Föderation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh &amp;every</source>
        <translation>Aktualisierungs&amp;intervall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Theme</source>
        <translation>Farb&amp;schema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open kubeconfig…</source>
        <translation>&amp;Kubeconfig öffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the contexts of other kubeconfig files</source>
        <translation>Die Kontexte anderer Kubeconfig-Dateien anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload kubeconfig</source>
        <translation>Kubeconfig &amp;neu laden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the kubeconfig files again</source>
        <translation>Die Kubeconfig-Dateien erneut lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter datacenters</source>
        <translation>Rechenzentren &amp;filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to view</source>
        <translation>In Fenster &amp;einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrange &amp;Automatically</source>
        <translation>A&amp;utomatisch anordnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put every node you moved back in the layout</source>
        <translation>Jeden verschobenen Knoten zurück in die Anordnung setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open p&amp;lan…</source>
        <translation>&amp;Plan öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save plan</source>
        <translation>Plan &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save plan &amp;as…</source>
        <translation>Plan speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh &amp;now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read WAN membership and health from every cluster now</source>
        <translation>WAN-Mitgliedschaft und Zustand jetzt aus jedem Cluster lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause live refresh</source>
        <translation>Live-Aktualisierung &amp;pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export bundle…</source>
        <translation>Bundle e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the plan as files a colleague or a pipeline can apply: values, scripts, README, topology</source>
        <translation>Den Plan als Dateien schreiben, die ein Kollege oder eine Pipeline anwenden kann: Werte, Skripte, README, Topologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/MainWindow.cpp" line="+220"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/MainWindow.cpp" line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;primary</source>
        <translation>Als &amp;primär festlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the selected datacenter the federation&apos;s primary</source>
        <translation>Das ausgewählte Rechenzentrum zum primären Rechenzentrum der Föderation machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Federate Selected</source>
        <translation>Ausgewählte &amp;föderieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the selected datacenter to the federation as a secondary and show the apply plan (or drag it onto the primary)</source>
        <translation>Das ausgewählte Rechenzentrum als sekundäres zur Föderation hinzufügen und die Schritte zum Anwenden anzeigen (oder es auf das primäre ziehen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply Plan…</source>
        <translation>Plan &amp;anwenden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show what applying the plan does to the clusters, then install, upgrade and federate (Ctrl+Return)</source>
        <translation>Anzeigen, was das Anwenden des Plans in den Clustern bewirkt, dann installieren, aktualisieren und föderieren (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;Helm Program…</source>
        <translation>&amp;Helm-Programm wählen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The helm program that installs and upgrades Consul</source>
        <translation>Das Helm-Programm, das Consul installiert und aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove from federation</source>
        <translation>Aus der Föderation &amp;entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the selected datacenter out of the plan; nothing in any cluster changes</source>
        <translation>Das ausgewählte Rechenzentrum aus dem Plan nehmen; in keinem Cluster ändert sich etwas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Consul Federator</source>
        <translation>&amp;Über Consul Federator</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="-153"/>
        <source>Filter by context, datacenter, server or namespace</source>
        <translation>Nach Kontext, Rechenzentrum, Server oder Namespace filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter datacenters</source>
        <translation>Rechenzentren filtern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datacenter</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change plan options</source>
        <translation>Planoptionen ändern</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading kubeconfig…</source>
        <translation>Kubeconfig wird gelesen…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Arrange automatically</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Make a datacenter the primary before exporting.</source>
        <translation>Legen Sie vor dem Export ein Rechenzentrum als primär fest.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>simulated clusters</source>
        <translation>simulierte Cluster</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Some kubeconfig files could not be used; the contexts of the others are shown.
%1</source>
        <translation>Einige Kubeconfig-Dateien konnten nicht verwendet werden; die Kontexte der anderen werden angezeigt.
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looked in:
%1</source>
        <translation>Gesucht in:
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no files: KUBECONFIG is empty)</source>
        <translation>(keine Dateien: KUBECONFIG ist leer)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Simulated clusters: %1 Kubernetes API servers and Consul datacenters running in this app on 127.0.0.1. Nothing here touches a real cluster.</source>
        <translation>Simulierte Cluster: %1 Kubernetes-API-Server und Consul-Rechenzentren laufen in dieser Anwendung auf 127.0.0.1. Nichts hiervon berührt einen echten Cluster.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open kubeconfig</source>
        <translation>Kubeconfig öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubeconfig files (*);;YAML files (*.yaml *.yml);;JSON files (*.json)</source>
        <translation>Kubeconfig-Dateien (*);;YAML-Dateien (*.yaml *.yml);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Primary, with %1 secondary datacenters</source>
        <translation>Primär, mit %1 sekundären Rechenzentren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secondary of %1</source>
        <translation>Sekundäres Rechenzentrum von %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Make %1 the primary</source>
        <translation>%1 als primär festlegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make a datacenter the primary first (Ctrl+Shift+P), then federate others with it.</source>
        <translation>Machen Sie zuerst ein Rechenzentrum zum primären (Strg+Umschalt+P) und föderieren Sie dann andere damit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already in the federation.</source>
        <translation>%1 ist bereits in der Föderation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Federate %1 with %2</source>
        <translation>%1 mit %2 föderieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove the primary?</source>
        <translation>Primäres Rechenzentrum entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing the primary %1 takes its %2 secondary datacenters out of the plan too. Nothing changes in any cluster, and Undo brings them back.</source>
        <translation>Wenn Sie das primäre Rechenzentrum %1 entfernen, werden auch seine %2 sekundären Rechenzentren aus dem Plan genommen. In keinem Cluster ändert sich etwas, und Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove %1 from the federation</source>
        <translation>%1 aus der Föderation entfernen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Edit the values of %1</source>
        <translation>Werte von %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Helm values for %1</source>
        <translation>Helm-Werte für %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>secondary</source>
        <translation>sekundär</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helm values for %1 (%2), release %3 in namespace %4</source>
        <translation>Helm-Werte für %1 (%2), Release %3 im Namespace %4</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Datacenters: %1 · Kubeconfig files: %2</source>
        <translation>Rechenzentren: %1 · Kubeconfig-Dateien: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datacenters: %1 of %2 match the filter</source>
        <translation>Rechenzentren: %1 von %2 entsprechen dem Filter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Consul Federator</source>
        <translation>Über Consul Federator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Consul Federator %1&lt;/h3&gt;&lt;p&gt;Federate HashiCorp Consul datacenters across Kubernetes clusters through mesh gateways.&lt;/p&gt;&lt;p&gt;Made with these libraries, under their licences:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0)&lt;/li&gt;&lt;li&gt;OpenSSL %3 (Apache-2.0)&lt;/li&gt;&lt;li&gt;libyaml (MIT)&lt;/li&gt;&lt;li&gt;libarchive (BSD-2-Clause)&lt;/li&gt;&lt;li&gt;zlib (Zlib)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The procedure it follows is HashiCorp&apos;s Consul documentation (MPL-2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Consul Federator %1&lt;/h3&gt;&lt;p&gt;Föderiert HashiCorp-Consul-Rechenzentren über Kubernetes-Cluster hinweg mittels Mesh-Gateways.&lt;/p&gt;&lt;p&gt;Erstellt mit diesen Bibliotheken, unter ihren Lizenzen:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0)&lt;/li&gt;&lt;li&gt;OpenSSL %3 (Apache-2.0)&lt;/li&gt;&lt;li&gt;libyaml (MIT)&lt;/li&gt;&lt;li&gt;libarchive (BSD-2-Clause)&lt;/li&gt;&lt;li&gt;zlib (Zlib)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Das befolgte Verfahren stammt aus der Consul-Dokumentation von HashiCorp (MPL-2.0).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MembersCommand</name>
    <message>
        <location filename="../src/cli/MembersCommand.cpp" line="+45"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no context answered with Consul&apos;s WAN members.</source>
        <translation>kein Kontext hat mit den WAN-Mitgliedern von Consul geantwortet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show the WAN members of Consul datacenters as `consul members -wan` does, read through each cluster&apos;s API server (the service proxy, with the bootstrap ACL token), or parse `consul members` output.</source>
        <translation>Zeigt die WAN-Mitglieder von Consul-Rechenzentren wie `consul members -wan` an, gelesen über den API-Server jedes Clusters (den Service-Proxy, mit dem Bootstrap-ACL-Token), oder wertet die Ausgabe von `consul members` aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the datacenter of this kubeconfig context.</source>
        <translation>Liest das Rechenzentrum dieses Kubeconfig-Kontexts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONTEXT</source>
        <translation>KONTEXT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read every context at once and merge what they see; contexts without Consul are reported, not fatal.</source>
        <translation>Liest alle Kontexte gleichzeitig und führt zusammen, was sie sehen; Kontexte ohne Consul werden gemeldet, sind aber kein Fehler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read `consul members` output or JSON from FILE (- for standard input).</source>
        <translation>Liest die Ausgabe von `consul members` oder JSON aus DATEI (- für die Standardeingabe).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namespace Consul is installed in (default: consul).</source>
        <translation>Namespace, in dem Consul installiert ist (Standard: consul).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The prefix of the chart&apos;s resources, e.g. consul for consul-server (default: consul).</source>
        <translation>Das Präfix der Ressourcen des Charts, z. B. consul für consul-server (Standard: consul).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON rows (name, address, port, status, type, build, protocol, datacenter, partition, segment) instead of a table.</source>
        <translation>Gibt JSON-Zeilen (name, address, port, status, type, build, protocol, datacenter, partition, segment) statt einer Tabelle aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give exactly one of --context CONTEXT, --all and --parse FILE.</source>
        <translation>geben Sie genau eines von --context KONTEXT, --all und --parse DATEI an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--parse reads a file, not clusters: --kubeconfig makes no sense with it.</source>
        <translation>--parse liest eine Datei, keine Cluster: --kubeconfig ergibt damit keinen Sinn.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the kubeconfig has no context &quot;%1&quot;.</source>
        <translation>die Kubeconfig hat keinen Kontext &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the kubeconfig has no contexts.</source>
        <translation>die Kubeconfig hat keine Kontexte.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../forms/MembersPanel.ui" line="+5"/>
        <location line="+19"/>
        <source>WAN members</source>
        <translation>WAN-Mitglieder</translation>
    </message>
    <message>
        <location line="-15"/>
        <location filename="../src/gui/MembersPanel.cpp" line="+87"/>
        <source>Choose a datacenter to see its WAN members.</source>
        <translation>Wählen Sie ein Rechenzentrum, um seine WAN-Mitglieder zu sehen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+7"/>
        <source>Catalog services</source>
        <translation>Katalogdienste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ACL replication</source>
        <translation>ACL-Replikation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ProxyDefaults</source>
        <translation>ProxyDefaults</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create ProxyDefaults</source>
        <translation>ProxyDefaults anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the ProxyDefaults resource &quot;global&quot; with the plan&apos;s mesh gateway mode in this datacenter</source>
        <translation>Die ProxyDefaults-Ressource &quot;global&quot; mit dem Mesh-Gateway-Modus des Plans in diesem Rechenzentrum anlegen</translation>
    </message>
    <message>
        <location filename="../src/gui/MembersPanel.cpp" line="+13"/>
        <source>%1: WAN members as seen from context %2</source>
        <translation>%1: WAN-Mitglieder aus Sicht von Kontext %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no kubeconfig context holds it; WAN members as the others see them</source>
        <translation>%1: kein Kubeconfig-Kontext enthält es; WAN-Mitglieder aus Sicht der anderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not read yet; WAN members as the others see them</source>
        <translation>%1: noch nicht gelesen; WAN-Mitglieder aus Sicht der anderen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In the WAN membership with %1 of %2 servers alive, but in no kubeconfig context.</source>
        <translation>In der WAN-Mitgliedschaft mit %1 von %2 Servern aktiv, aber in keinem Kubeconfig-Kontext.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Catalog services of %1: not read</source>
        <translation>Katalogdienste von %1: nicht gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog services of %1</source>
        <translation>Katalogdienste von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog services of %1, read through %2</source>
        <translation>Katalogdienste von %1, gelesen über %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>Unknown: no kubeconfig context holds %1.</source>
        <translation>Unbekannt: kein Kubeconfig-Kontext enthält %1.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The primary datacenter: the others replicate from it.</source>
        <translation>Das primäre Rechenzentrum: die anderen replizieren von ihm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating it...</source>
        <translation>Wird angelegt...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating it failed: %1</source>
        <translation>Anlegen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create the ProxyDefaults resource &quot;global&quot; in context %1, mesh gateway mode %2</source>
        <translation>Die ProxyDefaults-Ressource &quot;global&quot; in Kontext %1 anlegen, Mesh-Gateway-Modus %2</translation>
    </message>
</context>
<context>
    <name>MembershipMonitor</name>
    <message>
        <location filename="../src/kube/MembershipMonitor.cpp" line="+411"/>
        <source>Context &quot;%1&quot; is not watched.</source>
        <translation>Kontext &quot;%1&quot; wird nicht überwacht.</translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <location filename="../src/cli/PassphraseInput.cpp" line="+73"/>
        <source>cannot read the passphrase: %1</source>
        <translation>die Passphrase kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the passphrase is longer than %1 bytes</source>
        <translation>die Passphrase ist länger als %1 Bytes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>file descriptor %1 is not open</source>
        <translation>Dateideskriptor %1 ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>file descriptor %1 gave an empty passphrase</source>
        <translation>Dateideskriptor %1 hat eine leere Passphrase geliefert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no terminal to ask for the passphrase on; pass it with --passphrase-fd N</source>
        <translation>kein Terminal, um nach der Passphrase zu fragen; übergeben Sie sie mit --passphrase-fd N</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write to the terminal</source>
        <translation>in das Terminal kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>cannot turn off the terminal&apos;s echo; pass the passphrase with --passphrase-fd N</source>
        <translation>das Echo des Terminals kann nicht abgeschaltet werden; übergeben Sie die Passphrase mit --passphrase-fd N</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>no passphrase given</source>
        <translation>keine Passphrase angegeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the passphrases do not match</source>
        <translation>die Passphrasen stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>PlanApply</name>
    <message>
        <location filename="../src/kube/PlanApply.cpp" line="+92"/>
        <source>The plan has no primary datacenter.</source>
        <translation>Der Plan hat kein primäres Rechenzentrum.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+364"/>
        <location line="+61"/>
        <location line="+64"/>
        <source>There is no client for context &quot;%1&quot;.</source>
        <translation>Es gibt keinen Client für Kontext &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-407"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Release %1 in %2 is deployed with these values already (revision %3); nothing to do.</source>
        <translation>Release %1 in %2 ist bereits mit diesen Werten bereitgestellt (Revision %3); nichts zu tun.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No Helm program is set.</source>
        <translation>Es ist kein Helm-Programm festgelegt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Installed release %1 in %2.</source>
        <translation>Release %1 in %2 installiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgraded release %1 in %2.</source>
        <translation>Release %1 in %2 aktualisiert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Gave up after %1 s: %2</source>
        <translation>Nach %1 s aufgegeben: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 has its federation secret %2, and its mesh gateway the address %3.</source>
        <translation>%1 hat sein Föderations-Secret %2 und sein Mesh-Gateway die Adresse %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has its federation secret %2.</source>
        <translation>%1 hat sein Föderations-Secret %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the federation secret %1 is not there yet</source>
        <translation>das Föderations-Secret %1 ist noch nicht vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mesh gateway %1 has no external address yet</source>
        <translation>das Mesh-Gateway %1 hat noch keine externe Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for %1: %2.</source>
        <translation>Warten auf %1: %2.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 The primary&apos;s secret holds other data (the primary may have been reinstalled). Replace the copy?</source>
        <translation>%1 Das Secret des primären Rechenzentrums enthält andere Daten (das primäre wurde vielleicht neu installiert). Die Kopie ersetzen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The existing copy was kept; the secondary may not join with it.</source>
        <translation>Die bestehende Kopie wurde behalten; das sekundäre Rechenzentrum kann damit womöglich nicht beitreten.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Created ProxyDefaults global (mesh gateway mode %1) in %2; waiting until it is synced.</source>
        <translation>ProxyDefaults global (Mesh-Gateway-Modus %1) in %2 angelegt; es wird gewartet, bis es synchronisiert ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ProxyDefaults global in %1 has mesh gateway mode %2, the plan %3; it was left as it is. Change it with kubectl edit proxydefaults global -n %4 --context %5.</source>
        <translation>ProxyDefaults global in %1 hat den Mesh-Gateway-Modus %2, der Plan %3; es wurde so belassen. Ändern Sie es mit kubectl edit proxydefaults global -n %4 --context %5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ProxyDefaults global in %1 is synced (mesh gateway mode %2).</source>
        <translation>ProxyDefaults global in %1 ist synchronisiert (Mesh-Gateway-Modus %2).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No datacenter of the plan can be read.</source>
        <translation>Kein Rechenzentrum des Plans kann gelesen werden.</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <location filename="../src/gui/PlanDocument.cpp" line="+35"/>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] — Consul Federator</source>
        <translation>%1[*] – Consul Federator</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the plan</source>
        <translation>Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan names contexts this kubeconfig does not have: %1</source>
        <translation>Der Plan nennt Kontexte, die diese Kubeconfig nicht hat: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot save the plan</source>
        <translation>Plan kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open federation plan</source>
        <translation>Föderationsplan öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Federation plans (*.yaml *.yml);;All files (*)</source>
        <translation>Föderationspläne (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save federation plan</source>
        <translation>Föderationsplan speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Federation plans (*.yaml *.yml)</source>
        <translation>Föderationspläne (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the plan?</source>
        <translation>Plan speichern?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The federation plan has changes that are not saved.</source>
        <translation>Der Föderationsplan hat ungespeicherte Änderungen.</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../src/core/PlanFile.cpp" line="+97"/>
        <source>%1 must be a mapping.</source>
        <translation>%1 muss eine Zuordnung sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown key &quot;%1&quot;; %2 takes %3.</source>
        <translation>Unbekannter Schlüssel &quot;%1&quot;; %2 erlaubt %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a plan</source>
        <translation>ein Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>&quot;%1&quot; is given twice.</source>
        <translation>&quot;%1&quot; ist doppelt angegeben.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 must be true or false.</source>
        <translation>%1 muss true oder false sein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>canvas must be a mapping of contexts to {x, y}.</source>
        <translation>canvas muss eine Zuordnung von Kontexten zu {x, y} sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A context under canvas</source>
        <translation>Ein Kontext unter canvas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs both x and y.</source>
        <translation>%1 braucht x und y.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 must be a string (quote it if it looks like a number or a boolean).</source>
        <translation>%1 muss ein String sein (setzen Sie ihn in Anführungszeichen, wenn er wie eine Zahl oder ein Boolean aussieht).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 must be a mapping of Helm values.</source>
        <translation>%1 muss eine Zuordnung von Helm-Werten sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs a context.</source>
        <translation>%1 braucht einen Kontext.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a datacenter.</source>
        <translation>%1 braucht ein Rechenzentrum.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is &quot;%2&quot;; it must be local or remote.</source>
        <translation>%1 ist &quot;%2&quot;; erlaubt sind local oder remote.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is &quot;%2&quot;; it must be LoadBalancer or NodePort.</source>
        <translation>%1 ist &quot;%2&quot;; erlaubt sind LoadBalancer oder NodePort.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be a port number.</source>
        <translation>%1 muss eine Portnummer sein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is &quot;%2&quot;; it must be Service, NodeIP, NodeName or Static.</source>
        <translation>%1 ist &quot;%2&quot;; erlaubt sind Service, NodeIP, NodeName oder Static.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is not a plan: a plan file is a mapping with apiVersion %1 and kind %2.</source>
        <translation>Dies ist kein Plan: eine Plan-Datei ist eine Zuordnung mit apiVersion %1 und kind %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The plan has no %1 (%2).</source>
        <translation>Der Plan hat kein %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is &quot;%2&quot;; this version of Consul Federator reads %3.</source>
        <translation>%1 ist &quot;%2&quot;; diese Version von Consul Federator liest %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Context &quot;%1&quot; is in the plan more than once (first at line %2).</source>
        <translation>Kontext &quot;%1&quot; ist mehr als einmal im Plan (zuerst in Zeile %2).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>secondaries must be a list of datacenters.</source>
        <translation>secondaries muss eine Liste von Rechenzentren sein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The plan has no primary.</source>
        <translation>Der Plan hat kein primäres Rechenzentrum.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>It is a directory, not a plan file.</source>
        <translation>Es ist ein Verzeichnis, keine Plan-Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over %1 MiB, too large for a plan.</source>
        <translation>Größer als %1 MiB, zu groß für einen Plan.</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <location filename="../src/cli/PlanOptions.cpp" line="+24"/>
        <source>Context of the primary datacenter.</source>
        <translation>Kontext des primären Rechenzentrums.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>CONTEXT</source>
        <translation>KONTEXT</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Context of a secondary datacenter; repeat for each secondary.</source>
        <translation>Kontext eines sekundären Rechenzentrums; für jedes sekundäre wiederholen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consul datacenter name of a context, instead of the one derived from the context name; repeatable.</source>
        <translation>Consul-Rechenzentrumsname eines Kontexts statt des aus dem Kontextnamen abgeleiteten; wiederholbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONTEXT=NAME</source>
        <translation>KONTEXT=NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable ACLs (they are enabled by default).</source>
        <translation>Deaktiviert ACLs (standardmäßig aktiviert).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable gossip encryption (it is enabled by default).</source>
        <translation>Deaktiviert die Gossip-Verschlüsselung (standardmäßig aktiviert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespace Consul is installed into (default: consul).</source>
        <translation>Namespace, in den Consul installiert wird (Standard: consul).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helm release name (default: consul).</source>
        <translation>Name des Helm-Release (Standard: consul).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>global.name, the prefix of Consul&apos;s resources (default: consul; empty for &lt;release&gt;-consul).</source>
        <translation>global.name, das Präfix der Consul-Ressourcen (Standard: consul; leer für &lt;release&gt;-consul).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ProxyDefaults mesh gateway mode: local or remote (default: local).</source>
        <translation>Mesh-Gateway-Modus von ProxyDefaults: local oder remote (Standard: local).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mesh gateway Service type: LoadBalancer or NodePort (default: LoadBalancer).</source>
        <translation>Service-Typ des Mesh-Gateways: LoadBalancer oder NodePort (Standard: LoadBalancer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node port of the mesh gateway Service; required with NodePort.</source>
        <translation>Node-Port des Mesh-Gateway-Service; mit NodePort erforderlich.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan file to start from (as the app saves it, with each datacenter&apos;s own values); the other options override it. Its contexts are looked up in the kubeconfig.</source>
        <translation>Plan-Datei als Ausgangspunkt (wie die Anwendung sie speichert, mit den eigenen Werten jedes Rechenzentrums); die anderen Optionen überschreiben sie. Ihre Kontexte werden in der Kubeconfig nachgeschlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--primary CONTEXT is required (or a --plan FILE that names it).</source>
        <translation>--primary KONTEXT ist erforderlich (oder ein --plan DATEI, der ihn nennt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--primary needs a context.</source>
        <translation>--primary braucht einen Kontext.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least one --secondary CONTEXT is required.</source>
        <translation>mindestens ein --secondary KONTEXT ist erforderlich.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the plan has no secondary; give at least one --secondary CONTEXT.</source>
        <translation>der Plan hat kein sekundäres Rechenzentrum; geben Sie mindestens ein --secondary KONTEXT an.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--mesh-gateway-mode must be local or remote, not &quot;%1&quot;.</source>
        <translation>--mesh-gateway-mode muss local oder remote sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--mesh-gateway-service must be LoadBalancer or NodePort, not &quot;%1&quot;.</source>
        <translation>--mesh-gateway-service muss LoadBalancer oder NodePort sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--node-port must be a port number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--node-port muss eine Portnummer von 1 bis 65535 sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--node-port needs --mesh-gateway-service NodePort (or a plan with a NodePort Service).</source>
        <translation>--node-port braucht --mesh-gateway-service NodePort (oder einen Plan mit einem NodePort-Service).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--datacenter takes CONTEXT=NAME, not &quot;%1&quot;.</source>
        <translation>--datacenter erwartet KONTEXT=NAME, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--datacenter names context &quot;%1&quot; more than once.</source>
        <translation>--datacenter nennt Kontext &quot;%1&quot; mehr als einmal.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--datacenter names context &quot;%1&quot;, which is neither --primary nor --secondary.</source>
        <translation>--datacenter nennt Kontext &quot;%1&quot;, der weder --primary noch --secondary ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--datacenter gives context &quot;%1&quot; the name &quot;%2&quot;, which is not a valid datacenter name: use 1 to 63 lowercase letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation>--datacenter gibt Kontext &quot;%1&quot; den Namen &quot;%2&quot;, der kein gültiger Rechenzentrumsname ist: verwenden Sie 1 bis 63 Kleinbuchstaben, Ziffern und &apos;-&apos;, beginnend und endend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
</context>
<context>
    <name>PlanOptionsPanel</name>
    <message>
        <location filename="../forms/PlanOptionsPanel.ui" line="+5"/>
        <source>Federation plan options</source>
        <translation>Optionen des Föderationsplans</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;ACLs (global.acls.manageSystemACLs)</source>
        <translation>AC&amp;Ls (global.acls.manageSystemACLs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every API call must present an ACL token; secondaries replicate ACLs from the primary.</source>
        <translation>Jeder API-Aufruf muss ein ACL-Token vorweisen; sekundäre Rechenzentren replizieren die ACLs vom primären.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Gossip encryption</source>
        <translation>&amp;Gossip-Verschlüsselung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The primary generates the key; secondaries take it from the federation secret.</source>
        <translation>Das primäre Rechenzentrum erzeugt den Schlüssel; sekundäre übernehmen ihn aus dem Föderations-Secret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mesh gateway &amp;Service</source>
        <translation>Mesh-Gateway-&amp;Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Node port</source>
        <translation>&amp;Node-Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;WAN address from</source>
        <translation>WAN-Adresse a&amp;us</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatic address</source>
        <translation>Statische Adr&amp;esse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gateway.example.com</source>
        <translation>gateway.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mesh gateway &amp;mode</source>
        <translation>Mesh-Gateway-&amp;Modus</translation>
    </message>
    <message>
        <location filename="../src/gui/PlanOptionsPanel.cpp" line="+9"/>
        <source>LoadBalancer</source>
        <translation>LoadBalancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NodePort</source>
        <translation>NodePort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service (the gateway&apos;s external address)</source>
        <translation>Service (die externe Adresse des Gateways)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NodeIP</source>
        <translation>NodeIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NodeName</source>
        <translation>NodeName</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static address</source>
        <translation>Statische Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local: leave through the local gateway</source>
        <translation>local: über das lokale Gateway nach außen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remote: go straight to the remote gateway</source>
        <translation>remote: direkt zum entfernten Gateway</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No federation yet. Make a datacenter the primary: select it and press Ctrl+Shift+P, or use its context menu.</source>
        <translation>Noch keine Föderation. Machen Sie ein Rechenzentrum zum primären: wählen Sie es aus und drücken Sie Strg+Umschalt+P, oder verwenden Sie sein Kontextmenü.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Primary %1 with %2 secondary datacenters.</source>
        <translation>Primäres Rechenzentrum %1 mit %2 sekundären Rechenzentren.</translation>
    </message>
</context>
<context>
    <name>PlanValues</name>
    <message>
        <location filename="../src/core/PlanValues.cpp" line="+127"/>
        <source>The plan has no datacenter for context &quot;%1&quot;.</source>
        <translation>Der Plan hat kein Rechenzentrum für Kontext &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Helm values are a mapping of keys to values.</source>
        <translation>Helm-Werte sind eine Zuordnung von Schlüsseln zu Werten.</translation>
    </message>
</context>
<context>
    <name>ProxyDefaultsStatus</name>
    <message>
        <location filename="../src/core/ProxyDefaultsStatus.cpp" line="+46"/>
        <source>No ProxyDefaults &quot;global&quot;: traffic between datacenters does not go through the mesh gateways until it exists.</source>
        <translation>Kein ProxyDefaults &quot;global&quot;: Datenverkehr zwischen Rechenzentren läuft erst über die Mesh-Gateways, wenn es existiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no mode)</source>
        <translation>(kein Modus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ProxyDefaults &quot;global&quot;, mesh gateway mode %1: synced to Consul.</source>
        <translation>ProxyDefaults &quot;global&quot;, Mesh-Gateway-Modus %1: mit Consul synchronisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ProxyDefaults &quot;global&quot;, mesh gateway mode %1: not synced (%2: %3).</source>
        <translation>ProxyDefaults &quot;global&quot;, Mesh-Gateway-Modus %1: nicht synchronisiert (%2: %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ProxyDefaults &quot;global&quot;, mesh gateway mode %1: waiting for consul-k8s to sync it.</source>
        <translation>ProxyDefaults &quot;global&quot;, Mesh-Gateway-Modus %1: wartet auf die Synchronisierung durch consul-k8s.</translation>
    </message>
</context>
<context>
    <name>ProxyResolver</name>
    <message>
        <location filename="../src/kube/ProxyResolver.cpp" line="+11"/>
        <source>the proxy address &quot;%1&quot; is not a URL such as http://proxy:3128</source>
        <translation>die Proxy-Adresse &quot;%1&quot; ist keine URL wie http://proxy:3128</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the proxy &quot;%1&quot; uses https://, a TLS connection to the proxy itself, which this app cannot make; use the proxy&apos;s plain http:// port or a socks5:// proxy</source>
        <translation>der Proxy &quot;%1&quot; verwendet https://, also eine TLS-Verbindung zum Proxy selbst, die diese Anwendung nicht aufbauen kann; verwenden Sie den einfachen http://-Port des Proxys oder einen socks5://-Proxy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the proxy &quot;%1&quot; has the unsupported scheme &quot;%2&quot;; use http:// or socks5://</source>
        <translation>der Proxy &quot;%1&quot; hat das nicht unterstützte Schema &quot;%2&quot;; verwenden Sie http:// oder socks5://</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 (from the %2 environment variable)</source>
        <translation>%1 (aus der Umgebungsvariablen %2)</translation>
    </message>
</context>
<context>
    <name>ReleaseReader</name>
    <message>
        <location filename="../src/kube/ReleaseReader.cpp" line="+22"/>
        <source>Cannot read Helm release %1 in namespace %2 of context %3: %4</source>
        <translation>Helm-Release %1 im Namespace %2 von Kontext %3 kann nicht gelesen werden: %4</translation>
    </message>
</context>
<context>
    <name>SealedSecret</name>
    <message>
        <location filename="../src/core/SealedSecret.cpp" line="+101"/>
        <source>the secret is empty or larger than %1 bytes</source>
        <translation>das Secret ist leer oder größer als %1 Bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the passphrase is too short: use at least %1 characters</source>
        <translation>die Passphrase ist zu kurz: verwenden Sie mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scrypt cost is out of range</source>
        <translation>die scrypt-Kosten liegen außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no random bytes for the salt and nonce</source>
        <translation>keine Zufallsbytes für Salt und Nonce</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+71"/>
        <source>scrypt failed (out of memory?)</source>
        <translation>scrypt ist fehlgeschlagen (kein Speicher mehr?)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>HMAC-SHA-256 failed</source>
        <translation>HMAC-SHA-256 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <location line="+68"/>
        <source>AES-256-GCM failed</source>
        <translation>AES-256-GCM ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>this is not a sealed secret (of consul-federator&apos;s export --seal-secret)</source>
        <translation>dies ist kein versiegeltes Secret (von export --seal-secret von consul-federator)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sealed file was changed or damaged: its checksum does not match its contents</source>
        <translation>die versiegelte Datei wurde verändert oder beschädigt: ihre Prüfsumme passt nicht zum Inhalt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sealed file has format version %1 (key derivation %2); this version of consul-federator reads version %3 with scrypt</source>
        <translation>die versiegelte Datei hat das Format Version %1 (Schlüsselableitung %2); diese Version von consul-federator liest Version %3 mit scrypt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the sealed file was changed: its scrypt cost (N 2^%1, r %2, p %3) is beyond what consul-federator ever writes</source>
        <translation>die versiegelte Datei wurde verändert: ihre scrypt-Kosten (N 2^%1, r %2, p %3) übersteigen alles, was consul-federator je schreibt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>wrong passphrase</source>
        <translation>falsche Passphrase</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the sealed file was changed: its contents do not authenticate under the passphrase&apos;s key</source>
        <translation>die versiegelte Datei wurde verändert: ihr Inhalt lässt sich mit dem Schlüssel der Passphrase nicht authentifizieren</translation>
    </message>
</context>
<context>
    <name>SecretTransfer</name>
    <message>
        <location filename="../src/kube/SecretTransfer.cpp" line="+76"/>
        <source>The primary&apos;s federation secret exists and is valid</source>
        <translation>Das Föderations-Secret des primären Rechenzentrums existiert und ist gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secondary&apos;s namespace exists</source>
        <translation>Der Namespace des sekundären Rechenzentrums existiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret is transferred</source>
        <translation>Das Secret ist übertragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy reads back the same (SHA-256)</source>
        <translation>Die zurückgelesene Kopie ist identisch (SHA-256)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reading %1 from %2.</source>
        <translation>%1 wird aus %2 gelesen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no client for the primary %1.</source>
        <translation>Es gibt keinen Client für das primäre Rechenzentrum %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The federation secret %1 does not exist in namespace %2 of %3. The primary&apos;s Helm release creates it with global.federation.enabled and global.federation.createFederationSecret set to true.</source>
        <translation>Das Föderations-Secret %1 existiert nicht im Namespace %2 von %3. Das Helm-Release des primären Rechenzentrums legt es an, wenn global.federation.enabled und global.federation.createFederationSecret auf true gesetzt sind.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The federation secret %1 in %2 cannot be read: %3.</source>
        <translation>Das Föderations-Secret %1 in %2 kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The federation secret %1 in %2 is not valid: %3. Nothing was written to the secondary.</source>
        <translation>Das Föderations-Secret %1 in %2 ist nicht gültig: %3. In das sekundäre Rechenzentrum wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The mesh gateway Service %1 in %2 has no external address yet, so primary_gateways could not be checked.</source>
        <translation>Der Mesh-Gateway-Service %1 in %2 hat noch keine externe Adresse, daher konnten primary_gateways nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mesh gateway Service %1 does not exist in namespace %2 of %3, so primary_gateways could not be checked.</source>
        <translation>Der Mesh-Gateway-Service %1 existiert nicht im Namespace %2 von %3, daher konnten primary_gateways nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>primary_gateways could not be checked: %1</source>
        <translation>primary_gateways konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Created namespace %1 in %2.</source>
        <translation>Namespace %1 in %2 angelegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Namespace %1 does not exist in %2 and cannot be created: %3</source>
        <translation>Namespace %1 existiert in %2 nicht und kann nicht angelegt werden: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no client for %1.</source>
        <translation>Es gibt keinen Client für %1.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+28"/>
        <source>Namespace %1 exists in %2.</source>
        <translation>Namespace %1 existiert in %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not check namespace %1 in %2: %3</source>
        <translation>Namespace %1 in %2 konnte nicht geprüft werden: %3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>primary_gateways in the federation secret (%1) differ from the mesh gateway Service&apos;s external addresses in %2 (%3): the secret may be stale, and secondaries may fail to join the WAN. Upgrade the primary&apos;s Helm release to regenerate it.</source>
        <translation>Die primary_gateways im Föderations-Secret (%1) weichen von den externen Adressen des Mesh-Gateway-Service in %2 (%3) ab: das Secret ist vielleicht veraltet, und sekundäre Rechenzentren können dem WAN womöglich nicht beitreten. Führen Sie ein Upgrade des Helm-Release des primären Rechenzentrums aus, um es neu zu erzeugen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in namespace %2 of %3 is valid.</source>
        <translation>%1 im Namespace %2 von %3 ist gültig.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secret %1 in namespace %2 of %3 already holds the primary&apos;s data (SHA-256 matches); it was left as it is.</source>
        <translation>Das Secret %1 im Namespace %2 von %3 enthält bereits die Daten des primären Rechenzentrums (SHA-256 stimmt überein); es wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+63"/>
        <source>The secret %1 already exists in namespace %2 of %3; it was left as it is.</source>
        <translation>Das Secret %1 existiert bereits im Namespace %2 von %3; es wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The transfer to %1 was interrupted.</source>
        <translation>Die Übertragung nach %1 wurde unterbrochen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replacing %1 in %2.</source>
        <translation>%1 wird in %2 ersetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating %1 in %2.</source>
        <translation>%1 wird in %2 angelegt.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Created %1 in namespace %2 of %3.</source>
        <translation>%1 im Namespace %2 von %3 angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced %1 in namespace %2 of %3.</source>
        <translation>%1 im Namespace %2 von %3 ersetzt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The copy read back from %1 does not hold the same data as the primary&apos;s secret (SHA-256 differs).</source>
        <translation>Die aus %1 zurückgelesene Kopie enthält nicht dieselben Daten wie das Secret des primären Rechenzentrums (SHA-256 weicht ab).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy read back from %1 cannot be read: %2.</source>
        <translation>Die Kopie aus %1 kann nicht zurückgelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+44"/>
        <source>The copy in %1 holds the same data as the primary&apos;s (SHA-256 matches).</source>
        <translation>Die Kopie in %1 enthält dieselben Daten wie die des primären Rechenzentrums (SHA-256 stimmt überein).</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+43"/>
        <source>Transferred %1 from %2 to namespace %3 of %4.</source>
        <translation>%1 von %2 in den Namespace %3 von %4 übertragen.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 Reading %2 back from %3 to see whether it was written.</source>
        <translation>%1 %2 wird aus %3 zurückgelesen, um zu sehen, ob es geschrieben wurde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 The secret %2 was not created in namespace %3 of %4: nothing was written there. Retry once the cluster answers again.</source>
        <translation>%1 Das Secret %2 wurde im Namespace %3 von %4 nicht angelegt: dort wurde nichts geschrieben. Versuchen Sie es erneut, sobald der Cluster wieder antwortet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Reading it back failed too: %2 Check whether %3 exists in namespace %4 of %5, and what it holds, before retrying.</source>
        <translation>%1 Auch das Zurücklesen schlug fehl: %2 Prüfen Sie, ob %3 im Namespace %4 von %5 existiert und was es enthält, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 The secret reads back from %2, so the write was made.</source>
        <translation>%1 Das Secret lässt sich aus %2 zurücklesen, das Schreiben hat also stattgefunden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 The secret %2 in namespace %3 of %4 was not replaced: it still holds its previous data. Retry once the cluster answers again.</source>
        <translation>%1 Das Secret %2 im Namespace %3 von %4 wurde nicht ersetzt: es enthält noch seine bisherigen Daten. Versuchen Sie es erneut, sobald der Cluster wieder antwortet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The secret %2 in namespace %3 of %4 now holds data other than the primary&apos;s (SHA-256 differs), written by someone else; it was left as it is. Check it, then retry and replace it.</source>
        <translation>%1 Das Secret %2 im Namespace %3 von %4 enthält jetzt andere Daten als das des Primärs (SHA-256 weicht ab), von jemand anderem geschrieben; es wurde so belassen. Prüfen Sie es, dann versuchen Sie es erneut und ersetzen es.</translation>
    </message>
</context>
<context>
    <name>SecureJson</name>
    <message>
        <location filename="../src/core/SecureJson.cpp" line="+20"/>
        <source>unexpected text after the JSON value</source>
        <translation>unerwarteter Text nach dem JSON-Wert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 at line %2, column %3</source>
        <translation>%1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+54"/>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>unexpected end of the JSON text</source>
        <translation>unerwartetes Ende des JSON-Texts</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>a number needs digits after its decimal point</source>
        <translation>eine Zahl braucht Ziffern nach ihrem Dezimalpunkt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a number needs digits in its exponent</source>
        <translation>eine Zahl braucht Ziffern in ihrem Exponenten</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>a \u escape needs four hex digits</source>
        <translation>ein \u-Escape braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a string is not closed</source>
        <translation>ein String ist nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a control character inside a string</source>
        <translation>ein Steuerzeichen in einem String</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>an unpaired UTF-16 surrogate</source>
        <translation>ein ungepaartes UTF-16-Surrogat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an unknown escape in a string</source>
        <translation>ein unbekanntes Escape in einem String</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>expected &quot;,&quot; or &quot;]&quot;</source>
        <translation>&quot;,&quot; oder &quot;]&quot; erwartet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a member name in quotes</source>
        <translation>Elementname in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected &quot;:&quot; after a member name</source>
        <translation>&quot;:&quot; nach einem Elementnamen erwartet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected &quot;,&quot; or &quot;}&quot;</source>
        <translation>&quot;,&quot; oder &quot;}&quot; erwartet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>too large for the secure memory set aside for secrets</source>
        <translation>zu groß für den geschützten Speicher, der für Secrets reserviert ist</translation>
    </message>
</context>
<context>
    <name>SimulatedCluster</name>
    <message>
        <location filename="../src/demo/SimulatedCluster.cpp" line="+63"/>
        <source>Cannot read the CA certificate of %1.</source>
        <translation>Das CA-Zertifikat von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot load the server key of %1.</source>
        <translation>Der Serverschlüssel von %1 kann nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot listen for %1 on 127.0.0.1: %2</source>
        <translation>Für %1 kann nicht auf 127.0.0.1 gelauscht werden: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Cannot make the faulty certificate of %1: %2</source>
        <translation>Das fehlerhafte Zertifikat von %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot create the certificates of %1: %2</source>
        <translation>Die Zertifikate von %1 können nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../src/gui/Theme.cpp" line="+101"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
</context>
<context>
    <name>TlsClientIdentity</name>
    <message>
        <location filename="../src/kube/TlsClientIdentity.cpp" line="+57"/>
        <source>the client certificate is not a PEM certificate</source>
        <translation>das Client-Zertifikat ist kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the client key is not a PEM private key (RSA, EC or PKCS#8, unencrypted)</source>
        <translation>der Client-Schlüssel ist kein privater PEM-Schlüssel (RSA, EC oder PKCS#8, unverschlüsselt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the client key is of type %1; only RSA and EC keys are supported</source>
        <translation>der Client-Schlüssel hat den Typ %1; nur RSA- und EC-Schlüssel werden unterstützt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the client key does not belong to the client certificate (%1)</source>
        <translation>der Client-Schlüssel gehört nicht zum Client-Zertifikat (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the client key could not be loaded for TLS</source>
        <translation>der Client-Schlüssel konnte nicht für TLS geladen werden</translation>
    </message>
</context>
<context>
    <name>TransferSecretCommand</name>
    <message>
        <location filename="../src/cli/TransferSecretCommand.cpp" line="+28"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy the federation secret from the primary&apos;s cluster to each secondary&apos;s, in memory only: it is read, validated against the plan (CA certificate and key, serverConfigJSON, replication token, gossip key), created in the secondary&apos;s namespace and read back to compare a SHA-256 of its data. Nothing is written to disk, and no secret value is printed.</source>
        <translation>Kopiert das Föderations-Secret vom Cluster des primären Rechenzentrums in den jedes sekundären, nur im Speicher: es wird gelesen, gegen den Plan validiert (CA-Zertifikat und -Schlüssel, serverConfigJSON, Replikations-Token, Gossip-Schlüssel), im Namespace des sekundären Rechenzentrums angelegt und zurückgelesen, um einen SHA-256 seiner Daten zu vergleichen. Nichts wird auf die Festplatte geschrieben, und kein Secret-Wert wird ausgegeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kubeconfig context of the primary datacenter.</source>
        <translation>Kubeconfig-Kontext des primären Rechenzentrums.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>CONTEXT</source>
        <translation>KONTEXT</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Kubeconfig context of a secondary datacenter; repeat it for several, which are done at the same time.</source>
        <translation>Kubeconfig-Kontext eines sekundären Rechenzentrums; für mehrere wiederholen, die dann gleichzeitig bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Namespace of Consul in every cluster (default: consul).</source>
        <translation>Namespace von Consul in jedem Cluster (Standard: consul).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the federation secret (default: consul-federation, the chart&apos;s name with global.name consul).</source>
        <translation>Name des Föderations-Secrets (Standard: consul-federation, der Name des Charts mit global.name consul).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace a copy that already exists in a secondary; without it that is an error.</source>
        <translation>Ersetzt eine Kopie, die in einem sekundären Rechenzentrum bereits existiert; ohne diese Option ist das ein Fehler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consul datacenter name of the primary, which serverConfigJSON must name (default: derived from the --from context).</source>
        <translation>Consul-Rechenzentrumsname des primären Rechenzentrums, den serverConfigJSON nennen muss (Standard: aus dem Kontext von --from abgeleitet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The federation runs without ACLs: the secret must hold no replicationToken.</source>
        <translation>Die Föderation läuft ohne ACLs: das Secret darf kein replicationToken enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The federation runs without gossip encryption: the secret must hold no gossipEncryptionKey.</source>
        <translation>Die Föderation läuft ohne Gossip-Verschlüsselung: das Secret darf keinen gossipEncryptionKey enthalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--from CONTEXT and --to CONTEXT are required.</source>
        <translation>--from KONTEXT und --to KONTEXT sind erforderlich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to %1 is the primary itself; name a secondary&apos;s context.</source>
        <translation>--to %1 ist das primäre Rechenzentrum selbst; nennen Sie den Kontext eines sekundären.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--namespace &quot;%1&quot; is not a valid namespace name.</source>
        <translation>--namespace &quot;%1&quot; ist kein gültiger Namespace-Name.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Run again with --replace to replace it.</source>
        <translation>Führen Sie den Befehl mit --replace erneut aus, um es zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>UnsealSecretCommand</name>
    <message>
        <location filename="../src/cli/UnsealSecretCommand.cpp" line="+40"/>
        <source>Decrypt a federation secret sealed by export --seal-secret, in memory, and create it in the cluster of a kubeconfig context, named as it was in the primary. The passphrase is asked for on the terminal without echo, or read from a file descriptor; nothing is created unless the passphrase is right and the file intact.</source>
        <translation>Entschlüsselt ein mit export --seal-secret versiegeltes Föderations-Secret im Speicher und legt es im Cluster eines Kubeconfig-Kontexts an, unter dem Namen, den es im primären Rechenzentrum hatte. Die Passphrase wird im Terminal ohne Echo abgefragt oder aus einem Dateideskriptor gelesen; es wird nur etwas angelegt, wenn die Passphrase stimmt und die Datei unversehrt ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sealed secret (federation-secret.sealed).</source>
        <translation>Das versiegelte Secret (federation-secret.sealed).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context of the secondary datacenter to create the secret in.</source>
        <translation>Kontext des sekundären Rechenzentrums, in dem das Secret angelegt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONTEXT</source>
        <translation>KONTEXT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Namespace to create the secret in (default: the one it was sealed from).</source>
        <translation>Namespace, in dem das Secret angelegt wird (Standard: der, aus dem es versiegelt wurde).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the passphrase from file descriptor N (to its end) instead of asking. Never give a passphrase on the command line.</source>
        <translation>Liest die Passphrase aus dem Dateideskriptor N (bis zu seinem Ende), statt nachzufragen. Geben Sie eine Passphrase nie auf der Befehlszeile an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the secret when the namespace already has it.</source>
        <translation>Ersetzt das Secret, wenn der Namespace es bereits hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FILE, the sealed secret, is required.</source>
        <translation>DATEI, das versiegelte Secret, ist erforderlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to CONTEXT is required.</source>
        <translation>--to KONTEXT ist erforderlich.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--passphrase-fd takes a file descriptor number, not &quot;%1&quot;.</source>
        <translation>--passphrase-fd erwartet die Nummer eines Dateideskriptors, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a sealed secret (of consul-federator&apos;s export --seal-secret).</source>
        <translation>%1 ist kein versiegeltes Secret (von export --seal-secret von consul-federator).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2; nothing was created.</source>
        <translation>%1: %2; es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not hold a Secret: %2</source>
        <translation>%1 enthält kein Secret: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (unseal-secret --replace does that.)</source>
        <translation> (unseal-secret --replace erledigt das.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secret/%1 replaced in namespace %2 of context %3.</source>
        <translation>secret/%1 im Namespace %2 von Kontext %3 ersetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret/%1 created in namespace %2 of context %3.</source>
        <translation>secret/%1 im Namespace %2 von Kontext %3 angelegt.</translation>
    </message>
</context>
<context>
    <name>UpgradeValuesCommand</name>
    <message>
        <location filename="../src/cli/UpgradeValuesCommand.cpp" line="+34"/>
        <source>Upgrade an installed Consul release for federation, as the procedure&apos;s &quot;Upgrading An Existing Cluster&quot; says: write its values with the plan&apos;s federation keys laid over, every other value kept, and print what changed. Nothing is read from or written to a cluster.</source>
        <translation>Bereitet ein installiertes Consul-Release auf die Föderation vor, wie es der Abschnitt &quot;Upgrading An Existing Cluster&quot; des Verfahrens beschreibt: schreibt seine Werte mit darübergelegten Föderationsschlüsseln des Plans, wobei jeder andere Wert erhalten bleibt, und gibt aus, was sich geändert hat. Aus keinem Cluster wird gelesen, in keinen geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The federation&apos;s plan file.</source>
        <translation>Die Plan-Datei der Föderation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The plan&apos;s context whose release is upgraded.</source>
        <translation>Der Kontext des Plans, dessen Release aktualisiert wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONTEXT</source>
        <translation>KONTEXT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The release&apos;s values, as `helm get values RELEASE -o yaml` prints them.</source>
        <translation>Die Werte des Release, wie `helm get values RELEASE -o yaml` sie ausgibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The release&apos;s Secret, as `kubectl get secret sh.helm.release.v1.RELEASE.vN -o json` prints it.</source>
        <translation>Das Secret des Release, wie `kubectl get secret sh.helm.release.v1.RELEASE.vN -o json` es ausgibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to write the new values.</source>
        <translation>Wohin die neuen Werte geschrieben werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 is required, once.</source>
        <translation>--%1 ist erforderlich, genau einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give the installed values with one --values FILE or one --release-secret FILE.</source>
        <translation>geben Sie die installierten Werte mit genau einem --values DATEI oder einem --release-secret DATEI an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the plan has no datacenter for context &quot;%1&quot;.</source>
        <translation>der Plan hat kein Rechenzentrum für Kontext &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: Helm values are a mapping of keys to values.</source>
        <translation>%1: Helm-Werte sind eine Zuordnung von Schlüsseln zu Werten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Release %1 (revision %2, chart %3 %4) in namespace %5.</source>
        <translation>Release %1 (Revision %2, Chart %3 %4) im Namespace %5.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan names this datacenter &quot;%1&quot;; it stays &quot;%2&quot; as installed.</source>
        <translation>Der Plan nennt dieses Rechenzentrum &quot;%1&quot;; es bleibt &quot;%2&quot; wie installiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n key(s) changed; written to %1.</source>
        <translation>
            <numerusform>%n Schlüssel geändert; geschrieben nach %1.</numerusform>
            <numerusform>%n Schlüssel geändert; geschrieben nach %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValuesCheck</name>
    <message>
        <location filename="../src/core/ValuesCheck.cpp" line="+224"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>null or not a single value</source>
        <translation>null oder kein einzelner Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is &quot;%1&quot;</source>
        <translation>ist &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Helm values must be a mapping of keys, not a list or a single value</source>
        <translation>Helm-Werte müssen eine Zuordnung von Schlüsseln sein, keine Liste und kein einzelner Wert</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>set twice: Helm uses this value and ignores the one on line %1</source>
        <translation>doppelt gesetzt: Helm verwendet diesen Wert und ignoriert den in Zeile %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the chart has no key &quot;%1&quot; here</source>
        <translation>das Chart hat hier keinen Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chart has no key &quot;%1&quot; here; did you mean &quot;%2&quot;?</source>
        <translation>das Chart hat hier keinen Schlüssel &quot;%1&quot;; meinten Sie &quot;%2&quot;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be true: %1 (%2)</source>
        <translation>muss true sein: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set: consul-k8s 1.0 and later default to true, older charts to false; set it to true (%1)</source>
        <translation>nicht gesetzt: consul-k8s ab 1.0 verwendet standardmäßig true, ältere Charts false; setzen Sie es auf true (%1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a datacenter needs a name (%1)</source>
        <translation>ein Rechenzentrum braucht einen Namen (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is no valid datacenter name: use up to %2 lowercase letters, digits and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation>&quot;%1&quot; ist kein gültiger Rechenzentrumsname: verwenden Sie bis zu %2 Kleinbuchstaben, Ziffern und &apos;-&apos;, beginnend und endend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>admin partitions cannot be used with WAN federation; set it to false (cluster peering is the way to connect partitions)</source>
        <translation>Admin-Partitionen lassen sich nicht mit der WAN-Föderation verwenden; setzen Sie es auf false (Cluster-Peering ist der Weg, Partitionen zu verbinden)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a NodePort mesh gateway service needs its node port (%1), the port the other datacenters&apos; gateways dial</source>
        <translation>ein NodePort-Mesh-Gateway-Service braucht seinen Node-Port (%1), den Port, den die Gateways der anderen Rechenzentren anwählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is no port number</source>
        <translation>&quot;%1&quot; ist keine Portnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is outside Kubernetes&apos; default node port range %2-%3</source>
        <translation>%1 liegt außerhalb des Standard-Node-Port-Bereichs %2-%3 von Kubernetes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>with meshGateway.wanAddress.source Static the mesh gateway needs the address other datacenters reach it at (%1)</source>
        <translation>mit meshGateway.wanAddress.source Static braucht das Mesh-Gateway die Adresse, unter der andere Rechenzentren es erreichen (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the gossip encryption secret needs the key that holds it (%1)</source>
        <translation>das Secret für die Gossip-Verschlüsselung braucht den Namen des Eintrags, der den Gossip-Schlüssel enthält (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the gossip encryption key needs the name of its secret (%1)</source>
        <translation>der Gossip-Verschlüsselungsschlüssel braucht den Namen seines Secrets (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>datacenter &quot;%1&quot; is also the name in %2; each federated datacenter needs its own name</source>
        <translation>Rechenzentrum &quot;%1&quot; ist auch der Name in %2; jedes föderierte Rechenzentrum braucht einen eigenen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set, so it is the chart&apos;s default &quot;%1&quot;, which is also the name in %2; each federated datacenter needs its own name</source>
        <translation>nicht gesetzt, also gilt der Standardwert &quot;%1&quot; des Charts, der auch der Name in %2 ist; jedes föderierte Rechenzentrum braucht einen eigenen Namen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>only the primary creates the federation secret, and %1 (%2) does already; set it in exactly one datacenter</source>
        <translation>nur das primäre Rechenzentrum legt das Föderations-Secret an, und %1 (%2) tut das bereits; setzen Sie es in genau einem Rechenzentrum</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the primary (the datacenter the secondaries name) must create the federation secret that the secondaries import</source>
        <translation>das primäre Rechenzentrum (das Rechenzentrum, das die sekundären nennen) muss das Föderations-Secret anlegen, das die sekundären importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no datacenter is the primary: set this to true in the primary&apos;s values, and global.federation.primaryDatacenter in each secondary&apos;s</source>
        <translation>kein Rechenzentrum ist das primäre: setzen Sie dies in den Werten des primären auf true und global.federation.primaryDatacenter in denen jedes sekundären</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the primary creates the federation secret but names &quot;%1&quot; as the primary; leave this unset or set it to &quot;%2&quot;</source>
        <translation>das primäre Rechenzentrum legt das Föderations-Secret an, nennt aber &quot;%1&quot; als primäres; lassen Sie dies ungesetzt oder setzen Sie es auf &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with ACLs the primary must create the replication token the secondaries authenticate with (%1)</source>
        <translation>mit ACLs muss das primäre Rechenzentrum das Replikations-Token anlegen, mit dem sich die sekundären authentifizieren (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a secondary must name the primary datacenter, &quot;%1&quot; (%2)</source>
        <translation>ein sekundäres Rechenzentrum muss das primäre Rechenzentrum nennen, &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>names &quot;%1&quot;, but the primary is &quot;%2&quot; (%3)</source>
        <translation>nennt &quot;%1&quot;, aber das primäre ist &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names &quot;%1&quot;, but the other secondaries name &quot;%2&quot;</source>
        <translation>nennt &quot;%1&quot;, aber die anderen sekundären nennen &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with ACLs a secondary replicates them with the primary&apos;s replication token from the federation secret</source>
        <translation>mit ACLs repliziert ein sekundäres Rechenzentrum sie mit dem Replikations-Token des primären aus dem Föderations-Secret</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a secondary&apos;s servers need certificates from the primary&apos;s CA, imported with the federation secret</source>
        <translation>die Server eines sekundären Rechenzentrums brauchen Zertifikate von der CA des primären, importiert mit dem Föderations-Secret</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a secondary must use the primary&apos;s gossip key from the federation secret (secretName and secretKey); a key of its own keeps it out of the gossip pool</source>
        <translation>ein sekundäres Rechenzentrum muss den Gossip-Schlüssel des primären aus dem Föderations-Secret verwenden (secretName und secretKey); ein eigener Schlüssel hält es aus dem Gossip-Pool heraus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>needs secretName and secretKey: %1</source>
        <translation>braucht secretName und secretKey: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs the secret&apos;s name: %1</source>
        <translation>braucht den Namen des Secrets: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs the key within the secret: %1</source>
        <translation>braucht den Schlüssel innerhalb des Secrets: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>with ACLs a secondary needs the https URL of its Kubernetes API server, which the primary&apos;s servers call to verify its tokens (%1)</source>
        <translation>mit ACLs braucht ein sekundäres Rechenzentrum die https-URL seines Kubernetes-API-Servers, die die Server des primären aufrufen, um seine Tokens zu verifizieren (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not the https:// URL of a Kubernetes API server</source>
        <translation>&quot;%1&quot; ist nicht die https://-URL eines Kubernetes-API-Servers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is %2; the primary&apos;s Consul servers call this URL to verify this datacenter&apos;s tokens, so give an address of its API server they can reach</source>
        <translation>&quot;%1&quot; ist %2; die Consul-Server des primären Rechenzentrums rufen diese URL auf, um die Tokens dieses Rechenzentrums zu verifizieren, also geben Sie eine Adresse seines API-Servers an, die sie erreichen können</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a secondary needs the primary&apos;s mesh gateway addresses: mount the federation secret&apos;s serverConfigJSON here with load: true, or list global.federation.primaryGateways</source>
        <translation>ein sekundäres Rechenzentrum braucht die Mesh-Gateway-Adressen des primären: binden Sie das serverConfigJSON des Föderations-Secrets hier mit load: true ein oder listen Sie global.federation.primaryGateways auf</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>WAN federation through mesh gateways needs it</source>
        <translation>die WAN-Föderation über Mesh-Gateways braucht es</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ACLs are on here but off in %1 (%2); use them in every federated datacenter or in none</source>
        <translation>ACLs sind hier aktiviert, aber in %1 (%2) deaktiviert; verwenden Sie sie in jedem föderierten Rechenzentrum oder in keinem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACLs are off here but on in %1 (%2); use them in every federated datacenter or in none</source>
        <translation>ACLs sind hier deaktiviert, aber in %1 (%2) aktiviert; verwenden Sie sie in jedem föderierten Rechenzentrum oder in keinem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gossip encryption is on here but off in %1 (%2); use it in every federated datacenter or in none</source>
        <translation>die Gossip-Verschlüsselung ist hier aktiviert, aber in %1 (%2) deaktiviert; verwenden Sie sie in jedem föderierten Rechenzentrum oder in keinem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gossip encryption is off here but on in %1 (%2); use it in every federated datacenter or in none</source>
        <translation>die Gossip-Verschlüsselung ist hier deaktiviert, aber in %1 (%2) aktiviert; verwenden Sie sie in jedem föderierten Rechenzentrum oder in keinem</translation>
    </message>
    <message>
        <location line="-356"/>
        <source>is the string &quot;%1&quot;, which the chart takes for true (a Go template&apos;s if is true for any text but &quot;&quot;); write false without quotes</source>
        <translation>ist die Zeichenkette &quot;%1&quot;, die das Chart als wahr nimmt (ein if in einer Go-Vorlage ist für jeden Text außer &quot;&quot; wahr); schreiben Sie false ohne Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>ValuesPanel</name>
    <message>
        <location filename="../forms/ValuesPanel.ui" line="+5"/>
        <source>Helm values</source>
        <translation>Helm-Werte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This datacenter is not in the federation plan. Make it the primary (Ctrl+Shift+P), or federate it with the primary (Ctrl+Shift+F or drag it onto the primary), to see and edit its Helm values.</source>
        <translation>Dieses Rechenzentrum ist nicht im Föderationsplan. Machen Sie es zum primären (Strg+Umschalt+P) oder föderieren Sie es mit dem primären (Strg+Umschalt+F oder auf das primäre ziehen), um seine Helm-Werte zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Helm values editor</source>
        <translation>Editor für Helm-Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected datacenter&apos;s Helm values as YAML. Edits change the plan; problems are underlined and listed below.</source>
        <translation>Die Helm-Werte des ausgewählten Rechenzentrums als YAML. Änderungen wirken sich auf den Plan aus; Probleme werden unterstrichen und unten aufgelistet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems in the Helm values</source>
        <translation>Probleme in den Helm-Werten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter on a problem to jump to its line.</source>
        <translation>Drücken Sie die Eingabetaste auf einem Problem, um zu seiner Zeile zu springen.</translation>
    </message>
    <message>
        <location filename="../src/gui/ValuesPanel.cpp" line="+71"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="+25"/>
        <source>Verify a federation as the procedure does, through each cluster&apos;s API server: every datacenter&apos;s servers alive in the primary&apos;s WAN view and in each secondary&apos;s, ACL replication running on each secondary, and a catalog read from every datacenter to every other. Prints one line per check. Changes nothing.

Exit codes: 0 federated; 1 something is not; 2 a usage error.</source>
        <translation>Verifiziert eine Föderation so, wie es das Verfahren tut, über den API-Server jedes Clusters: die Server jedes Rechenzentrums aktiv in der WAN-Sicht des primären und jedes sekundären Rechenzentrums, laufende ACL-Replikation in jedem sekundären und ein Katalog-Lesezugriff von jedem Rechenzentrum auf jedes andere. Gibt eine Zeile pro Prüfung aus. Ändert nichts.

Exit-Codes: 0 föderiert; 1 etwas ist nicht föderiert; 2 ein Aufruffehler.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read again until federated, for up to this many seconds (default: 0, read once).</source>
        <translation>Liest erneut, bis die Föderation besteht, höchstens so viele Sekunden lang (Standard: 0, einmal lesen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--wait takes a number of seconds, not &quot;%1&quot;.</source>
        <translation>--wait erwartet eine Anzahl von Sekunden, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>warning: %1; verifying with the plan&apos;s datacenter names.</source>
        <translation>Warnung: %1; es wird mit den Rechenzentrumsnamen des Plans verifiziert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ok  </source>
        <translation>ok    </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
</context>
<context>
    <name>WanMember</name>
    <message>
        <location filename="../src/core/WanMember.cpp" line="+86"/>
        <source>alive</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaving</source>
        <translation>im Austritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left</source>
        <translation>ausgetreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ohne Status</translation>
    </message>
</context>
<context>
    <name>WanMemberModel</name>
    <message>
        <location filename="../src/gui/WanMemberModel.cpp" line="+71"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DC</source>
        <translation>RZ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
</context>
<context>
    <name>WanMembership</name>
    <message>
        <location filename="../src/core/WanMembership.cpp" line="+109"/>
        <source>The members are not valid JSON: %1 at character %2.</source>
        <translation>Die Mitglieder sind kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected a JSON array of members, as /v1/agent/members?wan=1 returns.</source>
        <translation>Erwartet wird ein JSON-Array von Mitgliedern, wie /v1/agent/members?wan=1 es liefert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Member %1: %2</source>
        <translation>Mitglied %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member %1 (%2): %3</source>
        <translation>Mitglied %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a JSON object.</source>
        <translation>kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name is empty.</source>
        <translation>Name ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port is not a port number.</source>
        <translation>Port ist keine Portnummer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status %1 is not a serf member status (0 none, 1 alive, 2 leaving, 3 left, 4 failed).</source>
        <translation>Status %1 ist kein Serf-Mitgliedsstatus (0 none, 1 alive, 2 leaving, 3 left, 4 failed).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>it has neither &quot;Name&quot; (Consul&apos;s API) nor &quot;name&quot; (members --json).</source>
        <translation>es hat weder &quot;Name&quot; (Consuls API) noch &quot;name&quot; (members --json).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port is not a port number.</source>
        <translation>port ist keine Portnummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status &quot;%1&quot; is not one of alive, leaving, left, failed, none.</source>
        <translation>status &quot;%1&quot; ist keiner von alive, leaving, left, failed, none.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type &quot;%1&quot; is not one of server, client, unknown.</source>
        <translation>type &quot;%1&quot; ist keiner von server, client, unknown.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No header line found: `consul members` output starts with &quot;Node  Address  Status  Type  Build  Protocol  DC  ...&quot;.</source>
        <translation>Keine Kopfzeile gefunden: die Ausgabe von `consul members` beginnt mit &quot;Node  Address  Status  Type  Build  Protocol  DC  ...&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: this is `consul members -detailed` output (a Tags column); paste the output without -detailed.</source>
        <translation>Zeile %1: dies ist Ausgabe von `consul members -detailed` (eine Spalte Tags); fügen Sie die Ausgabe ohne -detailed ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: unknown column &quot;%2&quot; in the header; `consul members` has Node, Address, Status, Type, Build, Protocol, DC, Partition and Segment.</source>
        <translation>Zeile %1: unbekannte Spalte &quot;%2&quot; in der Kopfzeile; `consul members` hat Node, Address, Status, Type, Build, Protocol, DC, Partition und Segment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: the column &quot;%2&quot; appears twice in the header.</source>
        <translation>Zeile %1: die Spalte &quot;%2&quot; kommt in der Kopfzeile doppelt vor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line %1: the header lacks the %2 column.</source>
        <translation>Zeile %1: in der Kopfzeile fehlt die Spalte %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n values, but the header has %1 columns.</source>
        <translation>
            <numerusform>%n Wert, aber die Kopfzeile hat %1 Spalten.</numerusform>
            <numerusform>%n Werte, aber die Kopfzeile hat %1 Spalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&quot;%1&quot; is not an address and port such as 10.0.0.1:8302 or [2001:db8::1]:8302.</source>
        <translation>&quot;%1&quot; ist keine Adresse mit Port wie 10.0.0.1:8302 oder [2001:db8::1]:8302.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a serf member status (alive, leaving, left, failed or none).</source>
        <translation>&quot;%1&quot; ist kein Serf-Mitgliedsstatus (alive, leaving, left, failed oder none).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a member type (server, client or unknown).</source>
        <translation>&quot;%1&quot; ist kein Mitgliedstyp (server, client oder unknown).</translation>
    </message>
</context>
<context>
    <name>Yaml11Scalar</name>
    <message>
        <location filename="../src/core/Yaml11Scalar.cpp" line="+304"/>
        <source>cannot decode %1 as a %2</source>
        <translation>%1 kann nicht als %2 gelesen werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>YamlDocument</name>
    <message>
        <location filename="../src/core/YamlDocument.cpp" line="+188"/>
        <location line="+112"/>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>unknown alias &quot;%1&quot;</source>
        <translation>unbekannter Alias &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>alias &quot;%1&quot; refers to a node that contains it</source>
        <translation>Alias &quot;%1&quot; verweist auf einen Knoten, der ihn enthält</translation>
    </message>
</context>
<context>
    <name>YamlNode</name>
    <message>
        <location filename="../src/core/YamlNode.cpp" line="+335"/>
        <source>aliases expand this to more than %1 nodes</source>
        <translation>Aliasse erweitern dies auf mehr als %1 Knoten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>aliases nest this deeper than %1 levels</source>
        <translation>Aliasse verschachteln dies tiefer als %1 Ebenen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/GuiMain.cpp" line="+56"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Simulated clusters</source>
        <translation>Simulierte Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The simulated clusters could not start: %1</source>
        <translation>Die simulierten Cluster konnten nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../src/main.cpp" line="+17"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The window cannot open: %1
The commands still work:
%2</source>
        <translation>Das Fenster kann nicht geöffnet werden: %1
Die Befehle funktionieren weiterhin:
%2</translation>
    </message>
    <message>
        <location filename="../src/GuiMain.cpp" line="+48"/>
        <source>Federate Consul datacenters across Kubernetes clusters.

%1</source>
        <translation>Föderiert Consul-Rechenzentren über Kubernetes-Cluster hinweg.

%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the window as a PNG once it is laid out and painted, then exit.</source>
        <translation>Speichert das Fenster als PNG, sobald es angeordnet und gezeichnet ist, und beendet sich dann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Forget the saved window layout, then start.</source>
        <translation>Vergisst das gespeicherte Fensterlayout und startet dann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a federation plan file once the kubeconfig is read.</source>
        <translation>Öffnet eine Föderationsplan-Datei, sobald die Kubeconfig gelesen ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start three simulated clusters inside the app and open them, to try everything without a cluster.</source>
        <translation>Startet drei simulierte Cluster in der Anwendung und öffnet sie, um alles ohne Cluster auszuprobieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --demo, where the simulated clusters start: fresh, primary (default), installed or federated.</source>
        <translation>Mit --demo: der Ausgangszustand der simulierten Cluster: fresh, primary (Standard), installed oder federated.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The window&apos;s colours: system (the desktop&apos;s, by default), light, dark or high-contrast. View → Theme changes and keeps them.</source>
        <translation>Die Farben des Fensters: system (die des Desktops, Standard), light, dark oder high-contrast. Ansicht → Farbschema ändert sie dauerhaft.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown scenario &quot;%1&quot;; use fresh, primary, installed or federated.</source>
        <translation>Unbekanntes Szenario „%1“; verwenden Sie fresh, primary, installed oder federated.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown command &quot;%1&quot;.
%2</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.
%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown theme &quot;%1&quot;; use %2.</source>
        <translation>Unbekanntes Farbschema „%1“; verwenden Sie %2.</translation>
    </message>
</context>
</TS>
