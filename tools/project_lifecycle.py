import sys
from bpmn_layout import Diagram, HEADER

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

def stage_listener(stage, method="enter", event="start"):
    return f'<camunda:executionListener event="{event}" expression="${{projectStage.{method}(execution, \'{stage}\')}}" />'

def ext(*items):
    items = [i for i in items if i]
    if not items:
        return ""
    return "<bpmn:extensionElements>" + "".join(items) + "</bpmn:extensionElements>"

def doc(text):
    return f"<bpmn:documentation>{esc(text)}</bpmn:documentation>" if text else ""

def user_task(id, name, form, check, group=None, assignee=None, decision=None, stage=None, due=False, documentation=None,
              more=()):
    attrs = f' id="{id}" name="{esc(name)}"'
    if group:
        attrs += f' camunda:candidateGroups="{group}"'
    if assignee:
        attrs += f' camunda:assignee="{assignee}"'
    if due:
        attrs += ' camunda:dueDate="${approvalDueDate}"'
    attrs += f' camunda:formRef="{form}" camunda:formRefBinding="latest"'
    listeners = [stage_listener(stage) if stage else None,
                 '<camunda:executionListener event="end" delegateExpression="${validateLifecycleFormListener}" />']
    if decision:
        listeners.append(f'<camunda:executionListener event="end" expression="${{projectDecisions.record(execution, \'{decision}\')}}" />')
    listeners += list(more)
    return f'<bpmn:userTask{attrs}>{doc(documentation)}{ext(*listeners)}</bpmn:userTask>'

def service(id, name, delegate, stage=None, documentation=None):
    return (f'<bpmn:serviceTask id="{id}" name="{esc(name)}" camunda:delegateExpression="${{{delegate}}}">'
            f'{doc(documentation)}{ext(stage_listener(stage) if stage else None)}</bpmn:serviceTask>')

def gateway(id, name, kind="exclusive", default=None, stage=None):
    d = f' default="{default}"' if default else ""
    return f'<bpmn:{kind}Gateway id="{id}" name="{esc(name)}"{d}>{ext(stage_listener(stage) if stage else None)}</bpmn:{kind}Gateway>'

def end(id, name, listeners=()):
    return f'<bpmn:endEvent id="{id}" name="{esc(name)}">{ext(*listeners)}</bpmn:endEvent>'

def start(id, name=""):
    return f'<bpmn:startEvent id="{id}" name="{esc(name)}" />'

def flow(id, src, tgt, name=None, cond=None):
    n = f' name="{esc(name)}"' if name else ""
    body = f'<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{esc(cond)}</bpmn:conditionExpression>' if cond else ""
    return f'<bpmn:sequenceFlow id="{id}"{n} sourceRef="{src}" targetRef="{tgt}">{body}</bpmn:sequenceFlow>' if body else \
        f'<bpmn:sequenceFlow id="{id}"{n} sourceRef="{src}" targetRef="{tgt}" />'

def timer_boundary(id, name, host, kind, expr, interrupting=False):
    ci = "" if interrupting else ' cancelActivity="false"'
    return (f'<bpmn:boundaryEvent id="{id}" name="{esc(name)}" attachedToRef="{host}"{ci}>'
            f'<bpmn:timerEventDefinition id="{id}_Timer"><bpmn:{kind} xsi:type="bpmn:tFormalExpression">{esc(expr)}</bpmn:{kind}>'
            f'</bpmn:timerEventDefinition></bpmn:boundaryEvent>')

D = Diagram("project-lifecycle")
E = []   # process-level elements
F = []   # process-level flows

def fl(id, src, tgt, name=None, cond=None, style="h", lane=None, into=None):
    (into if into is not None else F).append(flow(id, src, tgt, name, cond))
    D.route(id, src, tgt, style, lane)

Y = 300
# 1-2 Demande, Analyse
E.append('<bpmn:startEvent id="Event_ProjectRequested" name="Demande de projet déposée" camunda:formRef="project-lifecycle-request" '
         'camunda:formRefBinding="latest" camunda:initiator="projectRequester">'
         + ext('<camunda:executionListener event="start" delegateExpression="${openProjectListener}" />', stage_listener("REQUEST"))
         + '</bpmn:startEvent>')
D.place("Event_ProjectRequested", "event", 120, Y)
E.append(user_task("Task_AnalyseNeeds", "Analyser les besoins", "project-lifecycle-analysis", "ANALYSIS", group="chefs-de-projet",
                   decision="NEEDS_ANALYSIS", stage="ANALYSIS",
                   documentation="Qualifier la demande (parties prenantes, besoins, contraintes, risques, budget et durée estimés) ou la refuser avec un motif."))
