<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AclReplication</name>
    <message>
        <location filename="../src/core/AclReplication.cpp" line="+20"/>
        <source>The ACL replication status is not a JSON object.</source>
        <translation>Le statut de la réplication des ACL n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not replicating ACLs (a primary, or ACL replication is off).</source>
        <translation>Les ACL ne sont pas répliquées (centre de données primaire, ou réplication des ACL désactivée).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACL replication from %1 is enabled but not running.</source>
        <translation>La réplication des ACL depuis %1 est activée mais ne s&apos;exécute pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACL replication from %1 is enabled but not running: %2</source>
        <translation>La réplication des ACL depuis %1 est activée mais ne s&apos;exécute pas&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replicating %1 from %2; the last attempt failed: %3</source>
        <translation>Réplication de %1 depuis %2&#xa0;; la dernière tentative a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replicating %1 from %2, index %3, last success %4.</source>
        <translation>Réplication de %1 depuis %2, index %3, dernier succès %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replicating %1 from %2.</source>
        <translation>Réplication de %1 depuis %2.</translation>
    </message>
</context>
<context>
    <name>ApiFaultSpec</name>
    <message>
        <location filename="../src/demo/ApiFaultSpec.cpp" line="+35"/>
        <source>the fault &quot;%1&quot; is not CLUSTER:REQUESTS:FAULT[:TIMES], e.g. dc2:POST/secrets:503:1.</source>
        <translation>la panne &quot;%1&quot; n&apos;est pas de la forme CLUSTER:REQUESTS:FAULT[:TIMES], par exemple dc2:POST/secrets:503:1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the fault &quot;%1&quot; names the cluster &quot;%2&quot;; use dc1, dc2, ... or *.</source>
        <translation>la panne &quot;%1&quot; nomme le cluster &quot;%2&quot;&#xa0;; utilisez dc1, dc2, ... ou *.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the fault &quot;%1&quot; selects requests by &quot;%2&quot;; use *, a resource (secrets), a method (GET, POST, PUT, PATCH, DELETE), both (POST/secrets) or a path prefix (/version).</source>
        <translation>la panne &quot;%1&quot; choisit les requêtes par &quot;%2&quot;&#xa0;; utilisez *, une ressource (secrets), une méthode (GET, POST, PUT, PATCH, DELETE), les deux (POST/secrets) ou un début de chemin (/version).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the fault &quot;%1&quot; asks for &quot;%2&quot;; use 401, 403, 404, 409, 429, 500 or 503 (each with an optional =SECONDS of Retry-After), slow=MS, hang, reset, truncate, wrong-host or expired.</source>
        <translation>la panne &quot;%1&quot; demande &quot;%2&quot;&#xa0;; utilisez 401, 403, 404, 409, 429, 500 ou 503 (chacun avec, au choix, =SECONDES de Retry-After), slow=MS, hang, reset, truncate, wrong-host ou expired.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the fault &quot;%1&quot; has TIMES &quot;%2&quot;; use a number from 1, or leave it out for every matching request.</source>
        <translation>la panne &quot;%1&quot; a TIMES &quot;%2&quot;&#xa0;; utilisez un nombre à partir de 1, ou omettez-le pour toutes les requêtes concernées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the fault &quot;%1&quot; is about the server certificate, which every connection gets: write it as CLUSTER:*:%2.</source>
        <translation>la panne &quot;%1&quot; porte sur le certificat du serveur, que reçoit chaque connexion&#xa0;: écrivez-la CLUSTER:*:%2.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>CLUSTER:REQUESTS:FAULT[:TIMES]. CLUSTER: dc2, or * for all. REQUESTS: *, a resource (secrets), a method (POST), both (POST/secrets) or a path prefix (/version). FAULT: 401, 403, 404, 409, 500, 503 (=SECONDS adds Retry-After), 429 (Retry-After: 1 unless =SECONDS), slow=MS, hang, reset (connection reset half-way through the body), truncate (JSON body cut in half), wrong-host or expired (server certificate; REQUESTS * only). TIMES: how many matching requests; omitted, all. Example: dc2:POST/secrets:503:1.</source>
        <translation>CLUSTER:REQUESTS:FAULT[:TIMES]. CLUSTER&#xa0;: dc2, ou * pour tous. REQUESTS&#xa0;: *, une ressource (secrets), une méthode (POST), les deux (POST/secrets) ou un début de chemin (/version). FAULT&#xa0;: 401, 403, 404, 409, 500, 503 (=SECONDES ajoute Retry-After), 429 (Retry-After&#xa0;: 1 sauf avec =SECONDES), slow=MS, hang, reset (connexion réinitialisée au milieu du corps), truncate (corps JSON coupé en deux), wrong-host ou expired (certificat du serveur&#xa0;; REQUESTS * seulement). TIMES&#xa0;: combien de requêtes concernées&#xa0;; omis, toutes. Exemple&#xa0;: dc2:POST/secrets:503:1.</translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <location filename="../src/cli/ApplyCommand.cpp" line="+72"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Federate the plan&apos;s datacenters for real: install or upgrade Consul in each with Helm (the primary first, then the secondaries in parallel), copy the federation secret from the primary to each secondary in memory, create ProxyDefaults, and verify federation both ways. Each step is skipped when it is done already, so running apply again after a failure goes on where it stopped.

Exit codes: 0 federated and verified; 1 a step failed; 2 a usage error, or changes refused (no --yes and no terminal to ask on); 130 interrupted (Ctrl+C cancels the step under way).</source>
        <translation>Fédère réellement les centres de données du plan&#xa0;: installe ou met à niveau Consul dans chacun avec Helm (le primaire d&apos;abord, puis les secondaires en parallèle), copie en mémoire le Secret de fédération du primaire vers chaque secondaire, crée les ProxyDefaults et vérifie la fédération dans les deux sens. Chaque étape déjà faite est ignorée&#xa0;: relancer apply après un échec reprend donc là où il s&apos;est arrêté.

