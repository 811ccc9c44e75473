"""Wrote the first version of the lifecycle's Camunda Forms (forms/*.form); edit the forms themselves since."""
import json, os, sys
OUT = sys.argv[1]
COMMUNES = [("98801", "Belep"), ("98804", "Canala"), ("98807", "Hienghène"), ("98808", "Houaïlou"), ("98810", "Kaala-Gomen"),
            ("98811", "Koné"), ("98833", "Kouaoua"), ("98812", "Koumac"), ("98819", "Ouégoa"), ("98822", "Poindimié"),
            ("98823", "Ponérihouen"), ("98824", "Pouébo"), ("98825", "Pouembout"), ("98826", "Poum"), ("98827", "Poya"),
            ("98830", "Touho"), ("98831", "Voh")]
n = [0]
def cid(prefix):
    n[0] += 1
    return f"{prefix}_{n[0]}"
def text(t): return {"id": cid("Text"), "type": "text", "text": t}
def field(kind, key, label, desc=None, required=False, readonly=False, **extra):
    c = {"id": "Field_" + key[0].upper() + key[1:], "type": kind, "key": key, "label": label}
    if desc: c["description"] = desc
    v = {}
    if required: v["required"] = True
    for k in ("min", "max", "maxLength", "pattern"):
        if k in extra: v[k] = extra.pop(k)
    if v and not readonly: c["validate"] = v
    if readonly: c["readonly"] = True
    c.update(extra)
    return c
def tf(key, label, desc=None, **kw): return field("textfield", key, label, desc, **kw)
def ta(key, label, desc=None, **kw): return field("textarea", key, label, desc, **kw)
def num(key, label, desc=None, **kw): return field("number", key, label, desc, decimalDigits=0, **kw)
def date(key, label, desc=None, **kw):
    c = field("datetime", key, label, desc, subtype="date", dateLabel=label, **kw)
    del c["label"]
    return c
def radio(key, label, values, desc=None, **kw): return field("radio", key, label, desc, values=[{"label": l, "value": v} for v, l in values], **kw)
def select(key, label, values, desc=None, **kw): return field("select", key, label, desc, values=[{"label": l, "value": v} for v, l in values], **kw)
def communes(key, label, desc, **kw): return field("checklist", key, label, desc, values=[{"label": name, "value": code} for code, name in COMMUNES], **kw)
def ro(key, label, kind="textfield"): return field(kind, key, label, readonly=True)
URL = {"pattern": "^https?://.+", "maxLength": 2000}
DECISION = [("APPROVE", "Approuver"), ("REVISE", "Demander une révision"), ("REJECT", "Rejeter")]
def request_summary():
    return [ro("projectKey", "Numéro du projet"), ro("projectTitle", "Intitulé du projet"), ro("projectObjective", "Objectif", "textarea"),
            ro("projectDirection", "Direction demandeuse"), ro("projectType", "Type de projet")]
def spec_summary():
    return [ro("specDocumentUrl", "Lien vers le cahier des charges"), ro("specVersion", "Version"),
            ro("specSummary", "Résumé du cahier des charges", "textarea"), ro("revisionCount", "Révisions déjà demandées", "number")]
def form(id, components):
    doc = {"id": id, "type": "default", "schemaVersion": 16, "executionPlatform": "Camunda Platform",
           "executionPlatformVersion": "7.24.0", "exporter": {"name": "Pilotage", "version": "1.0"}, "components": components}
    with open(os.path.join(OUT, id + ".form"), "w") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")