D.place("Task_AnalyseNeeds", "task", 230, Y)
fl("Flow_ToAnalyseNeeds", "Event_ProjectRequested", "Task_AnalyseNeeds")
E.append(gateway("Gateway_AnalysisDecision", "Demande retenue ?"))
D.place("Gateway_AnalysisDecision", "gateway", 360, Y, ' isMarkerVisible="true"')
fl("Flow_ToAnalysisDecision", "Task_AnalyseNeeds", "Gateway_AnalysisDecision")
E.append(service("Task_RecordNeedsAnalysis", "Enregistrer l'analyse", "recordNeedsAnalysisDelegate"))
D.place("Task_RecordNeedsAnalysis", "task", 480, Y)
fl("Flow_RequestQualified", "Gateway_AnalysisDecision", "Task_RecordNeedsAnalysis", "Qualifiée", "${analysisDecision == 'QUALIFY'}")

# 3 Gouvernance
E.append('<bpmn:businessRuleTask id="Task_DecideGovernance" name="Déterminer la filière de gouvernance" '
         'camunda:decisionRef="project-governance" camunda:decisionRefBinding="latest" camunda:resultVariable="projectTrack" '
         'camunda:mapDecisionResult="singleEntry">'
         + doc("Table de décision project-governance : LIGHT, STANDARD ou MAJOR selon le budget, la durée, le nombre de communes et le type.")
         + ext(stage_listener("GOVERNANCE")) + '</bpmn:businessRuleTask>')
D.place("Task_DecideGovernance", "task", 630, Y)
fl("Flow_ToDecideGovernance", "Task_RecordNeedsAnalysis", "Task_DecideGovernance")
E.append(service("Task_RecordTrack", "Enregistrer la filière", "recordTrackDelegate"))
D.place("Task_RecordTrack", "task", 780, Y)
fl("Flow_ToRecordTrack", "Task_DecideGovernance", "Task_RecordTrack")

# 4 Cahier des charges
E.append(user_task("Task_WriteSpecification", "Rédiger le cahier des charges", "project-lifecycle-specification", "SPECIFICATION",
                   assignee="${projectManager}", stage="SPECIFICATION",
                   documentation="Conception générale puis détaillée : lien vers le document, version, résumé."))
D.place("Task_WriteSpecification", "task", 930, Y)
fl("Flow_ToWriteSpecification", "Task_RecordTrack", "Task_WriteSpecification")
E.append(service("Task_RecordSpecification", "Enregistrer le cahier des charges", "recordSpecificationDelegate"))
D.place("Task_RecordSpecification", "task", 1080, Y)
fl("Flow_ToRecordSpecification", "Task_WriteSpecification", "Task_RecordSpecification")
E.append(service("Task_SetValidationDeadline", "Fixer l'échéance de validation", "setApprovalDeadlineDelegate", stage="VALIDATION"))
D.place("Task_SetValidationDeadline", "task", 1230, Y)
fl("Flow_ToSetValidationDeadline", "Task_RecordSpecification", "Task_SetValidationDeadline")

# 5 Validation subprocess
S = []
D.box("SubProcess_Validation", 1320, 170, 480, 280)
S.append(start("Event_ValidationStarted"))
D.place("Event_ValidationStarted", "event", 1360, Y)
S.append(gateway("Gateway_ValidationSplit", "", kind="inclusive"))
D.place("Gateway_ValidationSplit", "gateway", 1440, Y)
S.append(flow("Flow_ToValidationSplit", "Event_ValidationStarted", "Gateway_ValidationSplit")); D.route("Flow_ToValidationSplit", "Event_ValidationStarted", "Gateway_ValidationSplit")
S.append(user_task("Task_ValidateSpecification", "Valider le cahier des charges (MOA)", "project-lifecycle-validate-moa", "MOA_VALIDATION",
                   group="moa", decision="MOA_VALIDATION", due=True,
                   documentation="Approuver, demander une révision ou rejeter, avec un commentaire."))
D.place("Task_ValidateSpecification", "task", 1570, 235)
S.append(user_task("Task_GiveTechnicalOpinion", "Donner l'avis technique (MOE)", "project-lifecycle-validate-moe", "MOE_OPINION",
                   group="moe", decision="MOE_OPINION", due=True,
                   documentation="Filières STANDARD et MAJOR : avis technique de la MOE sur le cahier des charges."))