Codes de sortie&#xa0;: 0 fédéré et vérifié&#xa0;; 1 une étape a échoué&#xa0;; 2 une erreur d&apos;utilisation, ou des modifications refusées (pas de --yes et aucun terminal où demander)&#xa0;; 130 interrompu (Ctrl+C annule l&apos;étape en cours).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print the steps and every change as a diff, and change nothing.</source>
        <translation>Afficher les étapes et chaque modification sous forme de diff, sans rien modifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply without asking (also replaces a secondary&apos;s copy of the federation secret that differs from the primary&apos;s).</source>
        <translation>Appliquer sans demander (remplace aussi la copie du Secret de fédération d&apos;un secondaire qui diffère de celle du primaire).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The helm program to run (default: helm on PATH, the login shell&apos;s PATH or the usual places).</source>
        <translation>Le programme helm à exécuter (par défaut&#xa0;: helm dans le PATH, dans le PATH du shell de connexion ou aux emplacements habituels).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print Helm&apos;s output and the waits&apos; progress.</source>
        <translation>Afficher la sortie de Helm et la progression des attentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long each wait (for the primary, ProxyDefaults, federation) may take, in seconds (default: 900).</source>
        <translation>Durée maximale de chaque attente (du primaire, des ProxyDefaults, de la fédération), en secondes (par défaut&#xa0;: 900).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--timeout takes a number of seconds, not &quot;%1&quot;.</source>
        <translation>--timeout attend un nombre de secondes, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run: every release is up to date; nothing was changed.</source>
        <translation>Simulation&#xa0;: toutes les releases sont à jour&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>apply changes the clusters; give --yes to apply without asking (standard input is not a terminal to ask on).</source>
        <translation>apply modifie les clusters&#xa0;; indiquez --yes pour appliquer sans demander (l&apos;entrée standard n&apos;est pas un terminal où demander).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply these steps?</source>
        <translation>Appliquer ces étapes&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Interrupted; run apply again to go on where it stopped.</source>
        <translation>Interrompu&#xa0;; relancez apply pour reprendre là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not federated; fix the failed step and run apply again to go on where it stopped.</source>
        <translation>non fédéré&#xa0;; corrigez l&apos;étape en échec et relancez apply pour reprendre là où il s&apos;est arrêté.</translation>
    </message>
</context>
<context>
    <name>ApplyController</name>
    <message>
        <location filename="../src/gui/ApplyController.cpp" line="+125"/>
        <source>The plan changed while it is being applied; its apply plan opens once this apply has finished.</source>
        <translation>Le plan a changé pendant son application&#xa0;; son plan d&apos;application s&apos;ouvrira une fois cette application terminée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make a datacenter the primary first (Ctrl+Shift+P), then federate others with it.</source>
        <translation>Définissez d&apos;abord un centre de données comme primaire (Ctrl+Maj+P), puis fédérez-en d&apos;autres avec lui.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The plan is applied. %1</source>
        <translation>Le plan est appliqué. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying the plan stopped; the Federation tab says why.</source>
        <translation>L&apos;application du plan s&apos;est arrêtée&#xa0;; l&apos;onglet Fédération en indique la raison.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the helm program</source>
        <translation>Choisir le programme helm</translation>
    </message>
</context>
<context>
    <name>ApplyPanel</name>
    <message>
        <location filename="../forms/ApplyPanel.ui" line="+5"/>
        <source>Applying the plan</source>
        <translation>Application du plan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step of applying the plan, with its state and time. Select one to see its log.</source>
        <translation>Chaque étape de l&apos;application du plan, avec son état et sa durée. Sélectionnez-en une pour voir son journal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../src/gui/ApplyPanel.cpp" line="+83"/>
        <source>Show &amp;log</source>
        <translation>Afficher le &amp;journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helm&apos;s output and the waits&apos; progress for the selected step</source>
        <translation>Sortie de Helm et progression des attentes pour l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply &amp;Plan…</source>
        <translation>Appliquer le &amp;plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what applying the plan would do, then apply it (Ctrl+Return)</source>
        <translation>Afficher ce que ferait l&apos;application du plan, puis l&apos;appliquer (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the steps under way; Retry goes on from there</source>
        <translation>Arrêter les étapes en cours&#xa0;; Réessayer reprend à partir de là</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retry</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run again what failed or was cancelled, and what came after it; what is done stays done</source>
        <translation>Relancer ce qui a échoué ou a été annulé, et ce qui suivait&#xa0;; ce qui est terminé le reste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step log</source>
        <translation>Journal de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyPanel.cpp" line="-65"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulé</translation>
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
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Hide &amp;log</source>
        <translation>Masquer le &amp;journal</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Federated, as the live WAN membership shows: %1. Nothing was applied in this session; Apply Plan… (Ctrl+Return) checks every step and verifies both ways.</source>
        <translation>Fédéré, comme le montre l&apos;appartenance WAN en direct&#xa0;: %1. Rien n&apos;a été appliqué dans cette session&#xa0;; Appliquer le plan… (Ctrl+Entrée) vérifie chaque étape et la fédération dans les deux sens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not federated yet: %1. Apply the plan (Ctrl+Return) to install or upgrade Consul, move the federation secret in memory and verify federation.</source>
        <translation>Pas encore fédéré&#xa0;: %1. Appliquez le plan (Ctrl+Entrée) pour installer ou mettre à niveau Consul, transférer le Secret de fédération en mémoire et vérifier la fédération.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No federation yet: make a datacenter the primary, then drag others onto it.</source>
        <translation>Pas encore de fédération&#xa0;: faites d&apos;un centre de données le primaire, puis faites-y glisser les autres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Primary %1. Drag a datacenter onto it to federate it, or apply the plan as it is (Ctrl+Return).</source>
        <translation>Primaire %1. Faites-y glisser un centre de données pour le fédérer, ou appliquez le plan tel quel (Ctrl+Return).</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Nothing applied yet. Apply the plan (Ctrl+Return) to install Consul, move the federation secret in memory and verify federation.</source>
        <translation>Rien n&apos;a encore été appliqué. Appliquez le plan (Ctrl+Return) pour installer Consul, déplacer le Secret de fédération en mémoire et vérifier la fédération.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Applying… %1 of %2 steps done</source>
        <translation>Application… %1 étapes terminées sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled after %1 of %2 steps; Retry goes on from there.</source>
        <translation>Annulé après %1 étapes sur %2&#xa0;; Réessayer reprend à partir de là.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Federated: verified both ways. %1</source>
        <translation>Fédéré&#xa0;: vérifié dans les deux sens. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1 of %2 steps</source>
        <translation>Terminé&#xa0;: %1 étapes sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready: %1 steps to run</source>
        <translation>Prêt&#xa0;: %1 étapes à exécuter</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Replace the federation secret?</source>
        <translation>Remplacer le Secret de fédération&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

What the copy holds now is lost.</source>
        <translation>%1

Le contenu actuel de la copie sera perdu.</translation>
    </message>
</context>
<context>
    <name>ApplyPlan</name>
    <message>
        <location filename="../src/core/ApplyPlan.cpp" line="+35"/>
        <source>%1 (context %2)</source>
        <translation>%1 (contexte %2)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Install Consul in %1 (release %2, namespace %3)</source>
        <translation>Installer Consul dans %1 (release %2, namespace %3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Consul in %1 is up to date (revision %2)</source>
        <translation>Consul dans %1 est à jour (révision %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade Consul in %1 from revision %2 (release %3, namespace %4)</source>
        <translation>Mettre à niveau Consul dans %1 depuis la révision %2 (release %3, namespace %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upgrade Consul in %1 from revision %2, which is %3 (release %4, namespace %5)</source>
        <translation>Mettre à niveau Consul dans %1 depuis la révision %2, à l&apos;état %3 (release %4, namespace %5)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wait for %1&apos;s mesh gateway and federation secret</source>
        <translation>Attendre la mesh gateway et le Secret de fédération de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the federation secret to %1</source>
        <translation>Copier le Secret de fédération vers %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create ProxyDefaults in %1 and wait until synced</source>
        <translation>Créer la ressource ProxyDefaults dans %1 et attendre sa synchronisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify federation both ways</source>
        <translation>Vérifier la fédération dans les deux sens</translation>
    </message>
</context>
<context>
    <name>ApplyPlanDialog</name>
    <message>
        <location filename="../forms/ApplyPlanDialog.ui" line="+6"/>
        <source>Apply the federation plan</source>
        <translation>Appliquer le plan de fédération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The steps applying the plan takes, before anything runs. Ctrl+Return applies, Escape cancels.</source>
        <translation>Les étapes de l&apos;application du plan, avant toute exécution. Ctrl+Return applique, Échap annule.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What applying the plan does, in this order. Nothing has changed yet.</source>
        <translation>Ce que fait l&apos;application du plan, dans cet ordre. Rien n&apos;a encore changé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading installed releases</source>
        <translation>Lecture des releases installées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading installed releases…</source>
        <translation>Lecture des releases installées…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Retry</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the installed releases again</source>
        <translation>Relire les releases installées</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a Helm step to see what changes in its values.</source>
        <translation>Sélectionnez une étape Helm pour voir ce qui change dans ses valeurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changes to the values</source>
        <translation>Modifications des valeurs</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Installed values</source>
        <translation>Valeurs installées</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Planned values</source>
        <translation>Valeurs prévues</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose &amp;Helm Program…</source>
        <translation>Choisir le programme &amp;Helm…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without changing anything (Esc)</source>
        <translation>Fermer sans rien modifier (Échap)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/gui/ApplyPlanDialog.cpp" line="+175"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the steps (Ctrl+Return)</source>
        <translation>Exécuter les étapes (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyPlanDialog.cpp" line="-142"/>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes existing</source>
        <translation>modifie l&apos;existant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new install</source>
        <translation>nouvelle installation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>helm upgrade --install with these values on its standard input; nothing of the release exists yet.</source>
        <translation>helm upgrade --install avec ces valeurs sur son entrée standard&#xa0;; rien de la release n&apos;existe encore.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision %1 is deployed with exactly these values; Helm is not run.</source>
        <translation>La révision %1 est déployée avec exactement ces valeurs&#xa0;; Helm n&apos;est pas exécuté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>helm upgrade of revision %1 (%2, chart %3): the installed values with federation&apos;s keys laid over them.</source>
        <translation>helm upgrade de la révision %1 (%2, chart %3)&#xa0;: les valeurs installées, avec les clés de la fédération appliquées par-dessus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waits until the primary&apos;s servers run, its mesh gateway has an address and the chart has made the federation secret.</source>
        <translation>Attend que les serveurs du primaire tournent, que sa mesh gateway ait une adresse et que le chart ait créé le Secret de fédération.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The federation secret goes from the primary to %1 in memory only; an identical copy is left alone, a different one is replaced only if you say so.</source>
        <translation>Le Secret de fédération passe du primaire à %1 uniquement en mémoire&#xa0;; une copie identique est laissée telle quelle, une copie différente n&apos;est remplacée que si vous le demandez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ProxyDefaults &quot;global&quot; with the plan&apos;s mesh gateway mode, then waits until Consul has synced it.</source>
        <translation>ProxyDefaults &quot;global&quot; avec le mode de mesh gateway du plan, puis attente de sa synchronisation par Consul.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WAN membership, ACL replication and catalog reads, from every datacenter to every other.</source>
        <translation>Appartenance WAN, réplication des ACL et lectures du catalogue, depuis chaque centre de données vers tous les autres.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The installed releases could not be read, so nothing can be applied yet:
%1</source>
        <translation>Les releases installées n&apos;ont pas pu être lues&#xa0;; rien ne peut donc encore être appliqué&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>release %1 in %2 (revision %3, %4)</source>
        <translation>release %1 dans %2 (révision %3, %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applying changes the releases running now: %1. Helm upgrades each in place with the planned values; its previous revision stays for helm rollback.</source>
        <translation>L&apos;application modifie ce qui tourne actuellement&#xa0;: %1. Helm met chacune à niveau sur place avec les valeurs prévues&#xa0;; sa révision précédente reste disponible pour helm rollback.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Upgrade and Apply</source>
        <translation>&amp;Mettre à niveau et appliquer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing that exists changes: each release above is new or up to date already.</source>
        <translation>Rien de ce qui existe ne change&#xa0;: chaque release ci-dessus est nouvelle ou déjà à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every release is up to date; applying only checks the rest and verifies.</source>
        <translation>Toutes les releases sont à jour&#xa0;; l&apos;application ne fait que contrôler le reste et vérifier.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Select a step to see what it does.</source>
        <translation>Sélectionnez une étape pour voir ce qu&apos;elle fait.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Planned values (helm&apos;s standard input)</source>
        <translation>Valeurs prévues (entrée standard de helm)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No change: the values are those installed.</source>
        <translation>Aucune modification&#xa0;: les valeurs sont celles installées.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Installed values (revision %1, %2)</source>
        <translation>Valeurs installées (révision %1, %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source># There is no client for context %1.</source>
        <translation># Il n&apos;y a pas de client pour le contexte %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source># Reading…</source>
        <translation># Lecture…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Looking for Helm…</source>
        <translation>Recherche de Helm…</translation>
    </message>
</context>
<context>
    <name>ApplyStepTree</name>
    <message>
        <location filename="../src/gui/ApplyStepTree.cpp" line="+33"/>
        <source>Primary %1</source>
        <translation>Primaire %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secondary %1</source>
        <translation>Secondaire %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every datacenter</source>
        <translation>Tous les centres de données</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <location filename="../src/core/Bootstrap.cpp" line="+36"/>
        <source>The secure memory for secrets could not be locked into RAM; secrets may be swapped to disk. Raise the memlock limit (ulimit -l).</source>
        <translation>La mémoire sécurisée des secrets n&apos;a pas pu être verrouillée en RAM&#xa0;; les secrets peuvent être écrits dans l&apos;espace d&apos;échange. Augmentez la limite memlock (ulimit -l).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure memory for secrets could not be set up; secrets will not be handled in this session.</source>
        <translation>La mémoire sécurisée des secrets n&apos;a pas pu être mise en place&#xa0;; aucun secret ne sera traité pendant cette session.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <location filename="../src/core/BundleWriter.cpp" line="+54"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+17"/>
        <source>cannot create directory %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot make the archive (%1): %2</source>
        <translation>impossible de créer l&apos;archive (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a folder is not an archive</source>
        <translation>un dossier n&apos;est pas une archive</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <location filename="../src/gui/CanvasView.cpp" line="+44"/>
        <source>Selected: %1.</source>
        <translation>Sélection&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No datacenter selected.</source>
        <translation>Aucun centre de données sélectionné.</translation>
    </message>
</context>
<context>
    <name>ChartValues</name>
    <message>
        <location filename="../src/core/ChartValues.cpp" line="+36"/>
        <source>%1 is a directory, not a chart values file</source>
        <translation>%1 est un répertoire, pas un fichier de valeurs de chart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is over %2 MiB; that is no chart values file</source>
        <translation>%1 dépasse %2 Mio&#xa0;; ce n&apos;est pas un fichier de valeurs de chart</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a chart&apos;s values file must be a mapping of keys</source>
        <translation>le fichier de valeurs d&apos;un chart doit être un dictionnaire de clés</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../src/cli/CheckCommand.cpp" line="+41"/>
        <source>Check the Helm values files of the datacenters of one federation, one file per datacenter, against the WAN federation procedure: the settings federation needs, one primary, names, ACLs and gossip encryption that agree, and with --chart-values the keys the chart knows.</source>
        <translation>Vérifie les fichiers de valeurs Helm des centres de données d&apos;une fédération, un fichier par centre de données, selon la procédure de fédération WAN&#xa0;: les paramètres dont la fédération a besoin, un seul primaire, des noms, des ACL et un chiffrement gossip cohérents, et avec --chart-values les clés que le chart connaît.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chart&apos;s values.yaml (as `helm show values hashicorp/consul` prints it), to report keys the chart does not know and to take its defaults.</source>
        <translation>Le values.yaml du chart (tel que `helm show values hashicorp/consul` l&apos;affiche), pour signaler les clés que le chart ne connaît pas et reprendre ses valeurs par défaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --chart-values, what a key the chart does not know is: error (the default), since Helm ignores it and a typo silently drops the setting, or warn.</source>
        <translation>Avec --chart-values, ce qu&apos;est une clé que le chart ne connaît pas&#xa0;: error (par défaut), car Helm l&apos;ignore et une faute de frappe supprime le réglage sans rien dire, ou warn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error|warn</source>
        <translation>error|warn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VALUES</source>
        <translation>VALEURS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Helm values files, one per datacenter.</source>
        <translation>Fichiers de valeurs Helm, un par centre de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUES...</source>
        <translation>VALEURS...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error: no values files given; name one per datacenter</source>
        <translation>erreur&#xa0;: aucun fichier de valeurs indiqué&#xa0;; indiquez-en un par centre de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage: consul-federator check [--chart-values FILE [--unknown-keys=error|warn]] VALUES...</source>
        <translation>Utilisation&#xa0;: consul-federator check [--chart-values FICHIER [--unknown-keys=error|warn]] VALEURS...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--unknown-keys must be error or warn, not &quot;%1&quot;.</source>
        <translation>--unknown-keys doit valoir error ou warn, pas &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n values file(s) checked</source>
        <translation>
            <numerusform>%n fichier de valeurs vérifié</numerusform>
            <numerusform>%n fichiers de valeurs vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2, %3.</source>
        <translation>%1&#xa0;: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+5"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1: no errors, %2.</source>
        <translation>%1&#xa0;: aucune erreur, %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no problems.</source>
        <translation>%1&#xa0;: aucun problème.</translation>
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
        <translation>Commandes&#xa0;:
  apply      Fédère réellement un plan&#xa0;: installations ou mises à niveau Helm, le Secret, ProxyDefaults, vérification
  check      Vérifie les fichiers de valeurs Helm d&apos;une fédération, un par centre de données
  contexts   Liste les contextes kubeconfig tels que kubectl les fusionne (--json pour du JSON)
  demo       demo serve&#xa0;: clusters simulés dc1...dcN pour kubectl et --demo&#xa0;; demo helm&#xa0;: la ligne de commande helm qui y installe Consul
  export     Écrit le bundle de configuration d&apos;un plan&#xa0;: valeurs, ProxyDefaults, scripts d&apos;installation et de vérification
  members    Membres WAN des centres de données Consul, tels que consul members -wan les affiche
  transfer-secret  Copie le Secret de fédération du primaire vers les secondaires, en mémoire
  unseal-secret  Descelle un Secret de fédération scellé et le crée dans le cluster d&apos;un secondaire
  upgrade-values  Applique les clés de fédération d&apos;un plan aux valeurs d&apos;une release installée
  verify     Vérifie que les centres de données d&apos;un plan sont fédérés, dans les deux sens
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="+24"/>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argument inattendu &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 is given more than once.</source>
        <translation>--%1 est indiqué plus d&apos;une fois.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read %1: it is a directory</source>
        <translation>impossible de lire %1&#xa0;: c&apos;est un répertoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1: over %2 MiB</source>
        <translation>impossible de lire %1&#xa0;: plus de %2 Mio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kubeconfig files to use, &apos;:&apos;-separated (default: $KUBECONFIG, else ~/.kube/config).</source>
        <translation>Fichiers kubeconfig à utiliser, séparés par &apos;:&apos; (par défaut&#xa0;: $KUBECONFIG, sinon ~/.kube/config).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATHLIST</source>
        <translation>CHEMINS</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the kubeconfig has no contexts</source>
        <translation>le kubeconfig n&apos;a aucun contexte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>available: %1</source>
        <translation>disponibles&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>context &quot;%1&quot; is not in the kubeconfig (%2).</source>
        <translation>le contexte &quot;%1&quot; n&apos;est pas dans le kubeconfig (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>context &quot;%1&quot; refers to cluster &quot;%2&quot;, which is not in the kubeconfig.</source>
        <translation>le contexte &quot;%1&quot; fait référence au cluster &quot;%2&quot;, qui n&apos;est pas dans le kubeconfig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cluster &quot;%1&quot; of context &quot;%2&quot; has no server URL.</source>
        <translation>le cluster &quot;%1&quot; du contexte &quot;%2&quot; n&apos;a pas d&apos;URL de serveur.</translation>
    </message>
</context>
<context>
    <name>ConfigBundle</name>
    <message>
        <location filename="../src/core/ConfigBundle.cpp" line="+172"/>
        <source>The plan has no primary datacenter.</source>
        <translation>Le plan n&apos;a pas de centre de données primaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan has no secondary datacenter: federation needs at least one.</source>
        <translation>Le plan n&apos;a pas de centre de données secondaire&#xa0;: une fédération en demande au moins un.</translation>
    </message>
</context>
<context>
    <name>ConsulApi</name>
    <message>
        <location filename="../src/kube/ConsulApi.cpp" line="+123"/>
        <source>Context &quot;%1&quot;: the Service %2 in namespace %3 has neither Consul&apos;s https port (8501) nor its http port (8500).</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: le Service %2 du namespace %3 n&apos;a ni le port https de Consul (8501) ni son port http (8500).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context &quot;%1&quot;: no Consul here: there is no Service %2 in namespace %3. Is Consul installed with this release name and namespace?</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: pas de Consul ici&#xa0;: il n&apos;y a pas de Service %2 dans le namespace %3. Consul est-il installé avec ce nom de release et ce namespace&#xa0;?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the secret %1 has no key &quot;token&quot;.</source>
        <translation>le Secret %1 n&apos;a pas de clé &quot;token&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the key &quot;token&quot; of the secret %1 is not base64.</source>
        <translation>la clé «&#xa0;token&#xa0;» du Secret %1 n&apos;est pas du base64.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no secret %1 in namespace %2 (are ACLs off?).</source>
        <translation>il n&apos;y a pas de Secret %1 dans le namespace %2 (les ACL sont-elles désactivées&#xa0;?).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Context &quot;%1&quot;: no Consul release in namespace %2: Consul is not installed here yet. Install it with Helm and this datacenter&apos;s values.</source>
        <translation>Contexte « %1 » : aucune release Consul dans l’espace de noms %2 : Consul n’est pas encore installé ici. Installez-le avec Helm et les valeurs de ce datacenter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Context &quot;%1&quot;: the Helm release %2 in namespace %3 has not created the Service %4 (yet): is it still installing, or another chart or release name?</source>
        <translation>Contexte « %1 » : la release Helm %2 de l’espace de noms %3 n’a pas (encore) créé le Service %4 : est-elle encore en cours d’installation, ou s’agit-il d’un autre chart ou d’un autre nom de release ?</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 No bootstrap ACL token was sent: %2</source>
        <translation>%1 Aucun jeton ACL d&apos;amorçage n&apos;a été envoyé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ContextsCommand</name>
    <message>
        <location filename="../src/cli/ContextsCommand.cpp" line="+24"/>
        <source>CURRENT</source>
        <translation>ACTUEL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SERVER</source>
        <translation>SERVEUR</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>List kubeconfig contexts, merged with kubectl&apos;s rules; each is a datacenter.</source>
        <translation>Liste les contextes kubeconfig, fusionnés selon les règles de kubectl&#xa0;; chacun est un centre de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d&apos;un tableau.</translation>
    </message>
</context>
<context>
    <name>CredentialKind</name>
    <message>
        <location filename="../src/core/CredentialKind.cpp" line="+8"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username and password</source>
        <translation>Nom d&apos;utilisateur et mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token file</source>
        <translation>Fichier de jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth provider</source>
        <translation>Fournisseur d&apos;authentification (auth-provider)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exec plugin</source>
        <translation>Plugin exec</translation>
    </message>
</context>
<context>
    <name>DatacenterHealth</name>
    <message>
        <location filename="../src/core/DatacenterHealth.cpp" line="+26"/>
        <source>Server %1 of %2 is %3.</source>
        <translation>Le serveur %1 de %2 est %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The primary datacenter %1 is not in the WAN pool.</source>
        <translation>Le centre de données primaire %1 n&apos;est pas dans le pool WAN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the catalog of %1 failed: %2</source>
        <translation>La lecture du catalogue de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Consul</source>
        <translation>Pas de Consul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not federated</source>
        <translation>Non fédéré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Federated</source>
        <translation>Fédéré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not read yet</source>
        <translation>Pas encore lu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not federated: %1 of %2 servers alive</source>
        <translation>Non fédéré&#xa0;: %1 serveurs actifs sur %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %2 of %3 servers alive in %n datacenter(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %2 serveurs actifs sur %3 dans %n centre de données</numerusform>
            <numerusform>%1&#xa0;: %2 serveurs actifs sur %3 dans %n centres de données</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatacenterNode</name>
    <message>
        <location filename="../src/gui/DatacenterNode.cpp" line="+24"/>
        <location line="+31"/>
        <source>Context %1 in %2</source>
        <translation>Contexte %1 dans %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Context %1 in %2.
Another context is also named %3: each datacenter of a federation needs its own name. Rename one in the Plan tab (or in its Helm values, global.datacenter).</source>
        <translation>Contexte %1 dans %2.
Un autre contexte s&apos;appelle aussi %3&#xa0;: chaque centre de données d&apos;une fédération doit avoir son propre nom. Renommez-en un dans l&apos;onglet Plan (ou dans ses valeurs Helm, global.datacenter).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>another context has the same name</source>
        <translation>un autre contexte porte le même nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>federation primary</source>
        <translation>primaire de la fédération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>federation secondary</source>
        <translation>secondaire de la fédération</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cluster &quot;%1&quot; missing</source>
        <translation>cluster &quot;%1&quot; manquant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>context namespace %1</source>
        <translation>namespace du contexte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consul: ns %1, release %2</source>
        <translation>Consul&#xa0;: ns %1, release %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>TLS not verified</source>
        <translation>TLS non vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name used twice</source>
        <translation>Nom en double</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PRIMARY</source>
        <translation>PRIMAIRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDARY</source>
        <translation>SECONDAIRE</translation>
    </message>
</context>
<context>
    <name>DatacenterProbe</name>
    <message>
        <location filename="../src/kube/DatacenterProbe.cpp" line="+86"/>
        <source>Context &quot;%1&quot;: Consul&apos;s WAN members cannot be read: %2</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: impossible de lire les membres WAN de Consul&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DatacenterSelector</name>
    <message>
        <location filename="../src/gui/DatacenterSelector.cpp" line="+9"/>
        <source>Datacenter</source>
        <translation>Centre de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datacenters in the WAN federation, as Consul&apos;s own datacenter menu shows them</source>
        <translation>Centres de données de la fédération WAN, tels que les montre le menu des centres de données de Consul</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No datacenters</source>
        <translation>Aucun centre de données</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1  %2/%3 servers</source>
        <translation>%1  %2/%3 serveurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (primary)</source>
        <translation> (primaire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 of %3 servers alive</source>
        <translation>%1&#xa0;: %2 serveurs actifs sur %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No kubeconfig context holds this datacenter.</source>
        <translation>Aucun contexte kubeconfig ne contient ce centre de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As seen from context %1.</source>
        <translation>Vu depuis le contexte %1.</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <location filename="../src/demo/DemoEnvironment.cpp" line="+94"/>
        <source>%1 has no federation secret %2 in namespace %3.</source>
        <translation>%1 n’a pas de secret de fédération %2 dans l’espace de noms %3.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The secure memory for secrets is full; start fewer clusters.</source>
        <translation>La mémoire sécurisée des secrets est pleine&#xa0;; démarrez moins de clusters.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The number of clusters must be from 1 to %1.</source>
        <translation>Le nombre de clusters doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A fault names %1, but the clusters are dc1 to dc%2.</source>
        <translation>Une panne nomme %1, mais les clusters vont de dc1 à dc%2.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>helm upgrade --install %1 in %2: %3</source>
        <translation>helm upgrade --install %1 dans %2 : %3</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The simulated clusters did not finish installing Consul.</source>
        <translation>Les clusters simulés n’ont pas terminé l’installation de Consul.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The primary %1 did not create its federation secret.</source>
        <translation>Le datacenter primaire %1 n’a pas créé son secret de fédération.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The simulated secondaries did not federate: %1</source>
        <translation>Les datacenters secondaires simulés ne se sont pas fédérés : %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 exists already.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
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
        <translation>--%1 doit être un nombre de %2 à %3, pas &quot;%4&quot;.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot create the directory of %1.</source>
        <translation>impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 exists; remove it or pass --force.</source>
        <translation>%1 existe&#xa0;; supprimez-le ou passez --force.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Usage: consul-federator demo serve --clusters N --kubeconfig-out FILE [--scenario fresh|primary|installed|federated] [--chart-delay-ms MS] [--helm-bin DIR] [--latency-ms MS] [--fault SPEC ...]
       consul-federator demo helm COMMAND [ARGS...]   (upgrade --install, get values, status, list, repo)

Subcommands:
  serve   Serve simulated Kubernetes clusters; Consul arrives only through a Helm release
  helm    The helm 3 command line for them (demo helm --help)
</source>
        <translation>Usage&#xa0;: consul-federator demo serve --clusters N --kubeconfig-out FICHIER [--scenario fresh|primary|installed|federated] [--chart-delay-ms MS] [--helm-bin DOSSIER] [--latency-ms MS] [--fault SPEC ...]
       consul-federator demo helm COMMANDE [ARGUMENTS...]   (upgrade --install, get values, status, list, repo)

Sous-commandes&#xa0;:
  serve   Servir des clusters Kubernetes simulés&#xa0;; Consul n&apos;y arrive que par une release Helm
  helm    La ligne de commande de helm 3 pour ces clusters (demo helm --help)
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown demo subcommand &quot;%1&quot;; try &quot;demo serve&quot; or &quot;demo helm&quot;.</source>
        <translation>sous-commande demo inconnue &quot;%1&quot;&#xa0;; essayez &quot;demo serve&quot; ou &quot;demo helm&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Serve simulated Kubernetes clusters dc1...dcN on 127.0.0.1 until interrupted (SIGINT or SIGTERM). Each has its own CA, TLS API server and users. Consul arrives only through a Helm release of the consul chart (consul-federator demo helm, or a bundle&apos;s install.sh with --helm-bin), and a secondary federates only when its release&apos;s values and secrets would make a real one federate. --scenario picks the starting point: fresh (no Consul), primary (dc1 installed as the federation primary; the default), installed (each cluster a standalone datacenter) or federated (the end state). The kubeconfig written has context dcN with user dcN-admin (client certificate) and the users dcN-token (bearer token), dcN-viewer (read-only client certificate) and dcN-basic (username and password), e.g. kubectl --context dc2 --user dc2-token. It is deleted again on exit.</source>
        <translation>Sert des clusters Kubernetes simulés dc1...dcN sur 127.0.0.1 jusqu&apos;à interruption (SIGINT ou SIGTERM). Chacun a sa propre CA, son serveur d&apos;API TLS et ses utilisateurs. Consul n&apos;y arrive que par une release Helm du chart consul (consul-federator demo helm, ou le install.sh d&apos;un bundle avec --helm-bin), et un secondaire ne se fédère que si les valeurs et les Secrets de sa release fédéreraient un vrai secondaire. --scenario choisit le point de départ&#xa0;: fresh (pas de Consul), primary (dc1 installé comme primaire de la fédération&#xa0;; par défaut), installed (chaque cluster un centre de données autonome) ou federated (l&apos;état final). Le kubeconfig écrit contient le contexte dcN avec l&apos;utilisateur dcN-admin (certificat client) et les utilisateurs dcN-token (jeton Bearer), dcN-viewer (certificat client en lecture seule) et dcN-basic (nom d&apos;utilisateur et mot de passe), p. ex. kubectl --context dc2 --user dc2-token. Il est supprimé à la sortie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Number of clusters, 1 to %1 (default: 3).</source>
        <translation>Nombre de clusters, de 1 à %1 (par défaut&#xa0;: 3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kubeconfig file to write (mode 0600); must not exist unless --force.</source>
        <translation>Fichier kubeconfig à écrire (mode 0600)&#xa0;; ne doit pas exister, sauf avec --force.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay every API response by MS milliseconds.</source>
        <translation>Retarder chaque réponse de l&apos;API de MS millisecondes.</translation>
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
        <translation>Délai entre le démarrage des serveurs Consul d&apos;un secondaire et leur entrée dans le WAN, dès que les valeurs et les Secrets de sa release permettraient à un vrai secondaire d&apos;y entrer (par défaut&#xa0;: 1500).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the clusters start: fresh, primary (default), installed or federated.</source>
        <translation>Point de départ des clusters&#xa0;: fresh, primary (par défaut), installed ou federated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time from a Helm release to its Consul servers running (default: 1000); a mesh gateway&apos;s load balancer address takes half as long again.</source>
        <translation>Délai entre une release Helm et le fonctionnement de ses serveurs Consul (par défaut&#xa0;: 1000)&#xa0;; l&apos;adresse du load balancer d&apos;une passerelle de maillage prend ensuite la moitié de ce délai.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>no Consul</source>
        <translation>pas de Consul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consul %1, federation primary</source>
        <translation>Consul %1, primaire de la fédération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consul %1, federated with %2</source>
        <translation>Consul %1, fédéré avec %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consul %1</source>
        <translation>Consul %1</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Replace the kubeconfig file when it exists.</source>
        <translation>Remplacer le fichier kubeconfig s&apos;il existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write DIR/helm, which runs consul-federator demo helm: put DIR first on PATH to run a bundle&apos;s install.sh against the clusters. Deleted again on exit; must not exist unless --force.</source>
        <translation>Écrire aussi DOSSIER/helm, qui exécute consul-federator demo helm&#xa0;: avec DOSSIER en tête de PATH, le install.sh d&apos;un bundle s&apos;exécute contre les clusters. Supprimé à la sortie&#xa0;; ne doit pas exister, sauf avec --force.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print each API request to stderr: datacenter, user, method, path, status.</source>
        <translation>Afficher chaque requête d&apos;API sur stderr&#xa0;: centre de données, utilisateur, méthode, chemin, statut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the clusters misbehave on purpose; repeat for more faults. SPEC: %1</source>
        <translation>Fait dysfonctionner les clusters exprès&#xa0;; à répéter pour plusieurs pannes. SPEC&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--kubeconfig-out FILE is required.</source>
        <translation>--kubeconfig-out FICHIER est obligatoire.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown scenario &quot;%1&quot;; use fresh, primary, installed or federated.</source>
        <translation>scénario inconnu &quot;%1&quot;&#xa0;; utilisez fresh, primary, installed ou federated.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot watch for SIGINT and SIGTERM.</source>
        <translation>impossible de surveiller SIGINT et SIGTERM.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 joined the WAN federation of %2.</source>
        <translation>%1 a rejoint la fédération WAN de %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not federate: %2</source>
        <translation>%1 ne s&apos;est pas fédéré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fault: %1</source>
        <translation>Panne&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubeconfig: %1</source>
        <translation>Kubeconfig&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helm: %1</source>
        <translation>Helm&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Serving %n simulated cluster(s); press Ctrl+C to stop.</source>
        <translation>
            <numerusform>%n cluster simulé en service&#xa0;; Ctrl+C pour l&apos;arrêter.</numerusform>
            <numerusform>%n clusters simulés en service&#xa0;; Ctrl+C pour les arrêter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../forms/DetailsPanel.ui" line="+5"/>
        <source>Datacenter details</source>
        <translation>Détails du centre de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/gui/DetailsPanel.cpp" line="+33"/>
        <source>Select a datacenter to see its details.</source>
        <translation>Sélectionnez un centre de données pour voir ses détails.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datacenter</source>
        <translation>Centre de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Federation</source>
        <translation>Fédération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API server</source>
        <translation>Serveur d&apos;API</translation>
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
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credential</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defined in</source>
        <translation>Défini dans</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arrow keys move between datacenters, Ctrl+F filters, Ctrl+plus and Ctrl+minus zoom, Ctrl+0 fits everything in view.</source>
        <translation>Les flèches passent d&apos;un centre de données à l&apos;autre, Ctrl+F filtre, Ctrl+plus et Ctrl+moins zooment, Ctrl+0 affiche tout.</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPanel.cpp" line="+5"/>
        <source>Not in the plan</source>
        <translation>Hors du plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>%1 — not defined in any kubeconfig file</source>
        <translation>%1 — défini dans aucun fichier kubeconfig</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified (insecure-skip-tls-verify)</source>
        <translation>Non vérifié (insecure-skip-tls-verify)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default (not set)</source>
        <translation>default (non défini)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
</context>
<context>
    <name>ExecCredential</name>
    <message>
        <location filename="../src/core/ExecCredential.cpp" line="+49"/>
        <source>the plugin printed %1 bytes; more than %2 MiB is refused</source>
        <translation>le plugin a affiché %1 octets&#xa0;; au-delà de %2 Mio, la sortie est refusée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the plugin printed nothing; it should print an ExecCredential object in JSON</source>
        <translation>le plugin n&apos;a rien affiché&#xa0;; il devrait afficher un objet ExecCredential en JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plugin&apos;s output is not JSON (%1); it should print an ExecCredential object</source>
        <translation>la sortie du plugin n&apos;est pas du JSON (%1)&#xa0;; il devrait afficher un objet ExecCredential</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plugin&apos;s output is not a JSON object; it should print an ExecCredential object</source>
        <translation>la sortie du plugin n&apos;est pas un objet JSON&#xa0;; il devrait afficher un objet ExecCredential</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the plugin&apos;s output has no &quot;kind&quot;; expected &quot;ExecCredential&quot;</source>
        <translation>la sortie du plugin n&apos;a pas de &quot;kind&quot;&#xa0;; &quot;ExecCredential&quot; est attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plugin returned kind &quot;%1&quot;; expected &quot;ExecCredential&quot;</source>
        <translation>le plugin a renvoyé le kind &quot;%1&quot;&#xa0;; &quot;ExecCredential&quot; est attendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the kubeconfig asks for apiVersion &quot;%1&quot; but the plugin returned &quot;%2&quot;; set exec.apiVersion to what the plugin speaks</source>
        <translation>le kubeconfig demande l&apos;apiVersion &quot;%1&quot; mais le plugin a renvoyé &quot;%2&quot;&#xa0;; réglez exec.apiVersion sur la version que parle le plugin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plugin&apos;s ExecCredential has no &quot;status&quot;</source>
        <translation>l&apos;ExecCredential du plugin n&apos;a pas de &quot;status&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>status.%1 in the plugin&apos;s output must be a string</source>
        <translation>status.%1 dans la sortie du plugin doit être une chaîne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the plugin returned status.clientCertificateData without status.clientKeyData</source>
        <translation>le plugin a renvoyé status.clientCertificateData sans status.clientKeyData</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plugin returned status.clientKeyData without status.clientCertificateData</source>
        <translation>le plugin a renvoyé status.clientKeyData sans status.clientCertificateData</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plugin&apos;s status has neither a token nor clientCertificateData and clientKeyData</source>
        <translation>le status du plugin ne contient ni jeton ni clientCertificateData et clientKeyData</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>status.expirationTimestamp &quot;%1&quot; is not an RFC 3339 time such as 2024-05-01T10:00:00Z</source>
        <translation>status.expirationTimestamp &quot;%1&quot; n&apos;est pas une date RFC 3339 telle que 2024-05-01T10:00:00Z</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status.expirationTimestamp must be a string</source>
        <translation>status.expirationTimestamp doit être une chaîne</translation>
    </message>
</context>
<context>
    <name>ExecPlugin</name>
    <message numerus="yes">
        <location filename="../src/kube/ExecPlugin.cpp" line="+31"/>
        <source>the exec plugin &quot;%1&quot; did not finish within %n second(s) and was stopped. It may be waiting for a login in a browser or at a terminal prompt: run &quot;%2&quot; in a terminal once, then try again.</source>
        <translation>
            <numerusform>le plugin exec &quot;%1&quot; ne s&apos;est pas terminé en %n seconde et a été arrêté. Il attend peut-être une connexion dans un navigateur ou à une invite de terminal&#xa0;: exécutez &quot;%2&quot; une fois dans un terminal, puis réessayez.</numerusform>
            <numerusform>le plugin exec &quot;%1&quot; ne s&apos;est pas terminé en %n secondes et a été arrêté. Il attend peut-être une connexion dans un navigateur ou à une invite de terminal&#xa0;: exécutez &quot;%2&quot; une fois dans un terminal, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the exec plugin &quot;%1&quot; has no apiVersion in the kubeconfig; set client.authentication.k8s.io/v1 (or v1beta1)</source>
        <translation>le plugin exec &quot;%1&quot; n&apos;a pas d&apos;apiVersion dans le kubeconfig&#xa0;; indiquez client.authentication.k8s.io/v1 (ou v1beta1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the exec plugin &quot;%1&quot; asks for apiVersion &quot;%2&quot;, which is not supported; use client.authentication.k8s.io/v1 (or v1beta1)</source>
        <translation>le plugin exec &quot;%1&quot; demande l&apos;apiVersion &quot;%2&quot;, qui n&apos;est pas prise en charge&#xa0;; utilisez client.authentication.k8s.io/v1 (ou v1beta1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the exec plugin &quot;%1&quot; needs a terminal (interactiveMode: Always), which a desktop app cannot lend it; run &quot;%2&quot; in a terminal, or set interactiveMode to IfAvailable</source>
        <translation>le plugin exec &quot;%1&quot; a besoin d&apos;un terminal (interactiveMode: Always), qu&apos;une application de bureau ne peut pas lui fournir&#xa0;; exécutez &quot;%2&quot; dans un terminal, ou réglez interactiveMode sur IfAvailable</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Install it, or give its full path as exec.command in the kubeconfig.</source>
        <translation>Installez-le, ou indiquez son chemin complet dans exec.command du kubeconfig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the exec plugin %1 does not exist.</source>
        <translation>le plugin exec %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exec plugin &quot;%1&quot; was not found in PATH, in your login shell&apos;s PATH or in %2.</source>
        <translation>le plugin exec &quot;%1&quot; est introuvable dans le PATH, dans le PATH de votre shell de connexion et dans %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the exec plugin &quot;%1&quot; could not be started: %2</source>
        <translation>le plugin exec &quot;%1&quot; n&apos;a pas pu être démarré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the exec plugin &quot;%1&quot; printed more than %2 MiB and was stopped</source>
        <translation>le plugin exec &quot;%1&quot; a affiché plus de %2 Mio et a été arrêté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the exec plugin &quot;%1&quot; crashed. %2</source>
        <translation>le plugin exec &quot;%1&quot; a planté. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exec plugin &quot;%1&quot; failed with exit code %2 and printed no reason</source>
        <translation>le plugin exec &quot;%1&quot; a échoué avec le code de sortie %2 sans indiquer de raison</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the exec plugin &quot;%1&quot; failed with exit code %2: %3</source>
        <translation>le plugin exec &quot;%1&quot; a échoué avec le code de sortie %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the exec plugin &quot;%1&quot; printed no usable credential: %2</source>
        <translation>le plugin exec &quot;%1&quot; n&apos;a affiché aucun identifiant utilisable&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../forms/ExportBundleDialog.ui" line="+5"/>
        <location filename="../src/gui/ExportBundleDialog.cpp" line="+248"/>
        <source>Export Config Bundle</source>
        <translation>Exporter le bundle de configuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export config bundle</source>
        <translation>Exporter le bundle de configuration</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle format</source>
        <translation>Format du bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write to</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle folder or archive file</source>
        <translation>Dossier ou fichier d&apos;archive du bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files in the bundle</source>
        <translation>Fichiers du bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a file to see its contents.</source>
        <translation>Sélectionnez un fichier pour voir son contenu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents of the selected file</source>
        <translation>Contenu du fichier sélectionné</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The bundle holds no secret and no kubeconfig credential; install.sh copies the federation secret between clusters through a pipe. The same plan always gives the same bytes.</source>
        <translation>Le bundle ne contient aucun secret ni aucun identifiant kubeconfig&#xa0;; install.sh copie le Secret de fédération d&apos;un cluster à l&apos;autre par un tube. Un même plan donne toujours les mêmes octets.</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportBundleDialog.cpp" line="-189"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive (.tar.gz)</source>
        <translation>Archive (.tar.gz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive (.zip)</source>
        <translation>Archive (.zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The federation of primary %1 with %n secondary datacenter(s), as files to review and apply with kubectl and helm.</source>
        <translation>
            <numerusform>La fédération du primaire %1 avec %n centre de données secondaire, sous forme de fichiers à relire et appliquer avec kubectl et helm.</numerusform>
            <numerusform>La fédération du primaire %1 avec %n centres de données secondaires, sous forme de fichiers à relire et appliquer avec kubectl et helm.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan cannot be exported yet:
%1</source>
        <translation>Le plan ne peut pas encore être exporté&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Executable script</source>
        <translation>Script exécutable</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Choose where to write the bundle.</source>
        <translation>Choisissez où écrire le bundle.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder for the Bundle</source>
        <translation>Dossier du bundle</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Bundle Archive</source>
        <translation>Archive du bundle</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>gzip-compressed tar archives (*.tar.gz *.tgz)</source>
        <translation>Archives tar compressées avec gzip (*.tar.gz *.tgz)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>The federation secret, encrypted under a passphrase (%n byte(s)).</source>
        <translation>
            <numerusform>Le Secret de fédération, chiffré avec une phrase secrète (%n octet).</numerusform>
            <numerusform>Le Secret de fédération, chiffré avec une phrase secrète (%n octets).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 already has files of the same names (%2). Replace them?</source>
        <translation>%1 contient déjà des fichiers de même nom (%2). Les remplacer&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace Files</source>
        <translation>Remplacer les fichiers</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The bundle was not written: %1</source>
        <translation>Le bundle n&apos;a pas été écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../src/cli/ExportCommand.cpp" line="+48"/>
        <source>cannot read the federation secret: %1</source>
        <translation>impossible de lire le Secret de fédération&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>secret &quot;%1&quot; in namespace &quot;%2&quot; of context &quot;%3&quot;: %4</source>
        <translation>Secret &quot;%1&quot; du namespace &quot;%2&quot; du contexte &quot;%3&quot;&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>secret &quot;%1&quot; of context &quot;%2&quot; is not the federation secret the plan needs, so it is not sealed: %3</source>
        <translation>le Secret &quot;%1&quot; du contexte &quot;%2&quot; n&apos;est pas le Secret de fédération dont le plan a besoin&#xa0;; il n&apos;est donc pas scellé&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>--passphrase-fd takes a file descriptor number, not &quot;%1&quot;.</source>
        <translation>--passphrase-fd attend un numéro de descripteur de fichier, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The federation secret will be sealed under a passphrase of at least %1 characters; whoever imports it needs the same passphrase.</source>
        <translation>Le Secret de fédération sera scellé avec une phrase secrète d&apos;au moins %1 caractères&#xa0;; quiconque l&apos;importe aura besoin de la même phrase secrète.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase: </source>
        <translation>Phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase again: </source>
        <translation>Phrase secrète (confirmation)&#xa0;: </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write a federation plan as a config bundle a colleague can review and apply without this app: the Helm values of every datacenter (values-&lt;datacenter&gt;.yaml), the ProxyDefaults resource (proxy-defaults.yaml), install.sh and verify.sh (bash, kubectl and helm), README.md and topology.svg. --out names a directory, a .tar.gz (or .tgz) or a .zip; the same plan always gives the same bytes. No secret is read or written, unless --seal-secret asks for the primary&apos;s federation secret, sealed under a passphrase (federation-secret.sealed; import it with unseal-secret).</source>
        <translation>Écrit un plan de fédération sous forme de bundle de configuration qu&apos;un collègue peut relire et appliquer sans cette application&#xa0;: les valeurs Helm de chaque centre de données (values-&lt;datacenter&gt;.yaml), la ressource ProxyDefaults (proxy-defaults.yaml), install.sh et verify.sh (bash, kubectl et helm), README.md et topology.svg. --out désigne un répertoire, un .tar.gz (ou .tgz) ou un .zip&#xa0;; un même plan donne toujours les mêmes octets. Aucun secret n&apos;est lu ni écrit, sauf si --seal-secret demande le Secret de fédération du primaire, scellé avec une phrase secrète (federation-secret.sealed&#xa0;; à importer avec unseal-secret).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where to write the bundle: a directory (created when missing), or an archive whose name ends in .tar.gz, .tgz or .zip.</source>
        <translation>Où écrire le bundle&#xa0;: un répertoire (créé s&apos;il n&apos;existe pas), ou une archive dont le nom se termine par .tar.gz, .tgz ou .zip.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIR|FILE</source>
        <translation>RÉP|FICHIER</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Also read the primary&apos;s federation secret (in memory) and add it to the bundle encrypted under a passphrase, as federation-secret.sealed, for secondaries that cannot reach the primary. Asks for the passphrase on the terminal.</source>
        <translation>Lire aussi le Secret de fédération du primaire (en mémoire) et l&apos;ajouter au bundle, chiffré avec une phrase secrète, sous le nom federation-secret.sealed, pour les secondaires qui ne peuvent pas joindre le primaire. Demande la phrase secrète dans le terminal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --seal-secret: read the passphrase from file descriptor N (to its end) instead of asking. Never give a passphrase on the command line.</source>
        <translation>Avec --seal-secret&#xa0;: lire la phrase secrète depuis le descripteur de fichier N (jusqu&apos;à sa fin) au lieu de la demander. Ne donnez jamais de phrase secrète sur la ligne de commande.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--out DIR (or an archive: FILE.tar.gz, FILE.zip) is required.</source>
        <translation>--out RÉP (ou une archive&#xa0;: FICHIER.tar.gz, FICHIER.zip) est obligatoire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--passphrase-fd goes with --seal-secret.</source>
        <translation>--passphrase-fd s&apos;utilise avec --seal-secret.</translation>
    </message>
</context>
<context>
    <name>FederationPlan</name>
    <message>
        <location filename="../src/core/FederationPlan.cpp" line="+167"/>
        <source>Context &quot;%1&quot; is in the plan more than once.</source>
        <translation>Le contexte &quot;%1&quot; figure plus d&apos;une fois dans le plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The datacenter name &quot;%1&quot; of context &quot;%2&quot; is not valid: use 1 to 63 lowercase letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation>Le nom de centre de données &quot;%1&quot; du contexte &quot;%2&quot; n&apos;est pas valide&#xa0;: utilisez de 1 à 63 lettres minuscules, chiffres et &apos;-&apos;, en commençant et en finissant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contexts &quot;%1&quot; and &quot;%2&quot; both use the datacenter name &quot;%3&quot;; each datacenter needs a name of its own.</source>
        <translation>Les contextes &quot;%1&quot; et &quot;%2&quot; utilisent tous deux le nom de centre de données &quot;%3&quot;&#xa0;; chaque centre de données a besoin de son propre nom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Helm release name &quot;%1&quot; of context &quot;%2&quot; is not valid: use at most 53 lowercase letters, digits, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>Le nom de release Helm &quot;%1&quot; du contexte &quot;%2&quot; n&apos;est pas valide&#xa0;: utilisez au plus 53 lettres minuscules, chiffres, &apos;-&apos; et &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The namespace &quot;%1&quot; of context &quot;%2&quot; is not valid: use 1 to 63 lowercase letters, digits and &apos;-&apos;.</source>
        <translation>Le namespace &quot;%1&quot; du contexte &quot;%2&quot; n&apos;est pas valide&#xa0;: utilisez de 1 à 63 lettres minuscules, chiffres et &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The global.name &quot;%1&quot; of context &quot;%2&quot; is not valid: use 1 to 63 lowercase letters, digits and &apos;-&apos;, or leave it empty.</source>
        <translation>Le global.name &quot;%1&quot; du contexte &quot;%2&quot; n&apos;est pas valide&#xa0;: utilisez de 1 à 63 lettres minuscules, chiffres et &apos;-&apos;, ou laissez-le vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fullnameOverride &quot;%1&quot; of context &quot;%2&quot; is not valid: use 1 to 63 lowercase letters, digits and &apos;-&apos;, or leave it empty.</source>
        <translation>Le fullnameOverride &quot;%1&quot; du contexte &quot;%2&quot; n&apos;est pas valide&#xa0;: utilisez de 1 à 63 lettres minuscules, chiffres et &apos;-&apos;, ou laissez-le vide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Context &quot;%1&quot; has no static WAN address for its mesh gateways.</source>
        <translation>Le contexte &quot;%1&quot; n&apos;a pas d&apos;adresse WAN statique pour ses mesh gateways.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contexts &quot;%1&quot; and &quot;%2&quot; both give &quot;%3&quot; as the static WAN address of their mesh gateways; each datacenter&apos;s gateways need their own.</source>
        <translation>Les contextes &quot;%1&quot; et &quot;%2&quot; indiquent tous deux &quot;%3&quot; comme adresse WAN statique de leurs mesh gateways&#xa0;; les gateways de chaque centre de données ont besoin de leur propre adresse.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Context &quot;%1&quot; has no Kubernetes API server URL, which global.federation.k8sAuthMethodHost needs when ACLs are enabled.</source>
        <translation>Le contexte &quot;%1&quot; n&apos;a pas d&apos;URL de serveur d&apos;API Kubernetes, dont global.federation.k8sAuthMethodHost a besoin quand les ACL sont activées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Kubernetes API server &quot;%1&quot; of context &quot;%2&quot; is not a full URL such as https://host:6443.</source>
        <translation>Le serveur d&apos;API Kubernetes &quot;%1&quot; du contexte &quot;%2&quot; n&apos;est pas une URL complète telle que https://host:6443.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The node port %1 is not a port number.</source>
        <translation>Le port de nœud %1 n&apos;est pas un numéro de port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A NodePort mesh gateway Service that gives the WAN address needs a node port (the chart&apos;s meshGateway.service.nodePort cannot be null).</source>
        <translation>Un Service de mesh gateway NodePort qui fournit l&apos;adresse WAN a besoin d&apos;un port de nœud (meshGateway.service.nodePort du chart ne peut pas être null).</translation>
    </message>
</context>
<context>
    <name>FederationSecret</name>
    <message>
        <location filename="../src/core/FederationSecret.cpp" line="+157"/>
        <source>the Secret object is not valid JSON: %1</source>
        <translation>l&apos;objet Secret n&apos;est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Secret object is not a JSON object</source>
        <translation>l&apos;objet Secret n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the object is a %1, not a Secret</source>
        <translation>l&apos;objet est un %1, pas un Secret</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Secret has no metadata.name</source>
        <translation>le Secret n&apos;a pas de metadata.name</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the Secret&apos;s data is not a JSON object</source>
        <translation>le champ data du Secret n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Secret&apos;s data key &quot;%1&quot; is not a valid key</source>
        <translation>la clé data &quot;%1&quot; du Secret n&apos;est pas une clé valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Secret&apos;s data value of %1 is not a string</source>
        <translation>la valeur data de %1 dans le Secret n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Secret&apos;s data value of %1 is not base64</source>
        <translation>la valeur data de %1 dans le Secret n&apos;est pas du base64</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it has no %1</source>
        <translation>il n&apos;a pas de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its %1 is empty</source>
        <translation>son %1 est vide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its caCert is not a PEM X.509 certificate</source>
        <translation>son caCert n&apos;est pas un certificat X.509 PEM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its caCert is not a CA certificate (it lacks basicConstraints CA:TRUE), so it cannot sign Consul server certificates</source>
        <translation>son caCert n&apos;est pas un certificat de CA (il n&apos;a pas basicConstraints CA:TRUE)&#xa0;; il ne peut donc pas signer les certificats des serveurs Consul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its caCert has expired</source>
        <translation>son caCert a expiré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its caKey is not an unencrypted PEM private key</source>
        <translation>son caKey n&apos;est pas une clé privée PEM non chiffrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its caKey is not the private key of its caCert</source>
        <translation>son caKey n&apos;est pas la clé privée de son caCert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its serverConfigJSON is not valid JSON: %1</source>
        <translation>son serverConfigJSON n&apos;est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its serverConfigJSON is not a JSON object</source>
        <translation>son serverConfigJSON n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its serverConfigJSON has no primary_datacenter</source>
        <translation>son serverConfigJSON n&apos;a pas de primary_datacenter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its serverConfigJSON names &quot;%1&quot; as primary_datacenter, but the plan&apos;s primary datacenter is &quot;%2&quot;</source>
        <translation>son serverConfigJSON désigne &quot;%1&quot; comme primary_datacenter, mais le centre de données primaire du plan est &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its serverConfigJSON has no primary_gateways, so secondaries would not know where to reach the primary</source>
        <translation>son serverConfigJSON n&apos;a pas de primary_gateways&#xa0;; les secondaires ne sauraient donc pas où joindre le primaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its serverConfigJSON&apos;s primary_gateways holds an entry that is not a &quot;host:port&quot; string</source>
        <translation>les primary_gateways de son serverConfigJSON contiennent une entrée qui n&apos;est pas une chaîne &quot;host:port&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no replicationToken, but the plan has ACLs on</source>
        <translation>il n&apos;a pas de replicationToken, alors que le plan active les ACL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its replicationToken is empty</source>
        <translation>son replicationToken est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds a replicationToken, but the plan has ACLs off; it comes from a primary set up with ACLs</source>
        <translation>il contient un replicationToken, alors que le plan désactive les ACL&#xa0;; il provient d&apos;un primaire configuré avec des ACL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has no gossipEncryptionKey, but the plan has gossip encryption on</source>
        <translation>il n&apos;a pas de gossipEncryptionKey, alors que le plan active le chiffrement gossip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its gossipEncryptionKey is not base64</source>
        <translation>son gossipEncryptionKey n&apos;est pas du base64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its gossipEncryptionKey decodes to %1 bytes; Consul needs exactly %2</source>
        <translation>son gossipEncryptionKey décodé fait %1 octets&#xa0;; Consul en exige exactement %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it holds a gossipEncryptionKey, but the plan has gossip encryption off; it comes from a primary set up with gossip encryption</source>
        <translation>il contient un gossipEncryptionKey, alors que le plan désactive le chiffrement gossip&#xa0;; il provient d&apos;un primaire configuré avec le chiffrement gossip</translation>
    </message>
</context>
<context>
    <name>FederationVerification</name>
    <message>
        <location filename="../src/core/FederationVerification.cpp" line="+10"/>
        <source>it was not read</source>
        <translation>il n&apos;a pas été lu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was not read yet</source>
        <translation>il n&apos;a pas encore été lu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Context %1 sees %2 of %3 servers of %4 alive over the WAN.</source>
        <translation>Le contexte %1 voit %2 serveurs actifs sur %3 pour %4 sur le WAN.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context %1 sees no server of %2 in its WAN pool.</source>
        <translation>Le contexte %1 ne voit aucun serveur de %2 dans son pool WAN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context %1 sees only %2 of %3 servers of %4 alive over the WAN.</source>
        <translation>Le contexte %1 ne voit que %2 serveurs actifs sur %3 pour %4 sur le WAN.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Context %1 reported no ACL replication.</source>
        <translation>Le contexte %1 n&apos;a signalé aucune réplication des ACL.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Context %1: %2</source>
        <translation>Contexte %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context %1 replicates ACLs from %2, not from the primary %3.</source>
        <translation>Le contexte %1 réplique les ACL depuis %2, et non depuis le primaire %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context %1 replicates ACLs from %2.</source>
        <translation>Le contexte %1 réplique les ACL depuis %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Context %1 cannot read the catalog of %2: %3</source>
        <translation>Le contexte %1 ne peut pas lire le catalogue de %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context %1 did not reach the catalog of %2.</source>
        <translation>Le contexte %1 n&apos;a pas atteint le catalogue de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context %1 reads the catalog of %2.</source>
        <translation>Le contexte %1 lit le catalogue de %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Context %1 cannot check %2: %3</source>
        <translation>Le contexte %1 ne peut pas vérifier %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The plan has no datacenter to verify.</source>
        <translation>Le plan n&apos;a aucun centre de données à vérifier.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n datacenter(s) federated: %1 of %2 checks pass</source>
        <translation>
            <numerusform>%n centre de données fédéré&#xa0;: %1 vérifications réussies sur %2</numerusform>
            <numerusform>%n centres de données fédérés&#xa0;: %1 vérifications réussies sur %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 checks fail: %3</source>
        <translation>%1 vérifications en échec sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>GhostDatacenterNode</name>
    <message>
        <location filename="../src/gui/GhostDatacenterNode.cpp" line="+13"/>
        <source>Datacenter %1 is in the WAN membership, but no kubeconfig context holds it.</source>
        <translation>Le centre de données %1 figure parmi les membres WAN, mais aucun contexte kubeconfig ne le contient.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in WAN membership only</source>
        <translation>seulement parmi les membres WAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 servers alive</source>
        <translation>%1 serveurs actifs sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no kubeconfig context</source>
        <translation>aucun contexte kubeconfig</translation>
    </message>
</context>
<context>
    <name>GuiModule</name>
    <message>
        <location filename="../src/app/GuiModule.cpp" line="+31"/>
        <source>%1 is in neither %2 nor %3</source>
        <translation>%1 ne se trouve ni dans %2 ni dans %3</translation>
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
        <translation>Helm ne peut pas joindre le cluster Kubernetes de %1 (contexte %4) pour installer la release %2 dans le namespace %3. Vérifiez que le cluster fonctionne et que l&apos;adresse du serveur et les identifiants du contexte sont valides (kubectl --context %4 get namespaces). Helm a répondu&#xa0;: %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A previous Helm operation on release %2 in namespace %3 of %1 is still in progress, or was interrupted and left the release pending. Wait for it to finish, or roll it back: helm rollback %2 --namespace %3 --kube-context %4</source>
        <translation>Une opération Helm précédente sur la release %2 du namespace %3 de %1 est toujours en cours, ou a été interrompue en laissant la release en attente. Attendez qu&apos;elle se termine, ou annulez-la&#xa0;: helm rollback %2 --namespace %3 --kube-context %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The consul chart refused the values for %1 (release %2 in namespace %3): %4 Nothing was changed; correct the values and apply again.</source>
        <translation>Le chart consul a refusé les valeurs de %1 (release %2 dans le namespace %3)&#xa0;: %4 Rien n&apos;a été modifié&#xa0;; corrigez les valeurs et appliquez de nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chart repository %4 cannot be reached, so Helm could not get the consul chart for %1 (release %2 in namespace %3). Check this machine&apos;s network and proxy settings. Helm said: %5</source>
        <translation>Le dépôt de charts %4 est injoignable&#xa0;; Helm n&apos;a donc pas pu obtenir le chart consul pour %1 (release %2 dans le namespace %3). Vérifiez les paramètres réseau et proxy de cette machine. Helm a répondu&#xa0;: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chart repository has no such consul chart for %1 (release %2 in namespace %3): %4. Choose a chart version the repository has (helm search repo hashicorp/consul --versions).</source>
        <translation>Le dépôt de charts n&apos;a pas ce chart consul pour %1 (release %2 dans le namespace %3)&#xa0;: %4. Choisissez une version du chart présente dans le dépôt (helm search repo hashicorp/consul --versions).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The upgrade of release %2 in namespace %3 of %1 failed; the previous revision still runs. Helm said: %5. To roll back explicitly: helm rollback %2 [REVISION] -n %3 --kube-context %4 (helm history %2 -n %3 --kube-context %4 lists the revisions).</source>
        <translation>La mise à niveau de la release %2 du namespace %3 de %1 a échoué&#xa0;; la révision précédente tourne toujours. Helm a répondu&#xa0;: %5. Pour revenir en arrière explicitement&#xa0;: helm rollback %2 [REVISION] -n %3 --kube-context %4 (helm history %2 -n %3 --kube-context %4 liste les révisions).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Helm failed for %1 (release %2 in namespace %3): %4</source>
        <translation>Helm a échoué pour %1 (release %2 dans le namespace %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The Helm program %1 does not exist. Install Helm (https://helm.sh/docs/intro/install/), or choose another with Federation → Choose Helm Program… (--helm PATH).</source>
        <translation>Le programme Helm %1 n&apos;existe pas. Installez Helm (https://helm.sh/docs/intro/install/), ou choisissez-en un autre avec Fédération → Choisir le programme Helm… (--helm CHEMIN).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an executable program, so it cannot be used as Helm. Make it executable (chmod +x), or choose another with Federation → Choose Helm Program… (--helm PATH).</source>
        <translation>%1 n&apos;est pas un programme exécutable et ne peut donc pas servir de Helm. Rendez-le exécutable (chmod +x), ou choisissez-en un autre avec Fédération → Choisir le programme Helm… (--helm CHEMIN).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Helm was not found on PATH, in the login shell&apos;s PATH or in the usual places (/usr/local/bin, ~/.local/bin, Homebrew, snap). Install it (https://helm.sh/docs/intro/install/), or choose it with Federation → Choose Helm Program… (--helm PATH).</source>
        <translation>Helm est introuvable dans le PATH, dans le PATH du shell de connexion et aux emplacements habituels (/usr/local/bin, ~/.local/bin, Homebrew, snap). Installez-le (https://helm.sh/docs/intro/install/), ou choisissez-le avec Fédération → Choisir le programme Helm… (--helm CHEMIN).</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Helm (%1) could not be started for %2 (release %3 in namespace %4): %5. Check that it is an executable program, or choose another with Federation → Choose Helm Program… (--helm PATH).</source>
        <translation>Helm (%1) n&apos;a pas pu être démarré pour %2 (release %3 dans le namespace %4)&#xa0;: %5. Vérifiez qu&apos;il s&apos;agit d&apos;un programme exécutable, ou choisissez-en un autre avec Fédération → Choisir le programme Helm… (--helm CHEMIN).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helm was not found at %1, so release %3 in namespace %4 was not installed in %2. Install it (https://helm.sh/docs/intro/install/) or set its path: choose it with Federation → Choose Helm Program… (--helm PATH).</source>
        <translation>Helm est introuvable à l&apos;emplacement %1&#xa0;; la release %3 du namespace %4 n&apos;a donc pas été installée dans %2. Installez-le (https://helm.sh/docs/intro/install/) ou indiquez son chemin&#xa0;: choisissez-le avec Fédération → Choisir le programme Helm… (--helm CHEMIN).</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>The kubeconfig for %1 could not be handed to Helm in memory (release %2 in namespace %3): %4</source>
        <translation>Le kubeconfig de %1 n&apos;a pas pu être transmis à Helm en mémoire (release %2 dans le namespace %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Helm was cancelled for %1 (release %2 in namespace %3). The revision it was applying is marked failed or left pending; helm history %2 -n %3 --kube-context %4 shows which, and helm rollback %2 -n %3 --kube-context %4 returns to the previous one.</source>
        <translation>Helm a été annulé pour %1 (release %2 dans le namespace %3). La révision qu&apos;il appliquait est marquée en échec ou laissée en attente&#xa0;; helm history %2 -n %3 --kube-context %4 indique laquelle, et helm rollback %2 -n %3 --kube-context %4 revient à la précédente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Helm stopped for %1 (release %2 in namespace %3) without finishing: it crashed or was killed.</source>
        <translation>Helm s&apos;est arrêté pour %1 (release %2 dans le namespace %3) sans terminer&#xa0;: il a planté ou a été tué.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helm failed for %1 (release %2 in namespace %3) with exit code %4 and no error message; its output is in the log.</source>
        <translation>Helm a échoué pour %1 (release %2 dans le namespace %3) avec le code de sortie %4 et sans message d&apos;erreur&#xa0;; sa sortie se trouve dans le journal.</translation>
    </message>
</context>
<context>
    <name>HelmRelease</name>
    <message>
        <location filename="../src/core/HelmRelease.cpp" line="+30"/>
        <source>%1 is not base64.</source>
        <translation>%1 n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Out of memory.</source>
        <translation>Mémoire insuffisante.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Not gzip data: %1</source>
        <translation>Ce ne sont pas des données gzip&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not gzip data.</source>
        <translation>Ce ne sont pas des données gzip.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The gzip data is damaged: %1</source>
        <translation>Les données gzip sont endommagées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The release decompresses to more than %1 MiB.</source>
        <translation>La release décompressée dépasse %1 Mio.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The gzip data is damaged: its checksum does not match.</source>
        <translation>Les données gzip sont endommagées&#xa0;: leur somme de contrôle ne correspond pas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Secret is not a JSON object: %1</source>
        <translation>Le Secret n&apos;est pas un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Secret &quot;%1&quot; is of type &quot;%2&quot;, not a Helm release (helm.sh/release.v1).</source>
        <translation>Le Secret &quot;%1&quot; est de type &quot;%2&quot; et n&apos;est pas une release Helm (helm.sh/release.v1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Secret has no data.release.</source>
        <translation>Le Secret n&apos;a pas de data.release.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Secret&apos;s data.release</source>
        <translation>Le champ data.release du Secret</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The release is larger than %1 MiB.</source>
        <translation>La release dépasse %1 Mio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The release</source>
        <translation>La release</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The release is not a JSON object: %1</source>
        <translation>La release n&apos;est pas un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The JSON is not a Helm release: it has no name.</source>
        <translation>Le JSON n&apos;est pas une release Helm&#xa0;: il n&apos;a pas de nom.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The release&apos;s config is not a mapping of values.</source>
        <translation>La config de la release n&apos;est pas un dictionnaire de valeurs.</translation>
    </message>
</context>
<context>
    <name>HostReachability</name>
    <message>
        <location filename="../src/core/HostReachability.cpp" line="+14"/>
        <source>a loopback address (where kind and minikube publish their API servers), which from the primary&apos;s servers leads back to their own machine</source>
        <translation>une adresse de bouclage (où kind et minikube publient leurs serveurs d&apos;API), qui, depuis les serveurs du primaire, ramène à leur propre machine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an unspecified address, which nothing can connect to</source>
        <translation>une adresse non spécifiée, à laquelle rien ne peut se connecter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a link-local address, which does not reach beyond its own network segment</source>
        <translation>une adresse lien-local, qui ne porte pas au-delà de son propre segment réseau</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>a name that only Docker on this machine resolves</source>
        <translation>un nom que seul Docker résout sur cette machine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a cluster-internal name, which inside the primary&apos;s cluster names the primary&apos;s own API server</source>
        <translation>un nom interne au cluster, qui désigne, dans le cluster du primaire, le propre serveur d&apos;API du primaire</translation>
    </message>
</context>
<context>
    <name>KubeClient</name>
    <message>
        <location filename="../src/kube/KubeClient.cpp" line="+77"/>
        <source>Cluster &quot;%1&quot; of context &quot;%2&quot; skips TLS verification (insecure-skip-tls-verify): anyone on the network path could read or change what this app sends it, the federation secret included.</source>
        <translation>Le cluster &quot;%1&quot; du contexte &quot;%2&quot; ne vérifie pas TLS (insecure-skip-tls-verify)&#xa0;: n&apos;importe qui sur le chemin réseau pourrait lire ou modifier ce que l&apos;application lui envoie, Secret de fédération compris.</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+28"/>
        <source>cluster &quot;%1&quot;: %2</source>
        <translation>cluster &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the server address &quot;%1&quot; of cluster &quot;%2&quot; is not a URL such as https://host:6443; fix it in the kubeconfig.</source>
        <translation>l&apos;adresse de serveur &quot;%1&quot; du cluster &quot;%2&quot; n&apos;est pas une URL telle que https://host:6443&#xa0;; corrigez-la dans le kubeconfig.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the certificate authority of cluster &quot;%1&quot; holds no PEM certificate; check certificate-authority(-data) in the kubeconfig.</source>
        <translation>l&apos;autorité de certification du cluster &quot;%1&quot; ne contient aucun certificat PEM&#xa0;; vérifiez certificate-authority(-data) dans le kubeconfig.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the kubeconfig gives a client %1 without its %2.</source>
        <translation>le kubeconfig indique %1 du client, mais pas %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>certificate</source>
        <translation>le certificat</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>key</source>
        <translation>la clé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the &quot;gcp&quot; auth-provider was removed in Kubernetes 1.26. Install gke-gcloud-auth-plugin (gcloud components install gke-gcloud-auth-plugin) and run gcloud container clusters get-credentials again, so the kubeconfig uses that exec plugin.</source>
        <translation>l&apos;auth-provider &quot;gcp&quot; a été supprimé dans Kubernetes 1.26. Installez gke-gcloud-auth-plugin (gcloud components install gke-gcloud-auth-plugin) et relancez gcloud container clusters get-credentials, pour que le kubeconfig utilise ce plugin exec.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the &quot;azure&quot; auth-provider was removed in Kubernetes 1.26. Install kubelogin (github.com/Azure/kubelogin) and run kubelogin convert-kubeconfig, so the kubeconfig uses that exec plugin.</source>
        <translation>l&apos;auth-provider &quot;azure&quot; a été supprimé dans Kubernetes 1.26. Installez kubelogin (github.com/Azure/kubelogin) et lancez kubelogin convert-kubeconfig, pour que le kubeconfig utilise ce plugin exec.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the auth-provider &quot;%1&quot; is not supported; use an exec plugin.</source>
        <translation>l&apos;auth-provider &quot;%1&quot; n&apos;est pas pris en charge&#xa0;; utilisez un plugin exec.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the oidc auth-provider has no id-token. Log in (for example with kubectl oidc-login) so the kubeconfig gets one, then reload it.</source>
        <translation>l&apos;auth-provider oidc n&apos;a pas d&apos;id-token. Connectez-vous (par exemple avec kubectl oidc-login) pour que le kubeconfig en obtienne un, puis rechargez-le.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the exec plugin &quot;%1&quot; asks for apiVersion &quot;%2&quot;; set client.authentication.k8s.io/v1 (or v1beta1) in the kubeconfig.</source>
        <translation>le plugin exec &quot;%1&quot; demande l&apos;apiVersion &quot;%2&quot;&#xa0;; indiquez client.authentication.k8s.io/v1 (ou v1beta1) dans le kubeconfig.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the exec plugin &quot;%1&quot; returned a client certificate that cannot be used: %2</source>
        <translation>le plugin exec &quot;%1&quot; a renvoyé un certificat client inutilisable&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>KubeClientConfig</name>
    <message>
        <location filename="../src/kube/KubeClientConfig.cpp" line="+9"/>
        <source>The kubeconfig has no context &quot;%1&quot;.</source>
        <translation>Le kubeconfig n&apos;a pas de contexte &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context &quot;%1&quot; refers to cluster &quot;%2&quot;, which the kubeconfig does not define.</source>
        <translation>Le contexte &quot;%1&quot; fait référence au cluster &quot;%2&quot;, que le kubeconfig ne définit pas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Context &quot;%1&quot; refers to user &quot;%2&quot;, which the kubeconfig does not define.</source>
        <translation>Le contexte &quot;%1&quot; fait référence à l&apos;utilisateur &quot;%2&quot;, que le kubeconfig ne définit pas.</translation>
    </message>
</context>
<context>
    <name>KubeClusterDetails</name>
    <message>
        <location filename="../src/core/KubeClusterDetails.cpp" line="+116"/>
        <source>the exec plugin configuration in %1, line %2, has the value %3, which JSON has no number for (kubectl refuses the file)</source>
        <translation>la configuration du plugin exec dans %1, ligne %2, a la valeur %3, pour laquelle JSON n&apos;a pas de nombre (kubectl refuse le fichier)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the exec plugin configuration in %1, line %2, merges (&lt;&lt;) something other than a mapping or a list of mappings, which kubectl refuses</source>
        <translation>la configuration du plugin exec dans %1, ligne %2, fusionne (&lt;&lt;) autre chose qu&apos;un dictionnaire ou une liste de dictionnaires, ce que kubectl refuse</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the exec plugin configuration in %1, line %2, has a key that is null, a list, a mapping or an integer from 2^63 to 2^64-1, which kubectl refuses</source>
        <translation>la configuration du plugin exec dans %1, ligne %2, a une clé qui est null, une liste, un dictionnaire ou un entier de 2^63 à 2^64-1, ce que kubectl refuse</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot read the certificate authority %1 of cluster &quot;%2&quot;: %3</source>
        <translation>impossible de lire l&apos;autorité de certification %1 du cluster &quot;%2&quot;&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the exec plugin configuration in %1, line %2, expands through aliases to more than %3 values or %4 levels</source>
        <translation>la configuration du plugin exec dans %1, ligne %2, s’étend par ses alias à plus de %3 valeurs ou %4 niveaux</translation>
    </message>
</context>
<context>
    <name>KubeError</name>
    <message>
        <location filename="../src/kube/KubeError.cpp" line="+20"/>
        <source>the request</source>
        <translation>la requête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in namespace &quot;%2&quot;</source>
        <translation>%1 dans le namespace &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 &quot;%2&quot; in namespace &quot;%3&quot;</source>
        <translation>%1 &quot;%2&quot; dans le namespace &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Context &quot;%1&quot;: the response from %2 to %3 %4 ended early: HTTP %5 came with a JSON body that is cut short, so the change may or may not have been made. Read it back before trying again; a proxy or load balancer in between may be cutting answers.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: la réponse de %2 à %3 %4 s&apos;est terminée trop tôt&#xa0;: HTTP %5 est arrivé avec un corps JSON tronqué, la modification a donc peut-être été faite, peut-être pas. Relisez-la avant de réessayer&#xa0;; un proxy ou un répartiteur de charge intermédiaire coupe peut-être les réponses.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Context &quot;%1&quot;: the response from %2 to %3 %4 ended early: HTTP %5 came with a JSON body that is cut short and is not valid JSON. Try again; if it keeps happening, check the cluster and any proxy or load balancer in between.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: la réponse de %2 à %3 %4 s&apos;est terminée trop tôt&#xa0;: HTTP %5 est arrivé avec un corps JSON tronqué, qui n&apos;est pas du JSON valide. Réessayez&#xa0;; si cela se reproduit, vérifiez le cluster et tout proxy ou répartiteur de charge intermédiaire.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Context &quot;%1&quot;: the TLS certificate of %2 expired on %3 (UTC), so the connection was refused and nothing was sent. Renew the API server&apos;s certificate (on kubeadm clusters: kubeadm certs renew apiserver), or check this computer&apos;s clock.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: le certificat TLS de %2 a expiré le %3 (UTC), la connexion a donc été refusée et rien n&apos;a été envoyé. Renouvelez le certificat du serveur d&apos;API (sur les clusters kubeadm&#xa0;: kubeadm certs renew apiserver), ou vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Context &quot;%1&quot;: the TLS certificate of %2 is for another host (the host name did not match): it names %3, not %4, so the connection was refused and nothing was sent. The server address of cluster &quot;%5&quot; may point at another cluster or a proxy; fix it, or set tls-server-name to a name the certificate holds.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: le certificat TLS de %2 est celui d&apos;un autre hôte (le nom d&apos;hôte ne correspondait pas)&#xa0;: il nomme %3, pas %4, la connexion a donc été refusée et rien n&apos;a été envoyé. L&apos;adresse de serveur du cluster &quot;%5&quot; pointe peut-être vers un autre cluster ou un proxy&#xa0;; corrigez-la, ou mettez dans tls-server-name un nom que porte le certificat.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no details given</source>
        <translation>aucun détail fourni</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Context &quot;%1&quot;: the service behind %2 refused the request (HTTP %3): %4. Check the token sent to it (for Consul, the ACL token).</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: le service derrière %2 a refusé la requête (HTTP %3)&#xa0;: %4. Vérifiez le jeton qui lui est envoyé (pour Consul, le jeton ACL).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context &quot;%1&quot;: the service behind %2 answered HTTP %3: %4</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: le service derrière %2 a répondu HTTP %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The client certificate may have expired, or it is not signed by a CA this cluster trusts; get a new one and update the kubeconfig.</source>
        <translation>Le certificat client a peut-être expiré, ou il n&apos;est pas signé par une CA à laquelle ce cluster fait confiance&#xa0;; obtenez-en un nouveau et mettez à jour le kubeconfig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token may have expired or been revoked; get a new one and update the kubeconfig.</source>
        <translation>Le jeton a peut-être expiré ou été révoqué&#xa0;; obtenez-en un nouveau et mettez à jour le kubeconfig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token in %1 was read again and still refused; it may have expired or been revoked.</source>
        <translation>Le jeton de %1 a été relu et est toujours refusé&#xa0;; il a peut-être expiré ou été révoqué.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the username and password; most clusters no longer accept passwords at all.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe&#xa0;; la plupart des clusters n&apos;acceptent plus du tout les mots de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OIDC id-token has probably expired, and this app does not refresh it; log in again (for example with kubectl oidc-login), then reload the kubeconfig.</source>
        <translation>L&apos;id-token OIDC a probablement expiré, et cette application ne le renouvelle pas&#xa0;; reconnectez-vous (par exemple avec kubectl oidc-login), puis rechargez le kubeconfig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exec plugin &quot;%1&quot; was run again and its new credentials were refused too; log in with the tool behind it (for example aws sso login, gcloud auth login or az login), then try again.</source>
        <translation>Le plugin exec &quot;%1&quot; a été relancé et ses nouveaux identifiants ont aussi été refusés&#xa0;; connectez-vous avec l&apos;outil correspondant (par exemple aws sso login, gcloud auth login ou az login), puis réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The kubeconfig gives this user no credentials; add a token, a client certificate or an exec plugin.</source>
        <translation>Le kubeconfig ne donne aucun identifiant à cet utilisateur&#xa0;; ajoutez un jeton, un certificat client ou un plugin exec.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context &quot;%1&quot;: the cluster rejected the credentials of user &quot;%2&quot; (401 Unauthorized). %3</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: le cluster a rejeté les identifiants de l&apos;utilisateur &quot;%2&quot; (401 Unauthorized). %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Context &quot;%1&quot;: user &quot;%2&quot; may not access %3 (403 Forbidden): %4. Ask a cluster admin for access, or use a context with more rights.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: l&apos;utilisateur &quot;%2&quot; n&apos;a pas accès à %3 (403 Forbidden)&#xa0;: %4. Demandez l&apos;accès à un administrateur du cluster, ou utilisez un contexte disposant de plus de droits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context &quot;%1&quot;: user &quot;%2&quot; may not %3 %4 (403 Forbidden). Ask a cluster admin for an RBAC role that allows &quot;%3&quot; on &quot;%5&quot;, or use a context with more rights.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: l&apos;utilisateur &quot;%2&quot; n&apos;a pas le droit de faire &quot;%3&quot; sur %4 (403 Forbidden). Demandez à un administrateur du cluster un rôle RBAC qui autorise &quot;%3&quot; sur &quot;%5&quot;, ou utilisez un contexte disposant de plus de droits.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Context &quot;%1&quot;: namespace &quot;%2&quot; does not exist (404 Not Found). Create it, or check the namespace.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: le namespace &quot;%2&quot; n&apos;existe pas (404 Not Found). Créez-le, ou vérifiez le namespace.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context &quot;%1&quot;: the cluster does not serve %2 (404 Not Found). Is the software that defines it installed (for proxydefaults, Consul on Kubernetes)?</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: le cluster ne sert pas %2 (404 Not Found). Le logiciel qui le définit est-il installé (pour proxydefaults, Consul on Kubernetes)&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Context &quot;%1&quot;: %2 was not found (404 Not Found): %3</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: %2 introuvable (404 Not Found)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context &quot;%1&quot;: %2 was not found (404 Not Found). Check the name and the namespace.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: %2 introuvable (404 Not Found). Vérifiez le nom et le namespace.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Context &quot;%1&quot;: %2 already exists (409 AlreadyExists). Replace it instead, or delete it first.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: %2 existe déjà (409 AlreadyExists). Remplacez-le plutôt, ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context &quot;%1&quot;: %2 was changed by someone else since it was read (409 Conflict). Read it again, reapply the change and retry.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: %2 a été modifié par quelqu&apos;un d&apos;autre depuis sa lecture (409 Conflict). Relisez-le, réappliquez la modification et réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Context &quot;%1&quot;: the cluster refused to %2 %3 as invalid (%4): %5</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: le cluster a refusé &quot;%2&quot; sur %3 comme invalide (%4)&#xa0;: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context &quot;%1&quot;: the cluster is rate-limiting requests (429 Too Many Requests). Wait a moment and retry.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: le cluster limite le débit des requêtes (429 Too Many Requests). Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context &quot;%1&quot;: the server failed to answer %2 (HTTP %3): %4. Try again in a moment; if it keeps failing, check the cluster.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: le serveur n&apos;a pas pu répondre à %2 (HTTP %3)&#xa0;: %4. Réessayez dans un instant&#xa0;; si l&apos;échec persiste, vérifiez le cluster.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context &quot;%1&quot;: %2 failed with HTTP %3: %4</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: %2 a échoué avec HTTP %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Context &quot;%1&quot;: the connection to %2 was refused. Is the cluster running, and is the server address of cluster &quot;%3&quot; in the kubeconfig right?</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: la connexion à %2 a été refusée. Le cluster est-il en marche, et l&apos;adresse de serveur du cluster &quot;%3&quot; dans le kubeconfig est-elle correcte&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context &quot;%1&quot;: the host name &quot;%2&quot; could not be resolved (DNS). Check the server address of cluster &quot;%3&quot; in the kubeconfig, and your network or VPN.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: le nom d&apos;hôte &quot;%2&quot; n&apos;a pas pu être résolu (DNS). Vérifiez l&apos;adresse de serveur du cluster &quot;%3&quot; dans le kubeconfig, ainsi que votre réseau ou VPN.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Context &quot;%1&quot;: the request was cancelled.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: la requête a été annulée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Context &quot;%1&quot;: the TLS certificate of %2 could not be verified (%3). The server presented a certificate for &quot;%4&quot; issued by &quot;%5&quot;. Check certificate-authority or certificate-authority-data (and tls-server-name) of cluster &quot;%6&quot; in the kubeconfig.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: le certificat TLS de %2 n&apos;a pas pu être vérifié (%3). Le serveur a présenté un certificat pour &quot;%4&quot; émis par &quot;%5&quot;. Vérifiez certificate-authority ou certificate-authority-data (et tls-server-name) du cluster &quot;%6&quot; dans le kubeconfig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context &quot;%1&quot;: the TLS connection to %2 failed (%3). Check the server address and the certificate settings of cluster &quot;%4&quot; in the kubeconfig.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: la connexion TLS à %2 a échoué (%3). Vérifiez l&apos;adresse de serveur et les paramètres de certificat du cluster &quot;%4&quot; dans le kubeconfig.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Context &quot;%1&quot;: the response from %2 ended early: the connection was closed or reset before the answer to %3 %4 arrived, so the change may or may not have been made. Read it back before trying again.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: la réponse de %2 s&apos;est terminée trop tôt&#xa0;: la connexion a été fermée ou réinitialisée avant l&apos;arrivée de la réponse à %3 %4, la modification a donc peut-être été faite, peut-être pas. Relisez-la avant de réessayer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context &quot;%1&quot;: the response from %2 ended early: the connection was closed or reset before the whole answer to %3 %4 arrived (%5). Check the cluster&apos;s health and any proxy or load balancer in between.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: la réponse de %2 s&apos;est terminée trop tôt&#xa0;: la connexion a été fermée ou réinitialisée avant l&apos;arrivée de toute la réponse à %3 %4 (%5). Vérifiez l&apos;état du cluster et tout proxy ou répartiteur de charge intermédiaire.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Context &quot;%1&quot;: the proxy on the way to %2 failed: %3. Check proxy-url of cluster &quot;%4&quot; in the kubeconfig, or the HTTPS_PROXY and NO_PROXY environment variables.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: le proxy sur le chemin de %2 a échoué&#xa0;: %3. Vérifiez proxy-url du cluster &quot;%4&quot; dans le kubeconfig, ou les variables d&apos;environnement HTTPS_PROXY et NO_PROXY.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Context &quot;%1&quot;: the connection to %2 failed: %3.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: la connexion à %2 a échoué&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Context &quot;%1&quot;: %2 did not answer within %n second(s). Check your network, VPN or proxy; the cluster may also be overloaded or not reachable from here.</source>
        <translation>
            <numerusform>Contexte &quot;%1&quot;&#xa0;: %2 n&apos;a pas répondu en %n seconde. Vérifiez votre réseau, VPN ou proxy&#xa0;; le cluster est peut-être aussi surchargé ou injoignable d&apos;ici.</numerusform>
            <numerusform>Contexte &quot;%1&quot;&#xa0;: %2 n&apos;a pas répondu en %n secondes. Vérifiez votre réseau, VPN ou proxy&#xa0;; le cluster est peut-être aussi surchargé ou injoignable d&apos;ici.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context &quot;%1&quot;: %2 did not answer in time. Check your network, VPN or proxy; the cluster may also be overloaded or not reachable from here.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: %2 n&apos;a pas répondu à temps. Vérifiez votre réseau, VPN ou proxy&#xa0;; le cluster est peut-être aussi surchargé ou injoignable d&apos;ici.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Context &quot;%1&quot;: no credentials for user &quot;%2&quot;: %3</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: aucun identifiant pour l&apos;utilisateur &quot;%2&quot;&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Context &quot;%1&quot;: %2</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Context &quot;%1&quot;: the response from %2 to %3 %4 is larger than %5 MiB and was refused. Ask for less (a label selector or a namespace); if the object is not that large, check the cluster and any proxy in between.</source>
        <translation>Contexte &quot;%1&quot;&#xa0;: la réponse de %2 à %3 %4 dépasse %5 Mio et a été refusée. Demandez moins (un sélecteur de labels ou un namespace)&#xa0;; si l&apos;objet n&apos;est pas si grand, vérifiez le cluster et tout proxy entre les deux.</translation>
    </message>
</context>
<context>
    <name>KubeUserCredentials</name>
    <message>
        <location filename="../src/core/KubeUserCredentials.cpp" line="+54"/>
        <source>the token file %1 is empty</source>
        <translation>le fichier de jeton %1 est vide</translation>
    </message>
</context>
<context>
    <name>KubeconfigEntry</name>
    <message>
        <location filename="../src/core/KubeconfigEntry.cpp" line="+12"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is larger than 1 MiB; that is not a credential file</source>
        <translation>%1 dépasse 1 Mio&#xa0;; ce n&apos;est pas un fichier d&apos;identifiants</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the kubeconfig %1: %2</source>
        <translation>impossible de lire le kubeconfig %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the kubeconfig %1 has grown over %2 MiB</source>
        <translation>le kubeconfig %1 dépasse désormais %2 Mio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the kubeconfig %1 is no longer valid YAML (line %2: %3)</source>
        <translation>le kubeconfig %1 n&apos;est plus du YAML valide (ligne %2&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the kubeconfig %1 no longer defines user &quot;%2&quot;; reload it</source>
        <translation>le kubeconfig %1 ne définit plus l&apos;utilisateur &quot;%2&quot;&#xa0;; rechargez-le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the kubeconfig %1 no longer defines cluster &quot;%2&quot;; reload it</source>
        <translation>le kubeconfig %1 ne définit plus le cluster &quot;%2&quot;&#xa0;; rechargez-le</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not valid base64</source>
        <translation>&quot;%1&quot; n&apos;est pas du base64 valide</translation>
    </message>
</context>
<context>
    <name>KubeconfigError</name>
    <message>
        <location filename="../src/core/KubeconfigError.cpp" line="+9"/>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>KubeconfigLoader</name>
    <message>
        <location filename="../src/core/KubeconfigLoader.cpp" line="+25"/>
        <source>a kubeconfig must be a mapping</source>
        <translation>un kubeconfig doit être un dictionnaire</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; doit être une liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>each entry of &quot;%1&quot; must be a mapping</source>
        <translation>chaque entrée de &quot;%1&quot; doit être un dictionnaire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>duplicate name &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>nom &quot;%1&quot; en double dans &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; of &quot;%2&quot; must be a mapping</source>
        <translation>&quot;%1&quot; de &quot;%2&quot; doit être un dictionnaire</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>is a directory, not a kubeconfig file</source>
        <translation>est un répertoire, pas un fichier kubeconfig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1 MiB; kubeconfig files over %2 MiB are refused</source>
        <translation>fait %1 Mio&#xa0;; les fichiers kubeconfig de plus de %2 Mio sont refusés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is larger than %1 MiB; kubeconfig files over %1 MiB are refused</source>
        <translation>dépasse %1 Mio&#xa0;; les fichiers kubeconfig de plus de %1 Mio sont refusés</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not valid YAML: %1</source>
        <translation>pas du YAML valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>%1 must be text, not %2, which kubectl refuses</source>
        <translation>%1 doit être du texte, pas %2, ce que kubectl refuse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be text, but YAML reads it as %2, which kubectl refuses; put it in quotes</source>
        <translation>%1 doit être du texte, mais YAML le lit comme %2, ce que kubectl refuse&#xa0;; mettez-le entre guillemets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be text, but YAML reads %2 as %3, which kubectl refuses; put it in quotes</source>
        <translation>%1 doit être du texte, mais YAML lit %2 comme %3, ce que kubectl refuse&#xa0;; mettez la valeur entre guillemets</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 must be true or false, not the quoted string &quot;%2&quot;, which kubectl refuses; write it without quotes</source>
        <translation>%1 doit valoir true ou false, pas la chaîne entre guillemets &quot;%2&quot;, que kubectl refuse&#xa0;; écrivez-la sans guillemets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be true or false, not %2, which kubectl refuses</source>
        <translation>%1 doit valoir true ou false, pas %2, ce que kubectl refuse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; of &quot;%2&quot;</source>
        <translation>&quot;%1&quot; de &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a mapping</source>
        <translation>un dictionnaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the boolean %1</source>
        <translation>le booléen %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the number %1</source>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the string &quot;%1&quot;</source>
        <translation>la chaîne &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>LinkHealth</name>
    <message>
        <location filename="../src/core/LinkHealth.cpp" line="+44"/>
        <source>None of the %1 servers of %2 is alive in the WAN view of %3.</source>
        <translation>Aucun des %1 serveurs de %2 n&apos;est actif dans la vue WAN de %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>%1 does not see %2 in its WAN pool.</source>
        <translation>%1 ne voit pas %2 dans son pool WAN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>%1 of %2 servers of %3 alive in the WAN view of %4.</source>
        <translation>%1 serveurs actifs sur %2 pour %3 dans la vue WAN de %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot read the catalog of %2: %3</source>
        <translation>%1 ne peut pas lire le catalogue de %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not federated</source>
        <translation>Non fédéré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>En panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 of %3 servers of %4 alive</source>
        <translation>%1&#xa0;: %2 serveurs actifs sur %3 pour %4</translation>
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
        <translation>Problèmes de kubeconfig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss kubeconfig problems</source>
        <translation>Masquer les problèmes de kubeconfig</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No kubeconfig contexts found</source>
        <translation>Aucun contexte kubeconfig trouvé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open kubeconfig…</source>
        <translation>Ouvrir un kubeconfig…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one or more kubeconfig files to show their contexts</source>
        <translation>Choisissez un ou plusieurs fichiers kubeconfig pour afficher leurs contextes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try with simulated clusters</source>
        <translation>Essayer avec des clusters simulés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start three simulated Kubernetes clusters with Consul inside the app, to try everything without a real cluster</source>
        <translation>Démarre trois clusters Kubernetes simulés avec Consul dans l&apos;application, pour tout essayer sans vrai cluster</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Datacenter canvas</source>
        <translation>Canevas des centres de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each kubeconfig context is a datacenter. Arrow keys move between datacenters; Ctrl+plus and Ctrl+minus zoom.</source>
        <translation>Chaque contexte kubeconfig est un centre de données. Les flèches passent d&apos;un centre de données à l&apos;autre&#xa0;; Ctrl+plus et Ctrl+moins zooment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datacenter panels</source>
        <translation>Panneaux du centre de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helm &amp;values</source>
        <translation>&amp;Valeurs Helm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fede&amp;ration</source>
        <translation>Fédératio&amp;n</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent &amp;plans</source>
        <translation>Plans réce&amp;nts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fe&amp;deration</source>
        <translation>Fédé&amp;ration</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh &amp;every</source>
        <translation>Intervalle d&apos;a&amp;ctualisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Theme</source>
        <translation>Thè&amp;me</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open kubeconfig…</source>
        <translation>&amp;Ouvrir un kubeconfig…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the contexts of other kubeconfig files</source>
        <translation>Afficher les contextes d&apos;autres fichiers kubeconfig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload kubeconfig</source>
        <translation>&amp;Recharger le kubeconfig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the kubeconfig files again</source>
        <translation>Relire les fichiers kubeconfig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter datacenters</source>
        <translation>&amp;Filtrer les centres de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to view</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrange &amp;Automatically</source>
        <translation>Disposer a&amp;utomatiquement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put every node you moved back in the layout</source>
        <translation>Remettre dans la disposition chaque nœud déplacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open p&amp;lan…</source>
        <translation>Ouvrir un p&amp;lan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save plan</source>
        <translation>&amp;Enregistrer le plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save plan &amp;as…</source>
        <translation>Enregistrer le plan &amp;sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh &amp;now</source>
        <translation>Actualiser mai&amp;ntenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read WAN membership and health from every cluster now</source>
        <translation>Lire maintenant l&apos;appartenance WAN et l&apos;état de chaque cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause live refresh</source>
        <translation>&amp;Suspendre l&apos;actualisation en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export bundle…</source>
        <translation>E&amp;xporter le bundle…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the plan as files a colleague or a pipeline can apply: values, scripts, README, topology</source>
        <translation>Écrire le plan sous forme de fichiers qu&apos;un collègue ou un pipeline peut appliquer&#xa0;: valeurs, scripts, README, topologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/MainWindow.cpp" line="+220"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/MainWindow.cpp" line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;primary</source>
        <translation>Définir comme &amp;primaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the selected datacenter the federation&apos;s primary</source>
        <translation>Faire du centre de données sélectionné le primaire de la fédération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Federate Selected</source>
        <translation>&amp;Fédérer la sélection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the selected datacenter to the federation as a secondary and show the apply plan (or drag it onto the primary)</source>
        <translation>Ajouter le centre de données sélectionné à la fédération comme secondaire et afficher le plan d&apos;application (ou le faire glisser sur le primaire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply Plan…</source>
        <translation>&amp;Appliquer le plan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show what applying the plan does to the clusters, then install, upgrade and federate (Ctrl+Return)</source>
        <translation>Afficher ce que l&apos;application du plan fait aux clusters, puis installer, mettre à niveau et fédérer (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;Helm Program…</source>
        <translation>Choisir le programme &amp;Helm…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The helm program that installs and upgrades Consul</source>
        <translation>Le programme helm qui installe et met à niveau Consul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove from federation</source>
        <translation>&amp;Retirer de la fédération</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the selected datacenter out of the plan; nothing in any cluster changes</source>
        <translation>Retirer du plan le centre de données sélectionné&#xa0;; rien ne change dans aucun cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Consul Federator</source>
        <translation>À &amp;propos de Consul Federator</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="-153"/>
        <source>Filter by context, datacenter, server or namespace</source>
        <translation>Filtrer par contexte, centre de données, serveur ou namespace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter datacenters</source>
        <translation>Filtrer les centres de données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datacenter</source>
        <translation>Centre de données</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change plan options</source>
        <translation>la modification des options du plan</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading kubeconfig…</source>
        <translation>Lecture du kubeconfig…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Arrange automatically</source>
        <translation>Disposer automatiquement</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Make a datacenter the primary before exporting.</source>
        <translation>Définissez un centre de données comme primaire avant d&apos;exporter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>simulated clusters</source>
        <translation>clusters simulés</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Some kubeconfig files could not be used; the contexts of the others are shown.
%1</source>
        <translation>Certains fichiers kubeconfig n&apos;ont pas pu être utilisés&#xa0;; les contextes des autres sont affichés.
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looked in:
%1</source>
        <translation>Emplacements consultés&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no files: KUBECONFIG is empty)</source>
        <translation>(aucun fichier&#xa0;: KUBECONFIG est vide)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Simulated clusters: %1 Kubernetes API servers and Consul datacenters running in this app on 127.0.0.1. Nothing here touches a real cluster.</source>
        <translation>Clusters simulés&#xa0;: %1 serveurs d&apos;API Kubernetes et centres de données Consul s&apos;exécutent dans cette application sur 127.0.0.1. Rien ici ne touche un vrai cluster.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open kubeconfig</source>
        <translation>Ouvrir un kubeconfig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubeconfig files (*);;YAML files (*.yaml *.yml);;JSON files (*.json)</source>
        <translation>Fichiers kubeconfig (*);;Fichiers YAML (*.yaml *.yml);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Primary, with %1 secondary datacenters</source>
        <translation>Primaire, avec %1 centres de données secondaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secondary of %1</source>
        <translation>Secondaire de %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Make %1 the primary</source>
        <translation>la désignation de %1 comme primaire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make a datacenter the primary first (Ctrl+Shift+P), then federate others with it.</source>
        <translation>Définissez d&apos;abord un centre de données comme primaire (Ctrl+Maj+P), puis fédérez-en d&apos;autres avec lui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already in the federation.</source>
        <translation>%1 fait déjà partie de la fédération.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Federate %1 with %2</source>
        <translation>la fédération de %1 avec %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove the primary?</source>
        <translation>Retirer le primaire&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing the primary %1 takes its %2 secondary datacenters out of the plan too. Nothing changes in any cluster, and Undo brings them back.</source>
        <translation>Retirer le primaire %1 retire aussi du plan ses %2 centres de données secondaires. Rien ne change dans aucun cluster, et Annuler les rétablit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove %1 from the federation</source>
        <translation>le retrait de %1 de la fédération</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Edit the values of %1</source>
        <translation>la modification des valeurs de %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Helm values for %1</source>
        <translation>Valeurs Helm de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>primary</source>
        <translation>primaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>secondary</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helm values for %1 (%2), release %3 in namespace %4</source>
        <translation>Valeurs Helm de %1 (%2), release %3 dans le namespace %4</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Datacenters: %1 · Kubeconfig files: %2</source>
        <translation>Centres de données&#xa0;: %1 · Fichiers kubeconfig&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datacenters: %1 of %2 match the filter</source>
        <translation>Centres de données&#xa0;: %1 sur %2 correspondent au filtre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Consul Federator</source>
        <translation>À propos de Consul Federator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Consul Federator %1&lt;/h3&gt;&lt;p&gt;Federate HashiCorp Consul datacenters across Kubernetes clusters through mesh gateways.&lt;/p&gt;&lt;p&gt;Made with these libraries, under their licences:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0)&lt;/li&gt;&lt;li&gt;OpenSSL %3 (Apache-2.0)&lt;/li&gt;&lt;li&gt;libyaml (MIT)&lt;/li&gt;&lt;li&gt;libarchive (BSD-2-Clause)&lt;/li&gt;&lt;li&gt;zlib (Zlib)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The procedure it follows is HashiCorp&apos;s Consul documentation (MPL-2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Consul Federator %1&lt;/h3&gt;&lt;p&gt;Fédère des centres de données HashiCorp Consul répartis sur des clusters Kubernetes, au moyen de mesh gateways.&lt;/p&gt;&lt;p&gt;Réalisé avec ces bibliothèques, sous leurs licences&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0)&lt;/li&gt;&lt;li&gt;OpenSSL %3 (Apache-2.0)&lt;/li&gt;&lt;li&gt;libyaml (MIT)&lt;/li&gt;&lt;li&gt;libarchive (BSD-2-Clause)&lt;/li&gt;&lt;li&gt;zlib (Zlib)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;La procédure suivie est celle de la documentation Consul de HashiCorp (MPL-2.0).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MembersCommand</name>
    <message>
        <location filename="../src/cli/MembersCommand.cpp" line="+45"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no context answered with Consul&apos;s WAN members.</source>
        <translation>aucun contexte n&apos;a répondu avec les membres WAN de Consul.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show the WAN members of Consul datacenters as `consul members -wan` does, read through each cluster&apos;s API server (the service proxy, with the bootstrap ACL token), or parse `consul members` output.</source>
        <translation>Affiche les membres WAN des centres de données Consul comme `consul members -wan`, lus via le serveur d&apos;API de chaque cluster (le proxy de service, avec le jeton ACL d&apos;amorçage), ou analyse la sortie de `consul members`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the datacenter of this kubeconfig context.</source>
        <translation>Lire le centre de données de ce contexte kubeconfig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONTEXT</source>
        <translation>CONTEXTE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read every context at once and merge what they see; contexts without Consul are reported, not fatal.</source>
        <translation>Lire tous les contextes à la fois et fusionner ce qu&apos;ils voient&#xa0;; les contextes sans Consul sont signalés, sans être bloquants.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read `consul members` output or JSON from FILE (- for standard input).</source>
        <translation>Lire la sortie de `consul members` ou du JSON depuis FICHIER (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namespace Consul is installed in (default: consul).</source>
        <translation>Namespace dans lequel Consul est installé (par défaut&#xa0;: consul).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The prefix of the chart&apos;s resources, e.g. consul for consul-server (default: consul).</source>
        <translation>Le préfixe des ressources du chart, p. ex. consul pour consul-server (par défaut&#xa0;: consul).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON rows (name, address, port, status, type, build, protocol, datacenter, partition, segment) instead of a table.</source>
        <translation>Afficher des lignes JSON (name, address, port, status, type, build, protocol, datacenter, partition, segment) au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give exactly one of --context CONTEXT, --all and --parse FILE.</source>
        <translation>indiquez exactement une option parmi --context CONTEXTE, --all et --parse FICHIER.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--parse reads a file, not clusters: --kubeconfig makes no sense with it.</source>
        <translation>--parse lit un fichier, pas des clusters&#xa0;: --kubeconfig n&apos;a pas de sens avec lui.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the kubeconfig has no context &quot;%1&quot;.</source>
        <translation>le kubeconfig n&apos;a pas de contexte &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the kubeconfig has no contexts.</source>
        <translation>le kubeconfig n&apos;a aucun contexte.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../forms/MembersPanel.ui" line="+5"/>
        <location line="+19"/>
        <source>WAN members</source>
        <translation>Membres WAN</translation>
    </message>
    <message>
        <location line="-15"/>
        <location filename="../src/gui/MembersPanel.cpp" line="+87"/>
        <source>Choose a datacenter to see its WAN members.</source>
        <translation>Choisissez un centre de données pour voir ses membres WAN.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+7"/>
        <source>Catalog services</source>
        <translation>Services du catalogue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ACL replication</source>
        <translation>Réplication des ACL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ProxyDefaults</source>
        <translation>ProxyDefaults</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create ProxyDefaults</source>
        <translation>Créer les ProxyDefaults</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the ProxyDefaults resource &quot;global&quot; with the plan&apos;s mesh gateway mode in this datacenter</source>
        <translation>Créer la ressource ProxyDefaults &quot;global&quot; avec le mode de mesh gateway du plan dans ce centre de données</translation>
    </message>
    <message>
        <location filename="../src/gui/MembersPanel.cpp" line="+13"/>
        <source>%1: WAN members as seen from context %2</source>
        <translation>%1&#xa0;: membres WAN vus depuis le contexte %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no kubeconfig context holds it; WAN members as the others see them</source>
        <translation>%1&#xa0;: aucun contexte kubeconfig ne le contient&#xa0;; membres WAN vus par les autres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not read yet; WAN members as the others see them</source>
        <translation>%1&#xa0;: pas encore lu&#xa0;; membres WAN vus par les autres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In the WAN membership with %1 of %2 servers alive, but in no kubeconfig context.</source>
        <translation>Parmi les membres WAN avec %1 serveurs actifs sur %2, mais dans aucun contexte kubeconfig.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Catalog services of %1: not read</source>
        <translation>Services du catalogue de %1&#xa0;: non lus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog services of %1</source>
        <translation>Services du catalogue de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog services of %1, read through %2</source>
        <translation>Services du catalogue de %1, lus via %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>Unknown: no kubeconfig context holds %1.</source>
        <translation>Inconnu&#xa0;: aucun contexte kubeconfig ne contient %1.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The primary datacenter: the others replicate from it.</source>
        <translation>Le centre de données primaire&#xa0;: les autres répliquent depuis lui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Not read yet.</source>
        <translation>Pas encore lu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating it...</source>
        <translation>Création en cours...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating it failed: %1</source>
        <translation>Échec de la création&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create the ProxyDefaults resource &quot;global&quot; in context %1, mesh gateway mode %2</source>
        <translation>Créer la ressource ProxyDefaults &quot;global&quot; dans le contexte %1, mode de mesh gateway %2</translation>
    </message>
</context>
<context>
    <name>MembershipMonitor</name>
    <message>
        <location filename="../src/kube/MembershipMonitor.cpp" line="+411"/>
        <source>Context &quot;%1&quot; is not watched.</source>
        <translation>Le contexte &quot;%1&quot; n&apos;est pas surveillé.</translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <location filename="../src/cli/PassphraseInput.cpp" line="+73"/>
        <source>cannot read the passphrase: %1</source>
        <translation>impossible de lire la phrase secrète&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the passphrase is longer than %1 bytes</source>
        <translation>la phrase secrète dépasse %1 octets</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>file descriptor %1 is not open</source>
        <translation>le descripteur de fichier %1 n&apos;est pas ouvert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>file descriptor %1 gave an empty passphrase</source>
        <translation>le descripteur de fichier %1 a fourni une phrase secrète vide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no terminal to ask for the passphrase on; pass it with --passphrase-fd N</source>
        <translation>aucun terminal pour demander la phrase secrète&#xa0;; transmettez-la avec --passphrase-fd N</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write to the terminal</source>
        <translation>impossible d&apos;écrire dans le terminal</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>cannot turn off the terminal&apos;s echo; pass the passphrase with --passphrase-fd N</source>
        <translation>impossible de désactiver l&apos;écho du terminal&#xa0;; transmettez la phrase secrète avec --passphrase-fd N</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>no passphrase given</source>
        <translation>aucune phrase secrète fournie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the passphrases do not match</source>
        <translation>les phrases secrètes ne correspondent pas</translation>
    </message>
</context>
<context>
    <name>PlanApply</name>
    <message>
        <location filename="../src/kube/PlanApply.cpp" line="+92"/>
        <source>The plan has no primary datacenter.</source>
        <translation>Le plan n&apos;a pas de centre de données primaire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+364"/>
        <location line="+61"/>
        <location line="+64"/>
        <source>There is no client for context &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de client pour le contexte &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-407"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Release %1 in %2 is deployed with these values already (revision %3); nothing to do.</source>
        <translation>La release %1 dans %2 est déjà déployée avec ces valeurs (révision %3)&#xa0;; rien à faire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No Helm program is set.</source>
        <translation>Aucun programme Helm n&apos;est défini.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Installed release %1 in %2.</source>
        <translation>Release %1 installée dans %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgraded release %1 in %2.</source>
        <translation>Release %1 mise à niveau dans %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Gave up after %1 s: %2</source>
        <translation>Abandon après %1 s&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 has its federation secret %2, and its mesh gateway the address %3.</source>
        <translation>%1 a son Secret de fédération %2, et sa mesh gateway l&apos;adresse %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has its federation secret %2.</source>
        <translation>%1 a son Secret de fédération %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the federation secret %1 is not there yet</source>
        <translation>le Secret de fédération %1 n&apos;est pas encore là</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mesh gateway %1 has no external address yet</source>
        <translation>la mesh gateway %1 n&apos;a pas encore d&apos;adresse externe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for %1: %2.</source>
        <translation>Attente de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 The primary&apos;s secret holds other data (the primary may have been reinstalled). Replace the copy?</source>
        <translation>%1 Le Secret du primaire contient d&apos;autres données (le primaire a peut-être été réinstallé). Remplacer la copie&#xa0;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The existing copy was kept; the secondary may not join with it.</source>
        <translation>La copie existante a été conservée&#xa0;; le secondaire risque de ne pas pouvoir rejoindre la fédération avec elle.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Created ProxyDefaults global (mesh gateway mode %1) in %2; waiting until it is synced.</source>
        <translation>ProxyDefaults global créé (mode de mesh gateway %1) dans %2&#xa0;; attente de sa synchronisation.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ProxyDefaults global in %1 has mesh gateway mode %2, the plan %3; it was left as it is. Change it with kubectl edit proxydefaults global -n %4 --context %5.</source>
        <translation>ProxyDefaults global dans %1 a le mode de mesh gateway %2, le plan %3&#xa0;; il a été laissé tel quel. Modifiez-le avec kubectl edit proxydefaults global -n %4 --context %5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ProxyDefaults global in %1 is synced (mesh gateway mode %2).</source>
        <translation>ProxyDefaults global dans %1 est synchronisé (mode de mesh gateway %2).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No datacenter of the plan can be read.</source>
        <translation>Aucun centre de données du plan ne peut être lu.</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <location filename="../src/gui/PlanDocument.cpp" line="+35"/>
        <source>Untitled plan</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] — Consul Federator</source>
        <translation>%1[*] — Consul Federator</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the plan</source>
        <translation>Impossible d&apos;ouvrir le plan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open %1</source>
        <translation>l&apos;ouverture de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan names contexts this kubeconfig does not have: %1</source>
        <translation>Le plan cite des contextes absents de ce kubeconfig&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot save the plan</source>
        <translation>Impossible d&apos;enregistrer le plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open federation plan</source>
        <translation>Ouvrir un plan de fédération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Federation plans (*.yaml *.yml);;All files (*)</source>
        <translation>Plans de fédération (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save federation plan</source>
        <translation>Enregistrer le plan de fédération</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Federation plans (*.yaml *.yml)</source>
        <translation>Plans de fédération (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the plan?</source>
        <translation>Enregistrer le plan&#xa0;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The federation plan has changes that are not saved.</source>
        <translation>Le plan de fédération comporte des modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../src/core/PlanFile.cpp" line="+97"/>
        <source>%1 must be a mapping.</source>
        <translation>%1 doit être un dictionnaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown key &quot;%1&quot;; %2 takes %3.</source>
        <translation>Clé inconnue &quot;%1&quot;&#xa0;; %2 accepte %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a plan</source>
        <translation>un plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>&quot;%1&quot; is given twice.</source>
        <translation>&quot;%1&quot; est indiqué deux fois.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 must be true or false.</source>
        <translation>%1 doit valoir true ou false.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>canvas must be a mapping of contexts to {x, y}.</source>
        <translation>canvas doit associer des contextes à {x, y}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A context under canvas</source>
        <translation>Un contexte sous canvas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs both x and y.</source>
        <translation>%1 demande à la fois x et y.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 must be a string (quote it if it looks like a number or a boolean).</source>
        <translation>%1 doit être une chaîne (mettez-la entre guillemets si elle ressemble à un nombre ou à un booléen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must not be empty.</source>
        <translation>%1 ne doit pas être vide.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 must be a mapping of Helm values.</source>
        <translation>%1 doit être un dictionnaire de valeurs Helm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs a context.</source>
        <translation>%1 demande un contexte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a datacenter.</source>
        <translation>%1 demande un centre de données.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is &quot;%2&quot;; it must be local or remote.</source>
        <translation>%1 vaut &quot;%2&quot;&#xa0;; il doit valoir local ou remote.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is &quot;%2&quot;; it must be LoadBalancer or NodePort.</source>
        <translation>%1 vaut &quot;%2&quot;&#xa0;; il doit valoir LoadBalancer ou NodePort.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be a port number.</source>
        <translation>%1 doit être un numéro de port.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is &quot;%2&quot;; it must be Service, NodeIP, NodeName or Static.</source>
        <translation>%1 vaut &quot;%2&quot;&#xa0;; il doit valoir Service, NodeIP, NodeName ou Static.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is not a plan: a plan file is a mapping with apiVersion %1 and kind %2.</source>
        <translation>Ce n&apos;est pas un plan&#xa0;: un fichier de plan est un dictionnaire avec apiVersion %1 et kind %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The plan has no %1 (%2).</source>
        <translation>Le plan n&apos;a pas de %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is &quot;%2&quot;; this version of Consul Federator reads %3.</source>
        <translation>%1 vaut &quot;%2&quot;&#xa0;; cette version de Consul Federator lit %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Context &quot;%1&quot; is in the plan more than once (first at line %2).</source>
        <translation>Le contexte &quot;%1&quot; figure plus d&apos;une fois dans le plan (d&apos;abord à la ligne %2).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>secondaries must be a list of datacenters.</source>
        <translation>secondaries doit être une liste de centres de données.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The plan has no primary.</source>
        <translation>Le plan n&apos;a pas de primaire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>It is a directory, not a plan file.</source>
        <translation>C&apos;est un répertoire, pas un fichier de plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over %1 MiB, too large for a plan.</source>
        <translation>Plus de %1 Mio, trop volumineux pour un plan.</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <location filename="../src/cli/PlanOptions.cpp" line="+24"/>
        <source>Context of the primary datacenter.</source>
        <translation>Contexte du centre de données primaire.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>CONTEXT</source>
        <translation>CONTEXTE</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Context of a secondary datacenter; repeat for each secondary.</source>
        <translation>Contexte d&apos;un centre de données secondaire&#xa0;; à répéter pour chaque secondaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consul datacenter name of a context, instead of the one derived from the context name; repeatable.</source>
        <translation>Nom de centre de données Consul d&apos;un contexte, à la place de celui dérivé du nom du contexte&#xa0;; répétable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONTEXT=NAME</source>
        <translation>CONTEXTE=NOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable ACLs (they are enabled by default).</source>
        <translation>Désactiver les ACL (activées par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable gossip encryption (it is enabled by default).</source>
        <translation>Désactiver le chiffrement gossip (activé par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespace Consul is installed into (default: consul).</source>
        <translation>Namespace dans lequel Consul est installé (par défaut&#xa0;: consul).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helm release name (default: consul).</source>
        <translation>Nom de la release Helm (par défaut&#xa0;: consul).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>global.name, the prefix of Consul&apos;s resources (default: consul; empty for &lt;release&gt;-consul).</source>
        <translation>global.name, le préfixe des ressources de Consul (par défaut&#xa0;: consul&#xa0;; vide pour &lt;release&gt;-consul).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ProxyDefaults mesh gateway mode: local or remote (default: local).</source>
        <translation>Mode de mesh gateway des ProxyDefaults&#xa0;: local ou remote (par défaut&#xa0;: local).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mesh gateway Service type: LoadBalancer or NodePort (default: LoadBalancer).</source>
        <translation>Type du Service de la mesh gateway&#xa0;: LoadBalancer ou NodePort (par défaut&#xa0;: LoadBalancer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node port of the mesh gateway Service; required with NodePort.</source>
        <translation>Port de nœud du Service de la mesh gateway&#xa0;; obligatoire avec NodePort.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan file to start from (as the app saves it, with each datacenter&apos;s own values); the other options override it. Its contexts are looked up in the kubeconfig.</source>
        <translation>Fichier de plan de départ (tel que l&apos;application l&apos;enregistre, avec les valeurs propres à chaque centre de données)&#xa0;; les autres options le remplacent. Ses contextes sont recherchés dans le kubeconfig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--primary CONTEXT is required (or a --plan FILE that names it).</source>
        <translation>--primary CONTEXTE est obligatoire (ou un --plan FICHIER qui le désigne).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--primary needs a context.</source>
        <translation>--primary demande un contexte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least one --secondary CONTEXT is required.</source>
        <translation>au moins un --secondary CONTEXTE est obligatoire.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the plan has no secondary; give at least one --secondary CONTEXT.</source>
        <translation>le plan n&apos;a pas de secondaire&#xa0;; indiquez au moins un --secondary CONTEXTE.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--mesh-gateway-mode must be local or remote, not &quot;%1&quot;.</source>
        <translation>--mesh-gateway-mode doit valoir local ou remote, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--mesh-gateway-service must be LoadBalancer or NodePort, not &quot;%1&quot;.</source>
        <translation>--mesh-gateway-service doit valoir LoadBalancer ou NodePort, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--node-port must be a port number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--node-port doit être un numéro de port de 1 à 65535, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--node-port needs --mesh-gateway-service NodePort (or a plan with a NodePort Service).</source>
        <translation>--node-port demande --mesh-gateway-service NodePort (ou un plan avec un Service NodePort).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--datacenter takes CONTEXT=NAME, not &quot;%1&quot;.</source>
        <translation>--datacenter attend CONTEXTE=NOM, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--datacenter names context &quot;%1&quot; more than once.</source>
        <translation>--datacenter désigne le contexte &quot;%1&quot; plus d&apos;une fois.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--datacenter names context &quot;%1&quot;, which is neither --primary nor --secondary.</source>
        <translation>--datacenter désigne le contexte &quot;%1&quot;, qui n&apos;est ni --primary ni --secondary.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--datacenter gives context &quot;%1&quot; the name &quot;%2&quot;, which is not a valid datacenter name: use 1 to 63 lowercase letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation>--datacenter donne au contexte &quot;%1&quot; le nom &quot;%2&quot;, qui n&apos;est pas un nom de centre de données valide&#xa0;: utilisez de 1 à 63 lettres minuscules, chiffres et &apos;-&apos;, en commençant et en finissant par une lettre ou un chiffre.</translation>
    </message>
</context>
<context>
    <name>PlanOptionsPanel</name>
    <message>
        <location filename="../forms/PlanOptionsPanel.ui" line="+5"/>
        <source>Federation plan options</source>
        <translation>Options du plan de fédération</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;ACLs (global.acls.manageSystemACLs)</source>
        <translation>A&amp;CL (global.acls.manageSystemACLs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every API call must present an ACL token; secondaries replicate ACLs from the primary.</source>
        <translation>Chaque appel d&apos;API doit présenter un jeton ACL&#xa0;; les secondaires répliquent les ACL depuis le primaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Gossip encryption</source>
        <translation>Chiffrement &amp;gossip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The primary generates the key; secondaries take it from the federation secret.</source>
        <translation>Le primaire génère la clé&#xa0;; les secondaires la reprennent du Secret de fédération.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mesh gateway &amp;Service</source>
        <translation>&amp;Service de la mesh gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Node port</source>
        <translation>P&amp;ort de nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;WAN address from</source>
        <translation>Source de l&apos;adresse &amp;WAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatic address</source>
        <translation>Adresse stat&amp;ique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gateway.example.com</source>
        <translation>gateway.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mesh gateway &amp;mode</source>
        <translation>&amp;Mode de la mesh gateway</translation>
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
        <translation>Service (l&apos;adresse externe de la gateway)</translation>
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
        <translation>Adresse statique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local: leave through the local gateway</source>
        <translation>local&#xa0;: sortir par la gateway locale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remote: go straight to the remote gateway</source>
        <translation>remote&#xa0;: aller directement à la gateway distante</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No federation yet. Make a datacenter the primary: select it and press Ctrl+Shift+P, or use its context menu.</source>
        <translation>Pas encore de fédération. Définissez un centre de données comme primaire&#xa0;: sélectionnez-le et appuyez sur Ctrl+Maj+P, ou utilisez son menu contextuel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Primary %1 with %2 secondary datacenters.</source>
        <translation>Primaire %1 avec %2 centres de données secondaires.</translation>
    </message>
</context>
<context>
    <name>PlanValues</name>
    <message>
        <location filename="../src/core/PlanValues.cpp" line="+127"/>
        <source>The plan has no datacenter for context &quot;%1&quot;.</source>
        <translation>Le plan n&apos;a pas de centre de données pour le contexte &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Helm values are a mapping of keys to values.</source>
        <translation>Les valeurs Helm sont un dictionnaire de clés et de valeurs.</translation>
    </message>
</context>
<context>
    <name>ProxyDefaultsStatus</name>
    <message>
        <location filename="../src/core/ProxyDefaultsStatus.cpp" line="+46"/>
        <source>No ProxyDefaults &quot;global&quot;: traffic between datacenters does not go through the mesh gateways until it exists.</source>
        <translation>Pas de ProxyDefaults &quot;global&quot;&#xa0;: le trafic entre centres de données ne passe par les mesh gateways qu&apos;une fois qu&apos;il existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no mode)</source>
        <translation>(aucun mode)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ProxyDefaults &quot;global&quot;, mesh gateway mode %1: synced to Consul.</source>
        <translation>ProxyDefaults &quot;global&quot;, mode de mesh gateway %1&#xa0;: synchronisé avec Consul.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ProxyDefaults &quot;global&quot;, mesh gateway mode %1: not synced (%2: %3).</source>
        <translation>ProxyDefaults &quot;global&quot;, mode de mesh gateway %1&#xa0;: non synchronisé (%2&#xa0;: %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ProxyDefaults &quot;global&quot;, mesh gateway mode %1: waiting for consul-k8s to sync it.</source>
        <translation>ProxyDefaults &quot;global&quot;, mode de mesh gateway %1&#xa0;: en attente de synchronisation par consul-k8s.</translation>
    </message>
</context>
<context>
    <name>ProxyResolver</name>
    <message>
        <location filename="../src/kube/ProxyResolver.cpp" line="+11"/>
        <source>the proxy address &quot;%1&quot; is not a URL such as http://proxy:3128</source>
        <translation>l&apos;adresse de proxy &quot;%1&quot; n&apos;est pas une URL telle que http://proxy:3128</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the proxy &quot;%1&quot; uses https://, a TLS connection to the proxy itself, which this app cannot make; use the proxy&apos;s plain http:// port or a socks5:// proxy</source>
        <translation>le proxy &quot;%1&quot; utilise https://, une connexion TLS au proxy lui-même, que cette application ne sait pas établir&#xa0;; utilisez le port http:// simple du proxy ou un proxy socks5://</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the proxy &quot;%1&quot; has the unsupported scheme &quot;%2&quot;; use http:// or socks5://</source>
        <translation>le proxy &quot;%1&quot; utilise le schéma non pris en charge &quot;%2&quot;&#xa0;; utilisez http:// ou socks5://</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 (from the %2 environment variable)</source>
        <translation>%1 (de la variable d&apos;environnement %2)</translation>
    </message>
</context>
<context>
    <name>ReleaseReader</name>
    <message>
        <location filename="../src/kube/ReleaseReader.cpp" line="+22"/>
        <source>Cannot read Helm release %1 in namespace %2 of context %3: %4</source>
        <translation>Impossible de lire la release Helm %1 dans le namespace %2 du contexte %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>SealedSecret</name>
    <message>
        <location filename="../src/core/SealedSecret.cpp" line="+101"/>
        <source>the secret is empty or larger than %1 bytes</source>
        <translation>le secret est vide ou dépasse %1 octets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the passphrase is too short: use at least %1 characters</source>
        <translation>la phrase secrète est trop courte&#xa0;: utilisez au moins %1 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scrypt cost is out of range</source>
        <translation>le coût scrypt est hors limites</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no random bytes for the salt and nonce</source>
        <translation>pas d&apos;octets aléatoires pour le sel et le nonce</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+71"/>
        <source>scrypt failed (out of memory?)</source>
        <translation>scrypt a échoué (mémoire insuffisante&#xa0;?)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>HMAC-SHA-256 failed</source>
        <translation>HMAC-SHA-256 a échoué</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <location line="+68"/>
        <source>AES-256-GCM failed</source>
        <translation>AES-256-GCM a échoué</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>this is not a sealed secret (of consul-federator&apos;s export --seal-secret)</source>
        <translation>ce n&apos;est pas un secret scellé (par export --seal-secret de consul-federator)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sealed file was changed or damaged: its checksum does not match its contents</source>
        <translation>le fichier scellé a été modifié ou endommagé&#xa0;: sa somme de contrôle ne correspond pas à son contenu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sealed file has format version %1 (key derivation %2); this version of consul-federator reads version %3 with scrypt</source>
        <translation>le fichier scellé est au format version %1 (dérivation de clé %2)&#xa0;; cette version de consul-federator lit la version %3 avec scrypt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the sealed file was changed: its scrypt cost (N 2^%1, r %2, p %3) is beyond what consul-federator ever writes</source>
        <translation>le fichier scellé a été modifié&#xa0;: son coût scrypt (N 2^%1, r %2, p %3) dépasse tout ce que consul-federator écrit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>wrong passphrase</source>
        <translation>phrase secrète incorrecte</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the sealed file was changed: its contents do not authenticate under the passphrase&apos;s key</source>
        <translation>le fichier scellé a été modifié&#xa0;: son contenu ne s&apos;authentifie pas avec la clé de la phrase secrète</translation>
    </message>
</context>
<context>
    <name>SecretTransfer</name>
    <message>
        <location filename="../src/kube/SecretTransfer.cpp" line="+76"/>
        <source>The primary&apos;s federation secret exists and is valid</source>
        <translation>Le Secret de fédération du primaire existe et est valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secondary&apos;s namespace exists</source>
        <translation>Le namespace du secondaire existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret is transferred</source>
        <translation>Le Secret est transféré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy reads back the same (SHA-256)</source>
        <translation>La copie relue est identique (SHA-256)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reading %1 from %2.</source>
        <translation>Lecture de %1 dans %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no client for the primary %1.</source>
        <translation>Il n&apos;y a pas de client pour le primaire %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The federation secret %1 does not exist in namespace %2 of %3. The primary&apos;s Helm release creates it with global.federation.enabled and global.federation.createFederationSecret set to true.</source>
        <translation>Le Secret de fédération %1 n&apos;existe pas dans le namespace %2 de %3. La release Helm du primaire le crée lorsque global.federation.enabled et global.federation.createFederationSecret valent true.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The federation secret %1 in %2 cannot be read: %3.</source>
        <translation>Le Secret de fédération %1 dans %2 ne peut pas être lu&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The federation secret %1 in %2 is not valid: %3. Nothing was written to the secondary.</source>
        <translation>Le Secret de fédération %1 dans %2 n&apos;est pas valide&#xa0;: %3. Rien n&apos;a été écrit dans le secondaire.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The mesh gateway Service %1 in %2 has no external address yet, so primary_gateways could not be checked.</source>
        <translation>Le Service de mesh gateway %1 dans %2 n&apos;a pas encore d&apos;adresse externe&#xa0;; primary_gateways n&apos;a donc pas pu être vérifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mesh gateway Service %1 does not exist in namespace %2 of %3, so primary_gateways could not be checked.</source>
        <translation>Le Service de mesh gateway %1 n&apos;existe pas dans le namespace %2 de %3&#xa0;; primary_gateways n&apos;a donc pas pu être vérifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>primary_gateways could not be checked: %1</source>
        <translation>primary_gateways n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Created namespace %1 in %2.</source>
        <translation>Espace de noms %1 créé dans %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Namespace %1 does not exist in %2 and cannot be created: %3</source>
        <translation>L’espace de noms %1 n’existe pas dans %2 et ne peut pas être créé : %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no client for %1.</source>
        <translation>Il n&apos;y a pas de client pour %1.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+28"/>
        <source>Namespace %1 exists in %2.</source>
        <translation>Le namespace %1 existe dans %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not check namespace %1 in %2: %3</source>
        <translation>Impossible de vérifier le namespace %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>primary_gateways in the federation secret (%1) differ from the mesh gateway Service&apos;s external addresses in %2 (%3): the secret may be stale, and secondaries may fail to join the WAN. Upgrade the primary&apos;s Helm release to regenerate it.</source>
        <translation>Les primary_gateways du Secret de fédération (%1) diffèrent des adresses externes du Service de mesh gateway dans %2 (%3)&#xa0;: le Secret est peut-être périmé, et les secondaires risquent de ne pas rejoindre le WAN. Mettez à niveau la release Helm du primaire pour le régénérer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in namespace %2 of %3 is valid.</source>
        <translation>%1 dans le namespace %2 de %3 est valide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secret %1 in namespace %2 of %3 already holds the primary&apos;s data (SHA-256 matches); it was left as it is.</source>
        <translation>Le Secret %1 du namespace %2 de %3 contient déjà les données du primaire (SHA-256 identique)&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+63"/>
        <source>The secret %1 already exists in namespace %2 of %3; it was left as it is.</source>
        <translation>Le Secret %1 existe déjà dans le namespace %2 de %3&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The transfer to %1 was interrupted.</source>
        <translation>Le transfert vers %1 a été interrompu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replacing %1 in %2.</source>
        <translation>Remplacement de %1 dans %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating %1 in %2.</source>
        <translation>Création de %1 dans %2.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Created %1 in namespace %2 of %3.</source>
        <translation>%1 créé dans le namespace %2 de %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced %1 in namespace %2 of %3.</source>
        <translation>%1 remplacé dans le namespace %2 de %3.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The copy read back from %1 does not hold the same data as the primary&apos;s secret (SHA-256 differs).</source>
        <translation>La copie relue depuis %1 ne contient pas les mêmes données que le Secret du primaire (SHA-256 différent).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy read back from %1 cannot be read: %2.</source>
        <translation>La copie de %1 ne peut pas être relue&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+44"/>
        <source>The copy in %1 holds the same data as the primary&apos;s (SHA-256 matches).</source>
        <translation>La copie dans %1 contient les mêmes données que celle du primaire (SHA-256 identique).</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+43"/>
        <source>Transferred %1 from %2 to namespace %3 of %4.</source>
        <translation>%1 transféré de %2 vers le namespace %3 de %4.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 Reading %2 back from %3 to see whether it was written.</source>
        <translation>%1 Relecture de %2 depuis %3 pour savoir s&apos;il a été écrit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 The secret %2 was not created in namespace %3 of %4: nothing was written there. Retry once the cluster answers again.</source>
        <translation>%1 Le secret %2 n&apos;a pas été créé dans le namespace %3 de %4&#xa0;: rien n&apos;y a été écrit. Réessayez quand le cluster répondra de nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Reading it back failed too: %2 Check whether %3 exists in namespace %4 of %5, and what it holds, before retrying.</source>
        <translation>%1 La relecture a échoué aussi&#xa0;: %2 Vérifiez si %3 existe dans le namespace %4 de %5, et ce qu&apos;il contient, avant de réessayer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 The secret reads back from %2, so the write was made.</source>
        <translation>%1 Le secret se relit depuis %2, l&apos;écriture a donc bien eu lieu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 The secret %2 in namespace %3 of %4 was not replaced: it still holds its previous data. Retry once the cluster answers again.</source>
        <translation>%1 Le secret %2 du namespace %3 de %4 n&apos;a pas été remplacé&#xa0;: il contient toujours ses données précédentes. Réessayez quand le cluster répondra de nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The secret %2 in namespace %3 of %4 now holds data other than the primary&apos;s (SHA-256 differs), written by someone else; it was left as it is. Check it, then retry and replace it.</source>
        <translation>%1 Le secret %2 du namespace %3 de %4 contient maintenant d&apos;autres données que celui du primaire (le SHA-256 diffère), écrites par quelqu&apos;un d&apos;autre&#xa0;; il a été laissé tel quel. Vérifiez-le, puis réessayez en le remplaçant.</translation>
    </message>
</context>
<context>
    <name>SecureJson</name>
    <message>
        <location filename="../src/core/SecureJson.cpp" line="+20"/>
        <source>unexpected text after the JSON value</source>
        <translation>texte inattendu après la valeur JSON</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 at line %2, column %3</source>
        <translation>%1 à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+54"/>
        <source>not valid JSON</source>
        <translation>JSON non valide</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>unexpected end of the JSON text</source>
        <translation>fin inattendue du texte JSON</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>a number needs digits after its decimal point</source>
        <translation>un nombre doit avoir des chiffres après sa virgule décimale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a number needs digits in its exponent</source>
        <translation>un nombre doit avoir des chiffres dans son exposant</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>a \u escape needs four hex digits</source>
        <translation>un échappement \u demande quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a string is not closed</source>
        <translation>une chaîne n&apos;est pas fermée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a control character inside a string</source>
        <translation>un caractère de contrôle dans une chaîne</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>an unpaired UTF-16 surrogate</source>
        <translation>un substitut UTF-16 non apparié</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an unknown escape in a string</source>
        <translation>un échappement inconnu dans une chaîne</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>nesting deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>expected &quot;,&quot; or &quot;]&quot;</source>
        <translation>&quot;,&quot; ou &quot;]&quot; attendu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a member name in quotes</source>
        <translation>nom de membre entre guillemets attendu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected &quot;:&quot; after a member name</source>
        <translation>&quot;:&quot; attendu après un nom de membre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected &quot;,&quot; or &quot;}&quot;</source>
        <translation>&quot;,&quot; ou &quot;}&quot; attendu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>too large for the secure memory set aside for secrets</source>
        <translation>trop volumineux pour la mémoire sécurisée réservée aux secrets</translation>
    </message>
</context>
<context>
    <name>SimulatedCluster</name>
    <message>
        <location filename="../src/demo/SimulatedCluster.cpp" line="+63"/>
        <source>Cannot read the CA certificate of %1.</source>
        <translation>Impossible de lire le certificat de CA de %1.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot load the server key of %1.</source>
        <translation>Impossible de charger la clé du serveur de %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot listen for %1 on 127.0.0.1: %2</source>
        <translation>Impossible d&apos;écouter pour %1 sur 127.0.0.1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Cannot make the faulty certificate of %1: %2</source>
        <translation>Impossible de créer le certificat défectueux de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot create the certificates of %1: %2</source>
        <translation>Impossible de créer les certificats de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../src/gui/Theme.cpp" line="+101"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;High Contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
</context>
<context>
    <name>TlsClientIdentity</name>
    <message>
        <location filename="../src/kube/TlsClientIdentity.cpp" line="+57"/>
        <source>the client certificate is not a PEM certificate</source>
        <translation>le certificat client n&apos;est pas un certificat PEM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the client key is not a PEM private key (RSA, EC or PKCS#8, unencrypted)</source>
        <translation>la clé client n&apos;est pas une clé privée PEM (RSA, EC ou PKCS#8, non chiffrée)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the client key is of type %1; only RSA and EC keys are supported</source>
        <translation>la clé client est de type %1&#xa0;; seules les clés RSA et EC sont prises en charge</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the client key does not belong to the client certificate (%1)</source>
        <translation>la clé client ne correspond pas au certificat client (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the client key could not be loaded for TLS</source>
        <translation>la clé client n&apos;a pas pu être chargée pour TLS</translation>
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
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WARNING</source>
        <translation>ALERTE</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy the federation secret from the primary&apos;s cluster to each secondary&apos;s, in memory only: it is read, validated against the plan (CA certificate and key, serverConfigJSON, replication token, gossip key), created in the secondary&apos;s namespace and read back to compare a SHA-256 of its data. Nothing is written to disk, and no secret value is printed.</source>
        <translation>Copie le Secret de fédération du cluster du primaire vers celui de chaque secondaire, uniquement en mémoire&#xa0;: il est lu, validé par rapport au plan (certificat et clé de CA, serverConfigJSON, jeton de réplication, clé gossip), créé dans le namespace du secondaire puis relu pour comparer un SHA-256 de ses données. Rien n&apos;est écrit sur le disque, et aucune valeur secrète n&apos;est affichée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kubeconfig context of the primary datacenter.</source>
        <translation>Contexte kubeconfig du centre de données primaire.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>CONTEXT</source>
        <translation>CONTEXTE</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Kubeconfig context of a secondary datacenter; repeat it for several, which are done at the same time.</source>
        <translation>Contexte kubeconfig d&apos;un centre de données secondaire&#xa0;; à répéter pour plusieurs, traités en même temps.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Namespace of Consul in every cluster (default: consul).</source>
        <translation>Namespace de Consul dans chaque cluster (par défaut&#xa0;: consul).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the federation secret (default: consul-federation, the chart&apos;s name with global.name consul).</source>
        <translation>Nom du Secret de fédération (par défaut&#xa0;: consul-federation, le nom du chart avec global.name consul).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace a copy that already exists in a secondary; without it that is an error.</source>
        <translation>Remplacer une copie qui existe déjà dans un secondaire&#xa0;; sans cette option, c&apos;est une erreur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consul datacenter name of the primary, which serverConfigJSON must name (default: derived from the --from context).</source>
        <translation>Nom de centre de données Consul du primaire, que serverConfigJSON doit désigner (par défaut&#xa0;: dérivé du contexte de --from).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The federation runs without ACLs: the secret must hold no replicationToken.</source>
        <translation>La fédération fonctionne sans ACL&#xa0;: le Secret ne doit contenir aucun replicationToken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The federation runs without gossip encryption: the secret must hold no gossipEncryptionKey.</source>
        <translation>La fédération fonctionne sans chiffrement gossip&#xa0;: le Secret ne doit contenir aucune gossipEncryptionKey.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--from CONTEXT and --to CONTEXT are required.</source>
        <translation>--from CONTEXTE et --to CONTEXTE sont obligatoires.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to %1 is the primary itself; name a secondary&apos;s context.</source>
        <translation>--to %1 est le primaire lui-même&#xa0;; indiquez le contexte d&apos;un secondaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--namespace &quot;%1&quot; is not a valid namespace name.</source>
        <translation>--namespace &quot;%1&quot; n&apos;est pas un nom de namespace valide.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Run again with --replace to replace it.</source>
        <translation>Relancez avec --replace pour le remplacer.</translation>
    </message>
</context>
<context>
    <name>UnsealSecretCommand</name>
    <message>
        <location filename="../src/cli/UnsealSecretCommand.cpp" line="+40"/>
        <source>Decrypt a federation secret sealed by export --seal-secret, in memory, and create it in the cluster of a kubeconfig context, named as it was in the primary. The passphrase is asked for on the terminal without echo, or read from a file descriptor; nothing is created unless the passphrase is right and the file intact.</source>
        <translation>Déchiffre en mémoire un Secret de fédération scellé par export --seal-secret et le crée dans le cluster d&apos;un contexte kubeconfig, sous le nom qu&apos;il avait dans le primaire. La phrase secrète est demandée dans le terminal sans écho, ou lue depuis un descripteur de fichier&#xa0;; rien n&apos;est créé si la phrase secrète est fausse ou le fichier altéré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sealed secret (federation-secret.sealed).</source>
        <translation>Le secret scellé (federation-secret.sealed).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context of the secondary datacenter to create the secret in.</source>
        <translation>Contexte du centre de données secondaire dans lequel créer le Secret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONTEXT</source>
        <translation>CONTEXTE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Namespace to create the secret in (default: the one it was sealed from).</source>
        <translation>Namespace dans lequel créer le Secret (par défaut&#xa0;: celui d&apos;où il a été scellé).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the passphrase from file descriptor N (to its end) instead of asking. Never give a passphrase on the command line.</source>
        <translation>Lire la phrase secrète depuis le descripteur de fichier N (jusqu&apos;à sa fin) au lieu de la demander. Ne donnez jamais de phrase secrète sur la ligne de commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the secret when the namespace already has it.</source>
        <translation>Remplacer le Secret si le namespace l&apos;a déjà.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FILE, the sealed secret, is required.</source>
        <translation>FICHIER, le secret scellé, est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argument inattendu &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to CONTEXT is required.</source>
        <translation>--to CONTEXTE est obligatoire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--passphrase-fd takes a file descriptor number, not &quot;%1&quot;.</source>
        <translation>--passphrase-fd attend un numéro de descripteur de fichier, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a sealed secret (of consul-federator&apos;s export --seal-secret).</source>
        <translation>%1 n&apos;est pas un secret scellé (par export --seal-secret de consul-federator).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Passphrase for %1: </source>
        <translation>Phrase secrète pour %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2; nothing was created.</source>
        <translation>%1&#xa0;: %2&#xa0;; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not hold a Secret: %2</source>
        <translation>%1 ne contient pas de Secret&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (unseal-secret --replace does that.)</source>
        <translation> (unseal-secret --replace s&apos;en charge.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secret/%1 replaced in namespace %2 of context %3.</source>
        <translation>secret/%1 remplacé dans le namespace %2 du contexte %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret/%1 created in namespace %2 of context %3.</source>
        <translation>secret/%1 créé dans le namespace %2 du contexte %3.</translation>
    </message>
</context>
<context>
    <name>UpgradeValuesCommand</name>
    <message>
        <location filename="../src/cli/UpgradeValuesCommand.cpp" line="+34"/>
        <source>Upgrade an installed Consul release for federation, as the procedure&apos;s &quot;Upgrading An Existing Cluster&quot; says: write its values with the plan&apos;s federation keys laid over, every other value kept, and print what changed. Nothing is read from or written to a cluster.</source>
        <translation>Met à niveau une release Consul installée pour la fédération, comme l&apos;indique la section &quot;Upgrading An Existing Cluster&quot; de la procédure&#xa0;: écrit ses valeurs en y appliquant les clés de fédération du plan, toutes les autres valeurs étant conservées, et affiche ce qui a changé. Rien n&apos;est lu ni écrit dans un cluster.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The federation&apos;s plan file.</source>
        <translation>Le fichier de plan de la fédération.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The plan&apos;s context whose release is upgraded.</source>
        <translation>Le contexte du plan dont la release est mise à niveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONTEXT</source>
        <translation>CONTEXTE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The release&apos;s values, as `helm get values RELEASE -o yaml` prints them.</source>
        <translation>Les valeurs de la release, telles que `helm get values RELEASE -o yaml` les affiche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The release&apos;s Secret, as `kubectl get secret sh.helm.release.v1.RELEASE.vN -o json` prints it.</source>
        <translation>Le Secret de la release, tel que `kubectl get secret sh.helm.release.v1.RELEASE.vN -o json` l&apos;affiche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to write the new values.</source>
        <translation>Où écrire les nouvelles valeurs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 is required, once.</source>
        <translation>--%1 est obligatoire, une seule fois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give the installed values with one --values FILE or one --release-secret FILE.</source>
        <translation>indiquez les valeurs installées avec un seul --values FICHIER ou un seul --release-secret FICHIER.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the plan has no datacenter for context &quot;%1&quot;.</source>
        <translation>le plan n&apos;a pas de centre de données pour le contexte &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: Helm values are a mapping of keys to values.</source>
        <translation>%1&#xa0;: les valeurs Helm sont un dictionnaire de clés et de valeurs.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Release %1 (revision %2, chart %3 %4) in namespace %5.</source>
        <translation>Release %1 (révision %2, chart %3 %4) dans le namespace %5.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan names this datacenter &quot;%1&quot;; it stays &quot;%2&quot; as installed.</source>
        <translation>Le plan nomme ce centre de données &quot;%1&quot;&#xa0;; il reste &quot;%2&quot;, tel qu&apos;installé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n key(s) changed; written to %1.</source>
        <translation>
            <numerusform>%n clé modifiée&#xa0;; écrit dans %1.</numerusform>
            <numerusform>%n clés modifiées&#xa0;; écrit dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValuesCheck</name>
    <message>
        <location filename="../src/core/ValuesCheck.cpp" line="+224"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>null or not a single value</source>
        <translation>null ou pas une valeur unique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is &quot;%1&quot;</source>
        <translation>vaut &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not valid YAML: %1</source>
        <translation>pas du YAML valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Helm values must be a mapping of keys, not a list or a single value</source>
        <translation>les valeurs Helm doivent être un dictionnaire de clés, pas une liste ni une valeur unique</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>set twice: Helm uses this value and ignores the one on line %1</source>
        <translation>défini deux fois&#xa0;: Helm utilise cette valeur et ignore celle de la ligne %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the chart has no key &quot;%1&quot; here</source>
        <translation>le chart n&apos;a pas de clé &quot;%1&quot; ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chart has no key &quot;%1&quot; here; did you mean &quot;%2&quot;?</source>
        <translation>le chart n&apos;a pas de clé &quot;%1&quot; ici&#xa0;; vouliez-vous dire &quot;%2&quot;&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be true: %1 (%2)</source>
        <translation>doit valoir true&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set: consul-k8s 1.0 and later default to true, older charts to false; set it to true (%1)</source>
        <translation>non défini&#xa0;: consul-k8s 1.0 et ultérieur utilisent true par défaut, les charts plus anciens false&#xa0;; réglez-le sur true (%1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a datacenter needs a name (%1)</source>
        <translation>un centre de données a besoin d&apos;un nom (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is no valid datacenter name: use up to %2 lowercase letters, digits and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de centre de données valide&#xa0;: utilisez jusqu&apos;à %2 lettres minuscules, chiffres et &apos;-&apos;, en commençant et en finissant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>admin partitions cannot be used with WAN federation; set it to false (cluster peering is the way to connect partitions)</source>
        <translation>les partitions d&apos;administration ne sont pas compatibles avec la fédération WAN&#xa0;; réglez-le sur false (le cluster peering est le moyen de relier des partitions)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a NodePort mesh gateway service needs its node port (%1), the port the other datacenters&apos; gateways dial</source>
        <translation>un Service de mesh gateway NodePort a besoin de son port de nœud (%1), le port que composent les gateways des autres centres de données</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is no port number</source>
        <translation>&quot;%1&quot; n&apos;est pas un numéro de port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is outside Kubernetes&apos; default node port range %2-%3</source>
        <translation>%1 est hors de la plage de ports de nœud par défaut de Kubernetes, %2-%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>with meshGateway.wanAddress.source Static the mesh gateway needs the address other datacenters reach it at (%1)</source>
        <translation>avec meshGateway.wanAddress.source Static, la mesh gateway a besoin de l&apos;adresse à laquelle les autres centres de données la joignent (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the gossip encryption secret needs the key that holds it (%1)</source>
        <translation>le Secret du chiffrement gossip a besoin du nom de l&apos;entrée qui contient la clé gossip (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the gossip encryption key needs the name of its secret (%1)</source>
        <translation>la clé de chiffrement gossip a besoin du nom de son Secret (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>datacenter &quot;%1&quot; is also the name in %2; each federated datacenter needs its own name</source>
        <translation>le centre de données &quot;%1&quot; porte aussi ce nom dans %2&#xa0;; chaque centre de données fédéré a besoin de son propre nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set, so it is the chart&apos;s default &quot;%1&quot;, which is also the name in %2; each federated datacenter needs its own name</source>
        <translation>non défini, c&apos;est donc la valeur par défaut du chart, &quot;%1&quot;, qui est aussi le nom dans %2&#xa0;; chaque centre de données fédéré a besoin de son propre nom</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>only the primary creates the federation secret, and %1 (%2) does already; set it in exactly one datacenter</source>
        <translation>seul le primaire crée le Secret de fédération, et %1 (%2) le fait déjà&#xa0;; définissez-le dans un seul centre de données</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the primary (the datacenter the secondaries name) must create the federation secret that the secondaries import</source>
        <translation>le primaire (le centre de données que désignent les secondaires) doit créer le Secret de fédération que les secondaires importent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no datacenter is the primary: set this to true in the primary&apos;s values, and global.federation.primaryDatacenter in each secondary&apos;s</source>
        <translation>aucun centre de données n&apos;est le primaire&#xa0;: réglez ceci sur true dans les valeurs du primaire, et global.federation.primaryDatacenter dans celles de chaque secondaire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the primary creates the federation secret but names &quot;%1&quot; as the primary; leave this unset or set it to &quot;%2&quot;</source>
        <translation>le primaire crée le Secret de fédération mais désigne &quot;%1&quot; comme primaire&#xa0;; laissez ceci non défini ou réglez-le sur &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with ACLs the primary must create the replication token the secondaries authenticate with (%1)</source>
        <translation>avec les ACL, le primaire doit créer le jeton de réplication avec lequel les secondaires s&apos;authentifient (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a secondary must name the primary datacenter, &quot;%1&quot; (%2)</source>
        <translation>un secondaire doit désigner le centre de données primaire, &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>names &quot;%1&quot;, but the primary is &quot;%2&quot; (%3)</source>
        <translation>désigne &quot;%1&quot;, mais le primaire est &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names &quot;%1&quot;, but the other secondaries name &quot;%2&quot;</source>
        <translation>désigne &quot;%1&quot;, mais les autres secondaires désignent &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with ACLs a secondary replicates them with the primary&apos;s replication token from the federation secret</source>
        <translation>avec les ACL, un secondaire les réplique grâce au jeton de réplication du primaire, tiré du Secret de fédération</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a secondary&apos;s servers need certificates from the primary&apos;s CA, imported with the federation secret</source>
        <translation>les serveurs d&apos;un secondaire ont besoin de certificats de la CA du primaire, importés avec le Secret de fédération</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a secondary must use the primary&apos;s gossip key from the federation secret (secretName and secretKey); a key of its own keeps it out of the gossip pool</source>
        <translation>un secondaire doit utiliser la clé gossip du primaire tirée du Secret de fédération (secretName et secretKey)&#xa0;; une clé qui lui est propre le tient hors du pool gossip</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>needs secretName and secretKey: %1</source>
        <translation>demande secretName et secretKey&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs the secret&apos;s name: %1</source>
        <translation>demande le nom du Secret&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs the key within the secret: %1</source>
        <translation>demande la clé dans le Secret&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>with ACLs a secondary needs the https URL of its Kubernetes API server, which the primary&apos;s servers call to verify its tokens (%1)</source>
        <translation>avec les ACL, un secondaire a besoin de l&apos;URL https de son serveur d&apos;API Kubernetes, que les serveurs du primaire appellent pour vérifier ses jetons (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not the https:// URL of a Kubernetes API server</source>
        <translation>&quot;%1&quot; n&apos;est pas l&apos;URL https:// d&apos;un serveur d&apos;API Kubernetes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is %2; the primary&apos;s Consul servers call this URL to verify this datacenter&apos;s tokens, so give an address of its API server they can reach</source>
        <translation>&quot;%1&quot; est %2&#xa0;; les serveurs Consul du primaire appellent cette URL pour vérifier les jetons de ce centre de données&#xa0;: indiquez une adresse de son serveur d&apos;API qu&apos;ils peuvent joindre</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a secondary needs the primary&apos;s mesh gateway addresses: mount the federation secret&apos;s serverConfigJSON here with load: true, or list global.federation.primaryGateways</source>
        <translation>un secondaire a besoin des adresses des mesh gateways du primaire&#xa0;: montez ici le serverConfigJSON du Secret de fédération avec load: true, ou listez global.federation.primaryGateways</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>WAN federation through mesh gateways needs it</source>
        <translation>la fédération WAN par mesh gateways l&apos;exige</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ACLs are on here but off in %1 (%2); use them in every federated datacenter or in none</source>
        <translation>les ACL sont activées ici mais désactivées dans %1 (%2)&#xa0;; utilisez-les dans tous les centres de données fédérés ou dans aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACLs are off here but on in %1 (%2); use them in every federated datacenter or in none</source>
        <translation>les ACL sont désactivées ici mais activées dans %1 (%2)&#xa0;; utilisez-les dans tous les centres de données fédérés ou dans aucun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gossip encryption is on here but off in %1 (%2); use it in every federated datacenter or in none</source>
        <translation>le chiffrement gossip est activé ici mais désactivé dans %1 (%2)&#xa0;; utilisez-le dans tous les centres de données fédérés ou dans aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gossip encryption is off here but on in %1 (%2); use it in every federated datacenter or in none</source>
        <translation>le chiffrement gossip est désactivé ici mais activé dans %1 (%2)&#xa0;; utilisez-le dans tous les centres de données fédérés ou dans aucun</translation>
    </message>
    <message>
        <location line="-356"/>
        <source>is the string &quot;%1&quot;, which the chart takes for true (a Go template&apos;s if is true for any text but &quot;&quot;); write false without quotes</source>
        <translation>est la chaîne &quot;%1&quot;, que le chart prend pour vrai (un if de modèle Go est vrai pour tout texte sauf &quot;&quot;)&#xa0;; écrivez false sans guillemets</translation>
    </message>
</context>
<context>
    <name>ValuesPanel</name>
    <message>
        <location filename="../forms/ValuesPanel.ui" line="+5"/>
        <source>Helm values</source>
        <translation>Valeurs Helm</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This datacenter is not in the federation plan. Make it the primary (Ctrl+Shift+P), or federate it with the primary (Ctrl+Shift+F or drag it onto the primary), to see and edit its Helm values.</source>
        <translation>Ce centre de données ne fait pas partie du plan de fédération. Définissez-le comme primaire (Ctrl+Maj+P), ou fédérez-le avec le primaire (Ctrl+Maj+F ou glissez-le sur le primaire), pour voir et modifier ses valeurs Helm.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Helm values editor</source>
        <translation>Éditeur des valeurs Helm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected datacenter&apos;s Helm values as YAML. Edits change the plan; problems are underlined and listed below.</source>
        <translation>Les valeurs Helm du centre de données sélectionné, en YAML. Les modifications changent le plan&#xa0;; les problèmes sont soulignés et listés en dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems in the Helm values</source>
        <translation>Problèmes dans les valeurs Helm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter on a problem to jump to its line.</source>
        <translation>Appuyez sur Entrée sur un problème pour aller à sa ligne.</translation>
    </message>
    <message>
        <location filename="../src/gui/ValuesPanel.cpp" line="+71"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="+25"/>
        <source>Verify a federation as the procedure does, through each cluster&apos;s API server: every datacenter&apos;s servers alive in the primary&apos;s WAN view and in each secondary&apos;s, ACL replication running on each secondary, and a catalog read from every datacenter to every other. Prints one line per check. Changes nothing.

Exit codes: 0 federated; 1 something is not; 2 a usage error.</source>
        <translation>Vérifie une fédération comme le fait la procédure, via le serveur d&apos;API de chaque cluster&#xa0;: les serveurs de chaque centre de données actifs dans la vue WAN du primaire et dans celle de chaque secondaire, la réplication des ACL en cours sur chaque secondaire, et une lecture du catalogue depuis chaque centre de données vers chacun des autres. Affiche une ligne par vérification. Ne modifie rien.

Codes de sortie&#xa0;: 0 fédéré&#xa0;; 1 quelque chose ne l&apos;est pas&#xa0;; 2 une erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read again until federated, for up to this many seconds (default: 0, read once).</source>
        <translation>Relire jusqu&apos;à la fédération, pendant au plus ce nombre de secondes (par défaut&#xa0;: 0, une seule lecture).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--wait takes a number of seconds, not &quot;%1&quot;.</source>
        <translation>--wait attend un nombre de secondes, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>warning: %1; verifying with the plan&apos;s datacenter names.</source>
        <translation>avertissement&#xa0;: %1&#xa0;; vérification avec les noms de centres de données du plan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ok  </source>
        <translation>ok   </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
</context>
<context>
    <name>WanMember</name>
    <message>
        <location filename="../src/core/WanMember.cpp" line="+86"/>
        <source>alive</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaving</source>
        <translation>en cours de départ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left</source>
        <translation>parti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>sans statut</translation>
    </message>
</context>
<context>
    <name>WanMemberModel</name>
    <message>
        <location filename="../src/gui/WanMemberModel.cpp" line="+71"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DC</source>
        <translation>CD</translation>
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
        <translation>Les membres ne sont pas du JSON valide&#xa0;: %1 au caractère %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected a JSON array of members, as /v1/agent/members?wan=1 returns.</source>
        <translation>Un tableau JSON de membres est attendu, tel que le renvoie /v1/agent/members?wan=1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Member %1: %2</source>
        <translation>Membre %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member %1 (%2): %3</source>
        <translation>Membre %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a JSON object.</source>
        <translation>pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name is empty.</source>
        <translation>Name est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port is not a port number.</source>
        <translation>Port n&apos;est pas un numéro de port.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status %1 is not a serf member status (0 none, 1 alive, 2 leaving, 3 left, 4 failed).</source>
        <translation>Status %1 n&apos;est pas un statut de membre serf (0 none, 1 alive, 2 leaving, 3 left, 4 failed).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>it has neither &quot;Name&quot; (Consul&apos;s API) nor &quot;name&quot; (members --json).</source>
        <translation>il n&apos;a ni &quot;Name&quot; (API de Consul) ni &quot;name&quot; (members --json).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port is not a port number.</source>
        <translation>port n&apos;est pas un numéro de port.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status &quot;%1&quot; is not one of alive, leaving, left, failed, none.</source>
        <translation>status &quot;%1&quot; ne fait pas partie de alive, leaving, left, failed, none.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type &quot;%1&quot; is not one of server, client, unknown.</source>
        <translation>type &quot;%1&quot; ne fait pas partie de server, client, unknown.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No header line found: `consul members` output starts with &quot;Node  Address  Status  Type  Build  Protocol  DC  ...&quot;.</source>
        <translation>Aucune ligne d&apos;en-tête trouvée&#xa0;: la sortie de `consul members` commence par &quot;Node  Address  Status  Type  Build  Protocol  DC  ...&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: this is `consul members -detailed` output (a Tags column); paste the output without -detailed.</source>
        <translation>Ligne %1&#xa0;: ceci est la sortie de `consul members -detailed` (une colonne Tags)&#xa0;; collez la sortie sans -detailed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: unknown column &quot;%2&quot; in the header; `consul members` has Node, Address, Status, Type, Build, Protocol, DC, Partition and Segment.</source>
        <translation>Ligne %1&#xa0;: colonne &quot;%2&quot; inconnue dans l&apos;en-tête&#xa0;; `consul members` a Node, Address, Status, Type, Build, Protocol, DC, Partition et Segment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: the column &quot;%2&quot; appears twice in the header.</source>
        <translation>Ligne %1&#xa0;: la colonne &quot;%2&quot; apparaît deux fois dans l&apos;en-tête.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line %1: the header lacks the %2 column.</source>
        <translation>Ligne %1&#xa0;: il manque la colonne %2 dans l&apos;en-tête.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n values, but the header has %1 columns.</source>
        <translation>
            <numerusform>%n valeur, mais l&apos;en-tête a %1 colonnes.</numerusform>
            <numerusform>%n valeurs, mais l&apos;en-tête a %1 colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&quot;%1&quot; is not an address and port such as 10.0.0.1:8302 or [2001:db8::1]:8302.</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse avec port telle que 10.0.0.1:8302 ou [2001:db8::1]:8302.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a serf member status (alive, leaving, left, failed or none).</source>
        <translation>&quot;%1&quot; n&apos;est pas un statut de membre serf (alive, leaving, left, failed ou none).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a member type (server, client or unknown).</source>
        <translation>&quot;%1&quot; n&apos;est pas un type de membre (server, client ou unknown).</translation>
    </message>
</context>
<context>
    <name>Yaml11Scalar</name>
    <message>
        <location filename="../src/core/Yaml11Scalar.cpp" line="+304"/>
        <source>cannot decode %1 as a %2</source>
        <translation>impossible de décoder %1 comme %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
</context>
<context>
    <name>YamlDocument</name>
    <message>
        <location filename="../src/core/YamlDocument.cpp" line="+188"/>
        <location line="+112"/>
        <source>nesting deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>unknown alias &quot;%1&quot;</source>
        <translation>alias inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>alias &quot;%1&quot; refers to a node that contains it</source>
        <translation>l&apos;alias &quot;%1&quot; fait référence à un nœud qui le contient</translation>
    </message>
</context>
<context>
    <name>YamlNode</name>
    <message>
        <location filename="../src/core/YamlNode.cpp" line="+335"/>
        <source>aliases expand this to more than %1 nodes</source>
        <translation>les alias étendent ceci à plus de %1 nœuds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>aliases nest this deeper than %1 levels</source>
        <translation>les alias imbriquent ceci sur plus de %1 niveaux</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/GuiMain.cpp" line="+56"/>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Simulated clusters</source>
        <translation>Clusters simulés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The simulated clusters could not start: %1</source>
        <translation>Les clusters simulés n&apos;ont pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/main.cpp" line="+17"/>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The window cannot open: %1
The commands still work:
%2</source>
        <translation>La fenêtre ne peut pas s’ouvrir&#xa0;: %1
Les commandes fonctionnent toujours&#xa0;:
%2</translation>
    </message>
    <message>
        <location filename="../src/GuiMain.cpp" line="+48"/>
        <source>Federate Consul datacenters across Kubernetes clusters.

%1</source>
        <translation>Fédère des centres de données Consul répartis sur des clusters Kubernetes.

%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the window as a PNG once it is laid out and painted, then exit.</source>
        <translation>Enregistrer la fenêtre en PNG dès qu&apos;elle est disposée et dessinée, puis quitter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Forget the saved window layout, then start.</source>
        <translation>Oublier la disposition enregistrée de la fenêtre, puis démarrer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a federation plan file once the kubeconfig is read.</source>
        <translation>Ouvrir un fichier de plan de fédération dès que le kubeconfig est lu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start three simulated clusters inside the app and open them, to try everything without a cluster.</source>
        <translation>Démarrer trois clusters simulés dans l&apos;application et les ouvrir, pour tout essayer sans cluster.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --demo, where the simulated clusters start: fresh, primary (default), installed or federated.</source>
        <translation>Avec --demo, l’état de départ des clusters simulés : fresh, primary (par défaut), installed ou federated.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The window&apos;s colours: system (the desktop&apos;s, by default), light, dark or high-contrast. View → Theme changes and keeps them.</source>
        <translation>Les couleurs de la fenêtre&#xa0;: system (celles du bureau, par défaut), light, dark ou high-contrast. Affichage → Thème les change durablement.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown scenario &quot;%1&quot;; use fresh, primary, installed or federated.</source>
        <translation>Scénario « %1 » inconnu ; utilisez fresh, primary, installed ou federated.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown command &quot;%1&quot;.
%2</source>
        <translation>Commande inconnue &quot;%1&quot;.
%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown theme &quot;%1&quot;; use %2.</source>
        <translation>Thème «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez %2.</translation>
    </message>
</context>
</TS>