form("project-lifecycle-request", [
    text("### Demander un projet\nDécrivez votre besoin. Un chef de projet de la DSI l'analysera ; le projet reçoit un numéro PRJ-année-numéro."),
    tf("projectTitle", "Intitulé du projet", "150 caractères au plus.", required=True, maxLength=150),
    ta("projectObjective", "Objectif", "Ce que le projet doit apporter, et à qui (4 000 caractères au plus).", required=True, maxLength=4000),
    select("projectDirection", "Direction demandeuse", [("DSI", "DSI — systèmes d'information"), ("DASSPS", "DASSPS — affaires sanitaires et sociales"),
           ("DEFIJ", "DEFIJ — enseignement, formation, insertion, jeunesse"), ("DDEE", "DDEE — développement économique et environnement")],
           "La direction qui porte la demande.", required=True),
    radio("projectType", "Type de projet", [("SI", "Système d'information"), ("COMMUNICATION", "Communication"), ("MIXTE", "Mixte")],
          "Un projet mixte associe un volet SI et un volet communication.", required=True),
    num("estimatedBudget", "Budget estimé (XPF)", "Montant entier en francs CFP, sans décimales ; 0 si inconnu.", required=True, min=0, max=100000000000),
    communes("projectCommunes", "Communes concernées", "Cochez les communes de la Province Nord concernées (aucune pour un projet interne)."),
    date("desiredDate", "Date souhaitée", "Facultative : la date à laquelle le résultat est attendu."),
])
form("project-lifecycle-analysis", [
    text("### Analyser les besoins\nQualifiez la demande, ou refusez-la avec un motif (le demandeur en est informé)."),
    *request_summary(), ro("projectRequester", "Demandeur"),
    radio("analysisDecision", "Décision", [("QUALIFY", "Qualifier la demande"), ("REFUSE", "Refuser la demande")], required=True),
    ta("refusalReason", "Motif du refus", "Obligatoire en cas de refus.", maxLength=4000),
    ta("stakeholders", "Parties prenantes", "Obligatoire si la demande est qualifiée.", maxLength=4000),
    ta("needs", "Besoins", "Obligatoire si la demande est qualifiée.", maxLength=4000),
    ta("constraints", "Contraintes", maxLength=4000),
    ta("risks", "Risques", maxLength=4000),
    num("estimatedBudget", "Budget estimé (XPF)", "Montant entier, revu par l'analyse.", min=0, max=100000000000),
    num("estimatedDurationMonths", "Durée estimée (mois)", "De 1 à 120 mois.", min=1, max=120),
])
form("project-lifecycle-specification", [
    text("### Rédiger le cahier des charges\nConception générale puis détaillée. Le document est déposé sur SharePoint ; indiquez son lien."),
    *request_summary(), ro("projectTrack", "Filière de gouvernance"),
    ro("moaComment", "Dernier commentaire de la MOA", "textarea"), ro("moeComment", "Dernier commentaire de la MOE", "textarea"),
    ro("committeeComment", "Dernier commentaire du comité", "textarea"),
    tf("specDocumentUrl", "Lien vers le cahier des charges", "Adresse web commençant par http:// ou https://.", required=True, **URL),
    tf("specVersion", "Version", "Par exemple 1.2 (20 caractères au plus).", required=True, maxLength=20),
    ta("specSummary", "Résumé du cahier des charges", "L'essentiel pour les valideurs (4 000 caractères au plus).", required=True, maxLength=4000),
])
for role, key, title in (("moa", "moa", "Valider le cahier des charges (MOA)"), ("moe", "moe", "Donner l'avis technique (MOE)")):
    form(f"project-lifecycle-validate-{role}", [
        text(f"### {title}\nLisez la demande et le cahier des charges. Une révision ou un rejet doit être motivé."),
        *request_summary(), *spec_summary(),
        radio(f"{key}Decision", "Décision", DECISION, required=True),
        ta(f"{key}Comment", "Commentaire", "Obligatoire pour une révision ou un rejet.", maxLength=4000),
    ])