D.place("Task_GiveTechnicalOpinion", "task", 1570, 370)
S.append(flow("Flow_ToMoaValidation", "Gateway_ValidationSplit", "Task_ValidateSpecification")); D.route("Flow_ToMoaValidation", "Gateway_ValidationSplit", "Task_ValidateSpecification", "up")
S.append(flow("Flow_ToMoeOpinion", "Gateway_ValidationSplit", "Task_GiveTechnicalOpinion", "Filière STANDARD ou MAJOR", "${projectTrack != 'LIGHT'}")); D.route("Flow_ToMoeOpinion", "Gateway_ValidationSplit", "Task_GiveTechnicalOpinion", "down")
S.append(gateway("Gateway_ValidationJoin", "", kind="inclusive"))
D.place("Gateway_ValidationJoin", "gateway", 1700, Y)
S.append(flow("Flow_FromMoaValidation", "Task_ValidateSpecification", "Gateway_ValidationJoin")); D.route("Flow_FromMoaValidation", "Task_ValidateSpecification", "Gateway_ValidationJoin", "side-down")
S.append(flow("Flow_FromMoeOpinion", "Task_GiveTechnicalOpinion", "Gateway_ValidationJoin"))
D.flows.append(("Flow_FromMoeOpinion", [D.side("Task_GiveTechnicalOpinion", "r"), (1700, 370), D.side("Gateway_ValidationJoin", "b")]))
S.append(end("Event_ValidationDone", "Avis rendus"))
D.place("Event_ValidationDone", "event", 1765, Y)
S.append(flow("Flow_ToValidationDone", "Gateway_ValidationJoin", "Event_ValidationDone")); D.route("Flow_ToValidationDone", "Gateway_ValidationJoin", "Event_ValidationDone")
E.append('<bpmn:subProcess id="SubProcess_Validation" name="Validation du cahier des charges">'
         + doc("MOA (et MOE hors filière LIGHT) en parallèle ; relance avant l'échéance, escalade au comité de pilotage après.")
         + "".join(S) + '</bpmn:subProcess>')
fl("Flow_ToValidation", "Task_SetValidationDeadline", "SubProcess_Validation")

def reminders(prefix, host, x_reminder, x_overdue, bottom, label):
    E.append(timer_boundary(f"Event_{prefix}ReminderDue", "Relance avant échéance", host, "timeDate", "${approvalReminderDate}"))
    D.place(f"Event_{prefix}ReminderDue", "event", x_reminder, bottom)
    E.append(service(f"Task_Remind{prefix}", f"Relancer les valideurs ({label})", "remindApproversDelegate"))
    D.place(f"Task_Remind{prefix}", "task", x_reminder, bottom + 110)
    fl(f"Flow_ToRemind{prefix}", f"Event_{prefix}ReminderDue", f"Task_Remind{prefix}", style="vh")
    E.append(end(f"Event_{prefix}Reminded", "Relance enregistrée"))
    D.place(f"Event_{prefix}Reminded", "event", x_reminder, bottom + 220)
    fl(f"Flow_From{prefix}Reminder", f"Task_Remind{prefix}", f"Event_{prefix}Reminded", style="vh")
    E.append(timer_boundary(f"Event_{prefix}Overdue", "Échéance dépassée", host, "timeDate", "${approvalDueDate}"))
    D.place(f"Event_{prefix}Overdue", "event", x_overdue, bottom)
    E.append(service(f"Task_Escalate{prefix}", f"Escalader au comité de pilotage ({label})", "escalateApprovalDelegate"))
    D.place(f"Task_Escalate{prefix}", "task", x_overdue, bottom + 110)
    fl(f"Flow_ToEscalate{prefix}", f"Event_{prefix}Overdue", f"Task_Escalate{prefix}", style="vh")
    E.append(end(f"Event_{prefix}Escalated", "Escalade enregistrée"))
    D.place(f"Event_{prefix}Escalated", "event", x_overdue, bottom + 220)
    fl(f"Flow_From{prefix}Escalation", f"Task_Escalate{prefix}", f"Event_{prefix}Escalated", style="vh")

reminders("Validation", "SubProcess_Validation", 1450, 1680, 450, "validation")

E.append(service("Task_RecordValidation", "Consolider la validation", "recordValidationDelegate",
                 documentation="Un rejet l'emporte, puis une révision ; au-delà de trois révisions, le comité de pilotage décide."))
D.place("Task_RecordValidation", "task", 1900, Y)
fl("Flow_ToRecordValidation", "SubProcess_Validation", "Task_RecordValidation")
E.append(gateway("Gateway_ValidationOutcome", "Résultat de la validation ?"))
D.place("Gateway_ValidationOutcome", "gateway", 2040, Y, ' isMarkerVisible="true"')
fl("Flow_ToValidationOutcome", "Task_RecordValidation", "Gateway_ValidationOutcome")
fl("Flow_ValidationRevise", "Gateway_ValidationOutcome", "Task_WriteSpecification", "Révision demandée", "${validationOutcome == 'REVISE'}", style="over", lane=110)

# committee review after too many revisions
E.append(user_task("Task_ReviewRevisions", "Statuer sur le cahier des charges après révisions", "project-lifecycle-committee-review",
                   "COMMITTEE_REVIEW", group="comite-pilotage", decision="COMMITTEE_REVIEW",
                   documentation="Plus de trois révisions : le comité approuve, demande une dernière révision ou rejette."))
D.place("Task_ReviewRevisions", "task", 2040, 170)
F.append(flow("Flow_ValidationEscalated", "Gateway_ValidationOutcome", "Task_ReviewRevisions", "Plus de trois révisions", "${validationOutcome == 'ESCALATE'}"))
D.flows.append(("Flow_ValidationEscalated", [D.side("Gateway_ValidationOutcome", "t"), D.side("Task_ReviewRevisions", "b")]))
E.append(gateway("Gateway_CommitteeReview", "Décision du comité ?"))
D.place("Gateway_CommitteeReview", "gateway", 2180, 170, ' isMarkerVisible="true"')
fl("Flow_ToCommitteeReview", "Task_ReviewRevisions", "Gateway_CommitteeReview")
fl("Flow_CommitteeRevise", "Gateway_CommitteeReview", "Task_WriteSpecification", "Révision", "${committeeDecision == 'REVISE'}", style="over", lane=70)

# approved: MAJOR?
E.append(gateway("Gateway_TrackMajor", "Filière MAJOR ?"))
D.place("Gateway_TrackMajor", "gateway", 2180, Y, ' isMarkerVisible="true"')
fl("Flow_ValidationApproved", "Gateway_ValidationOutcome", "Gateway_TrackMajor", "Approuvé", "${validationOutcome == 'APPROVE'}")
F.append(flow("Flow_CommitteeApproved", "Gateway_CommitteeReview", "Gateway_TrackMajor", "Approuvé", "${committeeDecision == 'APPROVE'}"))
D.route("Flow_CommitteeApproved", "Gateway_CommitteeReview", "Gateway_TrackMajor", "vh")

# 6 Arbitrage
AY = 560
E.append(service("Task_SetArbitrationDeadline", "Fixer l'échéance d'arbitrage", "setApprovalDeadlineDelegate", stage="ARBITRATION"))
D.place("Task_SetArbitrationDeadline", "task", 2300, AY)
fl("Flow_ToArbitration", "Gateway_TrackMajor", "Task_SetArbitrationDeadline", "MAJOR", "${projectTrack == 'MAJOR'}", style="down")
E.append(user_task("Task_Arbitrate", "Arbitrer le projet", "project-lifecycle-arbitration", "ARBITRATION", group="comite-pilotage",
                   decision="ARBITRATION", due=True,
                   documentation="Approuver avec un budget alloué et une priorité, reporter jusqu'à une date, ou rejeter."))
D.place("Task_Arbitrate", "task", 2450, AY)
fl("Flow_ToArbitrate", "Task_SetArbitrationDeadline", "Task_Arbitrate")
reminders("Arbitration", "Task_Arbitrate", 2425, 2475, AY + 40, "arbitrage")
E.append(gateway("Gateway_ArbitrationDecision", "Arbitrage ?"))
D.place("Gateway_ArbitrationDecision", "gateway", 2600, AY, ' isMarkerVisible="true"')
fl("Flow_ToArbitrationDecision", "Task_Arbitrate", "Gateway_ArbitrationDecision")
E.append(service("Task_NotifyPostponement", "Informer du report", "postponeProjectDelegate"))
D.place("Task_NotifyPostponement", "task", 2720, AY + 150)
fl("Flow_ArbitrationPostponed", "Gateway_ArbitrationDecision", "Task_NotifyPostponement", "Reporté", "${arbitrationDecision == 'POSTPONE'}", style="down")
E.append('<bpmn:intermediateCatchEvent id="Event_PostponementOver" name="Fin du report">'
         '<bpmn:timerEventDefinition id="Event_PostponementOver_Timer"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${postponementEnd}</bpmn:timeDate>'
         '</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>')