form("project-lifecycle-committee-review", [
    text("### Statuer après plus de trois révisions\nLe cahier des charges a été renvoyé en révision plus de trois fois : le comité décide."),
    *request_summary(), *spec_summary(),
    ro("moaComment", "Commentaire de la MOA", "textarea"), ro("moeComment", "Commentaire de la MOE", "textarea"),
    radio("committeeDecision", "Décision du comité", DECISION, required=True),
    ta("committeeComment", "Commentaire", "Obligatoire pour une révision ou un rejet.", maxLength=4000),
])
form("project-lifecycle-arbitration", [
    text("### Arbitrer le projet\nProjet de la filière MAJOR : approuvez avec un budget et une priorité, reportez jusqu'à une date, ou rejetez."),
    *request_summary(), ro("estimatedBudget", "Budget estimé (XPF)", "number"), ro("estimatedDurationMonths", "Durée estimée (mois)", "number"),
    *spec_summary(),
    radio("arbitrationDecision", "Décision du comité", [("APPROVE", "Approuver"), ("POSTPONE", "Reporter"), ("REJECT", "Rejeter")], required=True),
    num("allocatedBudget", "Budget alloué (XPF)", "Obligatoire pour une approbation : montant entier en francs CFP.", min=1, max=100000000000),
    select("projectPriority", "Priorité", [("HIGH", "Haute"), ("MEDIUM", "Moyenne"), ("LOW", "Basse")], "Obligatoire pour une approbation."),
    date("postponedUntil", "Reporté jusqu'au", "Obligatoire pour un report : le projet revient en arbitrage ce jour-là."),
    ta("arbitrationComment", "Commentaire", "Obligatoire pour un report ou un rejet.", maxLength=4000),
])
form("project-lifecycle-planning", [
    text("### Planifier le projet\nJalons, budget, équipe, sites de déploiement, conduite du changement et cycle des rapports d'avancement."),
    *request_summary(), ro("projectTrack", "Filière de gouvernance"), ro("allocatedBudget", "Budget alloué (XPF)", "number"),
    ta("milestones", "Jalons", "Un jalon par ligne, avec sa date.", required=True, maxLength=4000),
    num("plannedBudget", "Budget planifié (XPF)", "Montant entier en francs CFP.", required=True, min=0, max=100000000000),
    date("plannedStartDate", "Date de début prévue", required=True),
    date("plannedEndDate", "Date de fin prévue", "Postérieure à la date de début.", required=True),
    ta("projectTeam", "Équipe projet", maxLength=4000),
    communes("rolloutCommunes", "Sites de déploiement", "Une installation puis une VSR seront menées dans chaque commune cochée."),
    field("checkbox", "changeManagementNeeded", "Conduite du changement nécessaire",
          "Plan de communication, formations et suivi de l'adoption, en parallèle du déploiement."),
    select("reportingCycle", "Cycle des rapports d'avancement", [("P7D", "Hebdomadaire"), ("P14D", "Toutes les deux semaines"), ("P1M", "Mensuel")],
           "Par défaut toutes les deux semaines."),
])
form("project-lifecycle-delivery", [
    text("### Piloter la réalisation\nTerminez cette tâche quand la livraison est prête pour la recette par la MOA."),
    *request_summary(), ro("acceptanceComment", "Réserves de la dernière recette", "textarea"),
    ta("deliveryNotes", "Livraison pour la recette", "Ce qui est livré, où le tester (4 000 caractères au plus).", required=True, maxLength=4000),
])
form("project-lifecycle-status-report", [
    text("### Rapport d'avancement\nLa santé du projet (coût, délai, qualité) est calculée à partir de ce rapport ; une santé rouge alerte le comité."),
    *request_summary(), ro("plannedEndDate", "Date de fin planifiée"), ro("plannedBudget", "Budget planifié (XPF)", "number"),
    num("progressPercent", "Avancement (%)", "De 0 à 100.", required=True, min=0, max=100),
    num("consumedBudget", "Budget consommé (XPF)", "Montant entier cumulé depuis le début.", required=True, min=0, max=100000000000),
    date("forecastEndDate", "Date de fin prévisionnelle", required=True),
    num("qualityIssues", "Anomalies qualité ouvertes", "Nombre d'anomalies bloquantes ou majeures ouvertes.", required=True, min=0, max=1000),
    ta("reportRisks", "Risques et points d'attention", maxLength=4000),
])
form("project-lifecycle-acceptance", [
    text("### Recette (VABF)\nVérifiez la livraison : prononcez la recette, ou renvoyez en réalisation avec des réserves."),
    *request_summary(), ro("deliveryNotes", "Livraison pour la recette", "textarea"),
    radio("acceptanceDecision", "Décision", [("ACCEPT", "Recette prononcée"), ("RESERVE", "Réserves : retour en réalisation")], required=True),
    ta("acceptanceComment", "Réserves", "Obligatoire en cas de réserves.", maxLength=4000),
])
form("project-lifecycle-installation", [
    text("### Installation sur site\nInstallez la solution dans la commune, puis décrivez l'installation pour le référent."),
    ro("projectKey", "Numéro du projet"), ro("projectTitle", "Intitulé du projet"), ro("rolloutCommuneName", "Commune"),
    ro("siteAcceptanceComment", "Réserves de la dernière VSR", "textarea"),
    ta("installationNotes", "Compte rendu d'installation", "Ce qui a été installé, où, et ce qu'il reste à savoir.", required=True, maxLength=4000),
])
form("project-lifecycle-site-acceptance", [
    text("### Vérification de service régulier (VSR)\nVérifiez que le service fonctionne dans la commune."),
    ro("projectKey", "Numéro du projet"), ro("projectTitle", "Intitulé du projet"), ro("rolloutCommuneName", "Commune"),
    ro("installationNotes", "Compte rendu d'installation", "textarea"),
    radio("siteAcceptanceDecision", "Décision", [("ACCEPT", "Service vérifié"), ("RESERVE", "Réserves : reprendre l'installation")], required=True),
    ta("siteAcceptanceComment", "Réserves", "Obligatoire en cas de réserves.", maxLength=4000),
])
form("project-lifecycle-closure", [
    text("### Clôturer le projet\nLe bilan (coût et dates prévus et réels, temps passé par étape) est calculé et envoyé aux parties prenantes."),
    *request_summary(), ro("plannedEndDate", "Date de fin planifiée"), ro("plannedBudget", "Budget planifié (XPF)", "number"),
    ro("consumedBudget", "Budget consommé (XPF)", "number"),
    ta("lessonsLearned", "Retour d'expérience", "Ce qui a bien marché, ce qui est à améliorer.", required=True, maxLength=4000),
    date("actualEndDate", "Date de fin réelle", required=True),
])
form("change-management-communication-plan", [
    text("### Plan de communication\nPréparez la communication qui accompagne le déploiement du projet."),
    ro("projectTitle", "Intitulé du projet"),
    tf("communicationPlanUrl", "Lien vers le plan de communication", "Adresse web commençant par http:// ou https://.", required=True, **URL),
    ta("communicationPlanSummary", "Publics et messages clés", required=True, maxLength=4000),
])
form("change-management-training", [
    text("### Sessions de formation\nIndiquez les sessions tenues."),
    ro("projectTitle", "Intitulé du projet"),
    num("trainingSessions", "Sessions de formation tenues", "Au moins une.", required=True, min=1, max=1000),
    num("trainedPeople", "Agents formés", required=True, min=0, max=100000),
])
form("change-management-adoption-check", [
    text("### Mesurer l'adoption\nEn dessous du seuil, des actions d'accompagnement sont menées puis une nouvelle mesure a lieu."),
    ro("projectTitle", "Intitulé du projet"), ro("adoptionThreshold", "Seuil d'adoption visé (%)", "number"),
    num("adoptionRate", "Taux d'adoption (%)", "De 0 à 100.", required=True, min=0, max=100),
    ta("adoptionObservations", "Observations", maxLength=4000),
])
form("change-management-support-actions", [
    text("### Actions d'accompagnement\nL'adoption est sous le seuil : décrivez les actions menées avant la prochaine mesure."),
    ro("projectTitle", "Intitulé du projet"), ro("adoptionRate", "Dernier taux d'adoption (%)", "number"),
    ro("adoptionObservations", "Observations", "textarea"),
    ta("supportActions", "Actions d'accompagnement menées", required=True, maxLength=4000),
])