D.place("Event_PostponementOver", "event", 2850, AY + 150)
fl("Flow_ToPostponementOver", "Task_NotifyPostponement", "Event_PostponementOver")
fl("Flow_BackToArbitration", "Event_PostponementOver", "Task_SetArbitrationDeadline", style="over", lane=AY + 300)

E.append(gateway("Gateway_Approved", ""))
D.place("Gateway_Approved", "gateway", 2720, Y, ' isMarkerVisible="true"')
fl("Flow_NotMajor", "Gateway_TrackMajor", "Gateway_Approved", "LIGHT ou STANDARD", "${projectTrack != 'MAJOR'}")
fl("Flow_ArbitrationApproved", "Gateway_ArbitrationDecision", "Gateway_Approved", "Approuvé", "${arbitrationDecision == 'APPROVE'}", style="side-down")
D.flows[-1] = ("Flow_ArbitrationApproved", [D.side("Gateway_ArbitrationDecision", "r"), (2720, AY), D.side("Gateway_Approved", "b")])

E.append(service("Task_ApproveProject", "Informer de l'approbation", "approveProjectDelegate"))
D.place("Task_ApproveProject", "task", 2840, Y)
fl("Flow_ToApproveProject", "Gateway_Approved", "Task_ApproveProject")

# refusal row
RY = 1000
E.append(service("Task_NotifyRefusal", "Informer le demandeur du refus", "refuseProjectDelegate"))
D.place("Task_NotifyRefusal", "task", 2840, RY)
E.append(end("Event_ProjectRefused", "Projet refusé"))
D.place("Event_ProjectRefused", "event", 2990, RY)
fl("Flow_ToProjectRefused", "Task_NotifyRefusal", "Event_ProjectRefused")
fl("Flow_RequestRefused", "Gateway_AnalysisDecision", "Task_NotifyRefusal", "Refusée", "${analysisDecision == 'REFUSE'}", style="down")
fl("Flow_ValidationRejected", "Gateway_ValidationOutcome", "Task_NotifyRefusal", "Rejeté", "${validationOutcome == 'REJECT'}", style="down")
F.append(flow("Flow_CommitteeRejected", "Gateway_CommitteeReview", "Task_NotifyRefusal", "Rejeté", "${committeeDecision == 'REJECT'}"))
D.flows.append(("Flow_CommitteeRejected", [D.side("Gateway_CommitteeReview", "r"), (2260, 170), (2260, 980), D.side("Task_NotifyRefusal", "l")]))
F.append(flow("Flow_ArbitrationRejected", "Gateway_ArbitrationDecision", "Task_NotifyRefusal", "Rejeté", "${arbitrationDecision == 'REJECT'}"))
D.flows.append(("Flow_ArbitrationRejected", [D.side("Gateway_ArbitrationDecision", "b"), (2600, 1020), D.side("Task_NotifyRefusal", "l")]))
D.flows[-1] = ("Flow_ArbitrationRejected", [D.side("Gateway_ArbitrationDecision", "b"), (2600, 1020), (2790, 1020)])

# 7 Planification
E.append(user_task("Task_PlanProject", "Planifier le projet", "project-lifecycle-planning", "PLANNING", assignee="${projectManager}",
                   stage="PLANNING", documentation="Jalons, budget planifié, équipe, sites de déploiement, conduite du changement, cycle des rapports."))
D.place("Task_PlanProject", "task", 2990, Y)
fl("Flow_ToPlanProject", "Task_ApproveProject", "Task_PlanProject")
E.append(service("Task_RecordPlan", "Enregistrer le plan", "recordPlanDelegate"))
D.place("Task_RecordPlan", "task", 3140, Y)
fl("Flow_ToRecordPlan", "Task_PlanProject", "Task_RecordPlan")

# 8 Réalisation
S = []
D.box("SubProcess_Realisation", 3240, 150, 760, 470)
SD = Diagram("x")
S.append(start("Event_RealisationStarted"))
D.place("Event_RealisationStarted", "event", 3280, Y)
S.append(gateway("Gateway_DeliveryMerge", ""))
D.place("Gateway_DeliveryMerge", "gateway", 3350, Y, ' isMarkerVisible="true"')
S.append(flow("Flow_ToDeliveryMerge", "Event_RealisationStarted", "Gateway_DeliveryMerge")); D.route("Flow_ToDeliveryMerge", "Event_RealisationStarted", "Gateway_DeliveryMerge")
S.append(user_task("Task_SteerDelivery", "Piloter la réalisation jusqu'à la livraison", "project-lifecycle-delivery", "DELIVERY",
                   assignee="${projectManager}",
                   documentation="Piloter coût, qualité et délai ; terminer la tâche quand la livraison est prête pour la recette."))
D.place("Task_SteerDelivery", "task", 3460, Y)
S.append(flow("Flow_ToSteerDelivery", "Gateway_DeliveryMerge", "Task_SteerDelivery")); D.route("Flow_ToSteerDelivery", "Gateway_DeliveryMerge", "Task_SteerDelivery")
S.append(user_task("Task_AcceptDelivery", "Recetter la livraison (VABF)", "project-lifecycle-acceptance", "ACCEPTANCE", group="moa",
                   decision="ACCEPTANCE", documentation="Prononcer la recette, ou renvoyer en réalisation avec des réserves."))
D.place("Task_AcceptDelivery", "task", 3620, Y)
S.append(flow("Flow_ToAcceptDelivery", "Task_SteerDelivery", "Task_AcceptDelivery")); D.route("Flow_ToAcceptDelivery", "Task_SteerDelivery", "Task_AcceptDelivery")
S.append(gateway("Gateway_AcceptanceDecision", "Recette prononcée ?"))
D.place("Gateway_AcceptanceDecision", "gateway", 3780, Y, ' isMarkerVisible="true"')
S.append(flow("Flow_ToAcceptanceDecision", "Task_AcceptDelivery", "Gateway_AcceptanceDecision")); D.route("Flow_ToAcceptanceDecision", "Task_AcceptDelivery", "Gateway_AcceptanceDecision")
S.append(flow("Flow_DeliveryReserved", "Gateway_AcceptanceDecision", "Gateway_DeliveryMerge", "Réserves", "${acceptanceDecision == 'RESERVE'}"))
D.route("Flow_DeliveryReserved", "Gateway_AcceptanceDecision", "Gateway_DeliveryMerge", "over", 200)
S.append(end("Event_DeliveryAccepted", "Recette prononcée"))
D.place("Event_DeliveryAccepted", "event", 3920, Y)
S.append(flow("Flow_DeliveryAccepted", "Gateway_AcceptanceDecision", "Event_DeliveryAccepted", "Acceptée", "${acceptanceDecision == 'ACCEPT'}")); D.route("Flow_DeliveryAccepted", "Gateway_AcceptanceDecision", "Event_DeliveryAccepted")
S.append(timer_boundary("Event_ReportingCycleDue", "Cycle de rapport échu", "Task_SteerDelivery", "timeCycle", "R/${reportingCycle}"))
D.place("Event_ReportingCycleDue", "event", 3460, Y + 40)
S.append(user_task("Task_FileStatusReport", "Rédiger le rapport d'avancement", "project-lifecycle-status-report", "STATUS_REPORT",
                   assignee="${projectManager}", documentation="Avancement, coût consommé, date de fin prévisionnelle, anomalies, risques."))
D.place("Task_FileStatusReport", "task", 3460, 460)
S.append(flow("Flow_ToFileStatusReport", "Event_ReportingCycleDue", "Task_FileStatusReport")); D.route("Flow_ToFileStatusReport", "Event_ReportingCycleDue", "Task_FileStatusReport", "vh")
S.append(service("Task_RecordStatusReport", "Enregistrer le rapport et calculer la santé", "recordStatusReportDelegate"))
D.place("Task_RecordStatusReport", "task", 3620, 460)
S.append(flow("Flow_ToRecordStatusReport", "Task_FileStatusReport", "Task_RecordStatusReport")); D.route("Flow_ToRecordStatusReport", "Task_FileStatusReport", "Task_RecordStatusReport")
S.append(gateway("Gateway_HealthRed", "Santé rouge ?", default="Flow_HealthNotRed"))
D.place("Gateway_HealthRed", "gateway", 3760, 460, ' isMarkerVisible="true"')
S.append(flow("Flow_ToHealthRed", "Task_RecordStatusReport", "Gateway_HealthRed")); D.route("Flow_ToHealthRed", "Task_RecordStatusReport", "Gateway_HealthRed")
S.append(service("Task_AlertCommittee", "Alerter le comité de pilotage", "alertCommitteeDelegate"))
D.place("Task_AlertCommittee", "task", 3880, 460)
S.append(flow("Flow_HealthRed", "Gateway_HealthRed", "Task_AlertCommittee", "Rouge", "${projectHealth == 'RED'}")); D.route("Flow_HealthRed", "Gateway_HealthRed", "Task_AlertCommittee")
S.append(end("Event_CommitteeAlerted", "Comité alerté"))
D.place("Event_CommitteeAlerted", "event", 3880, 570)
S.append(flow("Flow_ToCommitteeAlerted", "Task_AlertCommittee", "Event_CommitteeAlerted")); D.route("Flow_ToCommitteeAlerted", "Task_AlertCommittee", "Event_CommitteeAlerted", "vh")
S.append(end("Event_StatusReportFiled", "Rapport enregistré"))
D.place("Event_StatusReportFiled", "event", 3760, 570)
S.append(flow("Flow_HealthNotRed", "Gateway_HealthRed", "Event_StatusReportFiled", "Vert ou orange")); D.route("Flow_HealthNotRed", "Gateway_HealthRed", "Event_StatusReportFiled", "vh")
E.append('<bpmn:subProcess id="SubProcess_Realisation" name="Réalisation">'
         + doc("Rapports d'avancement à chaque cycle (par défaut P14D) ; recette par la MOA.")
         + ext(stage_listener("REALISATION")) + "".join(S) + '</bpmn:subProcess>')
fl("Flow_ToRealisation", "Task_RecordPlan", "SubProcess_Realisation")

# 9-10 Déploiement et conduite du changement
E.append(gateway("Gateway_RolloutSplit", "", kind="inclusive", stage="DEPLOYMENT"))
D.place("Gateway_RolloutSplit", "gateway", 4080, Y)
fl("Flow_ToRolloutSplit", "SubProcess_Realisation", "Gateway_RolloutSplit")
S = []
D.box("SubProcess_CommuneRollout", 4170, 170, 520, 230)
S.append(start("Event_CommuneRolloutStarted"))
D.place("Event_CommuneRolloutStarted", "event", 4210, Y)
S.append(gateway("Gateway_InstallMerge", ""))
D.place("Gateway_InstallMerge", "gateway", 4280, Y, ' isMarkerVisible="true"')
S.append(flow("Flow_ToInstallMerge", "Event_CommuneRolloutStarted", "Gateway_InstallMerge")); D.route("Flow_ToInstallMerge", "Event_CommuneRolloutStarted", "Gateway_InstallMerge")
S.append(user_task("Task_InstallOnSite", "Installer à ${rolloutCommuneName}", "project-lifecycle-installation", "INSTALLATION",
                   group="moe", more=['<camunda:executionListener event="end" expression="${projectDecisions.installed(execution)}" />'],
                   documentation="Installation sur le site de la commune."))
D.place("Task_InstallOnSite", "task", 4390, Y)
S.append(flow("Flow_ToInstallOnSite", "Gateway_InstallMerge", "Task_InstallOnSite")); D.route("Flow_ToInstallOnSite", "Gateway_InstallMerge", "Task_InstallOnSite")
S.append(user_task("Task_AcceptSite", "Vérifier le service à ${rolloutCommuneName} (VSR)", "project-lifecycle-site-acceptance",
                   "SITE_ACCEPTANCE", group="referents", decision="SITE_ACCEPTANCE",
                   documentation="Vérification de service régulier par le référent : accepter, ou renvoyer l'installation avec des réserves."))
D.place("Task_AcceptSite", "task", 4530, Y)
S.append(flow("Flow_ToAcceptSite", "Task_InstallOnSite", "Task_AcceptSite")); D.route("Flow_ToAcceptSite", "Task_InstallOnSite", "Task_AcceptSite")
S.append(gateway("Gateway_SiteDecision", "VSR prononcée ?"))
D.place("Gateway_SiteDecision", "gateway", 4620, Y, ' isMarkerVisible="true"')
S.append(flow("Flow_ToSiteDecision", "Task_AcceptSite", "Gateway_SiteDecision")); D.route("Flow_ToSiteDecision", "Task_AcceptSite", "Gateway_SiteDecision")
S.append(flow("Flow_SiteReserved", "Gateway_SiteDecision", "Gateway_InstallMerge", "Réserves", "${siteAcceptanceDecision == 'RESERVE'}"))
D.route("Flow_SiteReserved", "Gateway_SiteDecision", "Gateway_InstallMerge", "over", 370)
S.append(end("Event_SiteAccepted", "Site recetté"))
D.place("Event_SiteAccepted", "event", 4665, 240)
S.append(flow("Flow_SiteAccepted", "Gateway_SiteDecision", "Event_SiteAccepted", "Acceptée", "${siteAcceptanceDecision == 'ACCEPT'}")); D.route("Flow_SiteAccepted", "Gateway_SiteDecision", "Event_SiteAccepted", "up")
E.append('<bpmn:subProcess id="SubProcess_CommuneRollout" name="Déploiement dans une commune">'
         + doc("Une instance par site de déploiement, en parallèle : installation par la MOE, puis VSR par un référent.")
         + ext('<camunda:executionListener event="start" delegateExpression="${openRolloutSiteListener}" />')
         + '<bpmn:multiInstanceLoopCharacteristics camunda:collection="${rolloutSites}" camunda:elementVariable="rolloutSite" />'
         + "".join(S) + '</bpmn:subProcess>')
fl("Flow_ToCommuneRollout", "Gateway_RolloutSplit", "SubProcess_CommuneRollout", style="up")
D.flows[-1] = ("Flow_ToCommuneRollout", [D.side("Gateway_RolloutSplit", "r"), D.side("SubProcess_CommuneRollout", "l")])
E.append('<bpmn:callActivity id="Task_ManageChange" name="Conduire le changement" calledElement="change-management" '
         'camunda:calledElementBinding="latest">'
         + doc("Processus change-management : plan de communication, formations, mesure de l'adoption et actions d'accompagnement.")
         + ext('<camunda:in businessKey="#{execution.processBusinessKey}" />',
               '<camunda:in source="projectTitle" target="projectTitle" />',
               '<camunda:in source="projectManager" target="projectManager" />',
               '<camunda:in source="adoptionCheckDelay" target="adoptionCheckDelay" />',
               '<camunda:in source="adoptionThreshold" target="adoptionThreshold" />',
               stage_listener("CHANGE_MANAGEMENT", "enterAlongside"), stage_listener("CHANGE_MANAGEMENT", "leave", "end"))
         + '</bpmn:callActivity>')
D.place("Task_ManageChange", "task", 4430, 500)
fl("Flow_ToManageChange", "Gateway_RolloutSplit", "Task_ManageChange", "Conduite du changement demandée", "${changeManagementNeeded}", style="down")
E.append(gateway("Gateway_RolloutJoin", "", kind="inclusive"))
D.place("Gateway_RolloutJoin", "gateway", 4770, Y)
fl("Flow_FromCommuneRollout", "SubProcess_CommuneRollout", "Gateway_RolloutJoin")
F.append(flow("Flow_FromManageChange", "Task_ManageChange", "Gateway_RolloutJoin"))
D.flows.append(("Flow_FromManageChange", [D.side("Task_ManageChange", "r"), (4770, 500), D.side("Gateway_RolloutJoin", "b")]))

# 11 Clôture
E.append(user_task("Task_CloseProject", "Clôturer le projet (retour d'expérience)", "project-lifecycle-closure", "CLOSURE",
                   assignee="${projectManager}", stage="CLOSURE", documentation="Retour d'expérience et date de fin réelle ; le bilan est calculé."))
D.place("Task_CloseProject", "task", 4890, Y)
fl("Flow_ToCloseProject", "Gateway_RolloutJoin", "Task_CloseProject")
E.append(service("Task_RecordClosure", "Établir le bilan et informer les parties prenantes", "closeProjectDelegate"))
D.place("Task_RecordClosure", "task", 5040, Y)
fl("Flow_ToRecordClosure", "Task_CloseProject", "Task_RecordClosure")
E.append(end("Event_ProjectClosed", "Projet clôturé"))
D.place("Event_ProjectClosed", "event", 5170, Y)
fl("Flow_ToProjectClosed", "Task_RecordClosure", "Event_ProjectClosed")

xml = HEADER.format(name="ProjectLifecycle")
xml += ('  <bpmn:process id="project-lifecycle" name="Cycle de vie d\'un projet" isExecutable="true" '
        'camunda:historyTimeToLive="P1825D" camunda:isStartableInTasklist="true">\n')
xml += "    " + doc("Un projet de la demande à la clôture : analyse, gouvernance, cahier des charges, validation, arbitrage, planification, réalisation, déploiement, conduite du changement, clôture.") + "\n"
for e in E + F:
    xml += "    " + e + "\n"
xml += "  </bpmn:process>\n" + D.xml() + "\n</bpmn:definitions>\n"
open(sys.argv[1], "w").write(xml)
